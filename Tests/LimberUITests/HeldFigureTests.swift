import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// During a hold the player shows exactly what `limber exercises show ID --pose NAME --size WxH`
/// prints: the same cells in the same columns, so an author's still is a true preview.
@Suite struct HeldFigureTests {
    /// The rows of `canvas` from `top`, cut to `width` columns, trailing spaces trimmed.
    static func region(_ canvas: Canvas, top: Int, rows: Int, width: Int) -> [String] {
        canvas.lines[top..<min(canvas.height, top + rows)].map { line in
            var cut = String(line.unicodeScalars.prefix(width).map(Character.init))
            while cut.last == " " { cut.removeLast() }
            return cut
        }
    }

    @Test func theHeldFigureIsThePosesStillColumnForColumn() throws {
        let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12),
                     Size(width: 60, height: 20), Size(width: 36, height: 30)]
        var checked = 0
        for exercise in FigureRendererTests.library {
            // A cycling hold (a walk) keeps moving; it has no still to compare.
            guard case .hold(let seconds) = exercise.dose, let pose = exercise.targets.first, exercise.cycle.isEmpty else { continue }
            for (index, side) in exercise.sides.enumerated() {
                var t = Timeline(TimerSettings(), library: FigureRendererTests.library)
                t.at(60, .startRoutine(Routine(items: [Routine.Item(exercise: exercise, dose: exercise.dose)])))
                // Into this side's hold, past the ease-in: the pose is held still.
                let switching = Motion(exercise, dose: exercise.dose).isSwitching(side: side, at: 0) ? Motion.switchSeconds : 0
                t.at(t.now + Double(index) * seconds + switching + Motion.easeInSeconds + 2)
                for size in sizes {
                    let canvas = ScreenFixtures.render(t, size)
                    let still = try #require(ExercisePreview.still(exercise, pose: pose, side: side, size: size, style: .braille))
                    let width = still.map(\.unicodeScalars.count).max() ?? 0
                    let found = (0..<canvas.height).contains { top in
                        Self.region(canvas, top: top, rows: still.count, width: width) == still
                    }
                    #expect(found, "\(exercise.id) \(side?.rawValue ?? "") at \(size.width)x\(size.height):\n\(still.joined(separator: "\n"))\n---\n\(canvas.text)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 20)
    }
}
