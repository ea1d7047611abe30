import LimberCore

/// The exercise player: the figure, the name, the step, the hold or rep counter with the side,
/// the exercise's countdown, the place in the routine and what comes next. The figure takes
/// the room `PlayerLayout` gives it; the words wrap beside or below it. In a short pane the
/// layout may take the header's rows and the routine bar's for a figure that needs them.
enum PlayerScreen {
    /// - Parameter resume: the words for the key that resumes a paused break.
    static func draw(_ cue: Cue, _ progress: BreakProgress, _ context: ScreenContext, resume: String?, on canvas: inout Canvas) {
        let layout = PlayerLayout(canvas.size, for: cue.picture)
        if !layout.chrome {
            // The pane's or the popup's header is already drawn: the figure goes over its rows.
            for y in 0..<min(2, canvas.height) { canvas.put(String(repeating: " ", count: canvas.width), x: 0, y: y) }
        }
        if let box = layout.figure, let picture = cue.picture {
            let image = FigureRenderer.render(picture, width: box.width, height: box.height, style: context.figureStyle)
            image.draw(on: &canvas, x: box.x, y: box.y, style: .calm)
        }
        let text = lines(cue, progress, context, resume: resume, width: layout.text.width, height: layout.text.height)
        let top = layout.text.y + max(0, (layout.text.height - text.count) / 2)
        for (offset, line) in text.enumerated() {
            if layout.figure == nil || layout.figure?.y != layout.text.y {
                canvas.center(line.0, y: top + offset, style: line.1)
            } else {
                canvas.put(line.0, x: layout.text.x, y: top + offset, style: line.1)
            }
        }
        if layout.chrome { drawRoutineBar(progress, context, on: &canvas) }
    }

    /// The words, wrapped to `width` and fitted to `height`. When room runs out, the blank lines
    /// between sections go first, then the least needed sections one by one; the name, the
    /// counter and the step stay, so an instruction is never cut mid-sentence unless the pane
    /// cannot hold even those.
    static func lines(_ cue: Cue, _ progress: BreakProgress, _ context: ScreenContext, resume: String? = nil,
                      width: Int, height: Int) -> [(String, Style)] {
        let dot = context.glyphs.separator
        let counter = [(self.counter(cue, separator: dot), Style(bold: true, color: .accent))]
        let paused = progress.isPaused ? [("Paused" + (resume.map { ": " + $0 } ?? ""), Style.alarm)] : []
        // Sections in screen order, each with the rank at which it is dropped (lowest first)
        // and whether a blank line may go before it.
        let sections: [(lines: [(String, Style)], drop: Int, gap: Bool)] = [
            // The name stays at every size: without it the step has no subject.
            ([(cue.item.exercise.name, .strong)], Int.max, true),
            ([(place(cue, context) + "\(DurationText.countdown(cue.itemRemaining)) left", .faint)], 2, true),
            (counter, Int.max, true),
            // Right under the counter, and the last to go before the step would be cut: the
            // key hints name the resume key too.
            (paused, 6, false),
            ((cue.breath.map { [($0, .calm)] } ?? []), 3, true),
            ([(cue.step, .plain)], Int.max, true),
            (cue.item.exercise.safety.map { [($0, .faint)] } ?? [], 5, true),
            (context.practice ? [] : [(cue.next.map { "Next: \($0.name)" } ?? "Last one", .faint)], 1, true),
        ]
        let wrapped = sections.map { section in
            (lines: section.lines.flatMap { line in Wrap.lines(line.0, width: width).map { ($0, line.1) } },
             drop: section.drop, gap: section.gap)
        }
        for dropped in 0...6 {
            for gaps in [true, false] {
                var result: [(String, Style)] = []
                for section in wrapped where !section.lines.isEmpty && section.drop > dropped {
                    if gaps, section.gap, !result.isEmpty { result.append(("", .plain)) }
                    result += section.lines
                }
                if result.count <= height { return result }
            }
        }
        return Array(wrapped.filter { $0.drop == Int.max }.flatMap(\.lines).prefix(height))
    }

    /// `Exercise 2 of 3 · ` in a break's routine, so its time left is not taken for the whole
    /// break's (that one is on the bar, "break 1:49 left"); nothing when trying one exercise.
    static func place(_ cue: Cue, _ context: ScreenContext) -> String {
        context.practice ? "" : "Exercise \(cue.position) of \(cue.count)\(context.glyphs.separator)"
    }

    /// `LEFT · hold 0:15` or `RIGHT · rep 3 of 8 · reach out`.
    static func counter(_ cue: Cue, separator: String) -> String {
        var parts: [String] = []
        if let side = cue.side { parts.append(side.rawValue.uppercased()) }
        if let hold = cue.holdRemaining {
            parts.append("hold \(DurationText.countdown(hold))")
        } else if let rep = cue.rep, let reps = cue.reps {
            parts.append("rep \(rep) of \(reps)")
            if let phase = cue.phase { parts.append(phase) }
        }
        return parts.joined(separator: separator)
    }

    /// The whole break's progress, on the row above the footer. One exercise tried has no
    /// routine: its own countdown is in the words.
    private static func drawRoutineBar(_ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        guard canvas.height >= 8, context.notice == nil, !context.practice else { return }
        let total = progress.routine.duration + BreakProgress.doneSeconds
        let label = " break \(DurationText.countdown(progress.remaining)) left"
        let width = min(canvas.width - 4, 60)
        let bar = ProgressBar.text(fraction: 1 - progress.remaining / max(1, total), width: width - label.count,
                                   glyphs: context.glyphs)
        canvas.center(bar + label, y: canvas.height - 2, style: .faint)
    }
}
