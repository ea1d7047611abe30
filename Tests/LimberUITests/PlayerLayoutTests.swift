import LimberCore
import LimberLibrary
import LimberTestSupport
@testable import LimberUI
import Testing

/// issue 17 item 10: the figure keeps at least 12 rows at 80×24 and stays readable at 40×12,
/// where a wide floor figure takes the header's rows and the routine bar's.
@Suite struct PlayerLayoutTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises
    /// Rows the body spans over its movement at 40×12 (`FigureFit.rows`, partial rows counted):
    /// under 6, cat-cow's `cow` reads as the letter "h".
    static let rowsAt40x12 = 6

    /// The rule: a figure keeps 12 rows at 80×24 and 6 at 40×12, so the layout does not shrink
    /// it. A figure limited by the pane's width cannot have them: a cell is twice as tall as
    /// wide, so bird dog reaching out level (about four times as wide as tall) spans 78
    /// columns in 10 rows at 80×24 and 38 columns in 4 rows at 40×12. Such a figure must
    /// instead get the pane's full width (less the margins), fill at least 90% of it, and be as
    /// tall as its shape allows at that width. A layout that narrows a figure (beside the
    /// words: 43 columns at 80×24, 16 at 40×12) fails both ways.
    @Test func everyBuiltInsFigureIsTallEnoughAt40x12And80x24() throws {
        for (size, least) in [(Size(width: 40, height: 12), Self.rowsAt40x12), (Size(width: 80, height: 24), FigureFit.rowsAt80x24)] {
            for exercise in Self.library {
                let rows = FigureFit.rows(exercise, size: size) ?? 0
                guard rows < least else { continue }
                let name = "\(exercise.id) at \(size.width)x\(size.height): \(rows) rows"
                let (drawn, box) = try #require(FigureFit.columns(exercise, size: size), "\(name)")
                #expect(box.width >= size.width - 2, "\(name) in a box \(box.width) wide")
                #expect(Double(drawn) >= 0.9 * Double(box.width), "\(name), \(drawn) of \(box.width) columns")
                // Rows are two columns tall: the figure's height over its width, at the columns drawn.
                let shape = FigureFit.extents(exercise).map { $0.extent.height / $0.extent.width }.min() ?? 0
                let allowed = Int((Double(drawn) * shape / 2).rounded(.down))
                #expect(rows >= allowed, "\(name), its shape allows \(allowed)")
                #expect(exercise.id == "bird-dog", "\(name): only bird dog's level reach is known to be width-bound")
            }
        }
    }

    /// The header and the bar go only where the figure needs their rows: a standing figure at
    /// 40×12 keeps them, a floor figure there does not, and at 80×24 everyone keeps them.
    @Test func chromeGivesWayOnlyForAFigureTooSmallWithIt() throws {
        let small = Size(width: 40, height: 12), large = Size(width: 80, height: 24)
        let standing = PlayerLayout(small, figureAspect: 0.55)
        #expect(standing.chrome && standing.figure?.y == 2 && standing.figure?.width == 14)
        let floor = PlayerLayout(small, figureAspect: 3.2)
        #expect(!floor.chrome)
        // Full width above the words, from the top row down to the words' five rows.
        #expect(floor.figure == PlayerLayout.Box(x: 1, y: 0, width: 38, height: 6))
        #expect(floor.text == PlayerLayout.Box(x: 1, y: 6, width: 38, height: 5))
        for aspect in [0.4, 1.0, 1.8, 3.2] { #expect(PlayerLayout(large, figureAspect: aspect).chrome, "\(aspect)") }
        // No figure, no reason to drop anything.
        #expect(PlayerLayout(small).chrome && PlayerLayout(Size(width: 40, height: 8), figureAspect: 3.2).figure == nil)
    }

    /// In the player at 40×12 the floor figure takes the header's and the bar's rows, and the
    /// words keep the name, the counter and the whole step, paused too; the key hints stay.
    @Test func aFloorFigureAt40x12KeepsItsWords() throws {
        for t in [ScreenFixtures.playingOnTheFloor(seconds: 14), ScreenFixtures.playingOnTheFloor(seconds: 110.9),
                  ScreenFixtures.pausedOnTheFloor()] {
            let cue = try #require(t.state.breakProgress.flatMap { Cue($0) })
            let lines = ScreenFixtures.render(t, Size(width: 40, height: 12)).lines
            let text = lines.joined(separator: "\n")
            #expect(!text.contains("on break") && !text.contains("left"), "\(text)")
            #expect(text.contains(cue.item.exercise.name) && text.contains(PlayerScreen.counter(cue, separator: " · ")), "\(text)")
            let words = lines.flatMap { $0.split(separator: " ").map(String.init) }
            #expect(words.joined(separator: " ").contains(cue.step), "\(text)")
            #expect(lines[11].hasSuffix("? help"))
        }
    }
}
