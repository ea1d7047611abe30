import LimberCore

/// The exercise player: the figure, the name, the step, the hold or rep counter with the side,
/// the exercise's countdown, the place in the routine and what comes next. The figure sits
/// beside the text when the pane is wide, above it when tall, and is left out when neither fits.
enum PlayerScreen {
    static func draw(_ cue: Cue, _ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        let rows = Body.rows(of: canvas)
        let figure = cue.frame
        let figureWidth = figure.first?.count ?? 0
        let textWidth = min(48, canvas.width - figureWidth - 8)
        if !figure.isEmpty, textWidth >= 24, rows.count >= figure.count + 2 {
            drawSideBySide(cue, progress, context, figureWidth: figureWidth, textWidth: textWidth, on: &canvas, rows: rows)
        } else {
            var body = Body(width: canvas.width - 2)
            let text = lines(cue, progress, context, width: canvas.width - 2)
            if rows.count >= text.count + figure.count + 1, figureWidth <= canvas.width {
                for row in figure { body.add(row, .calm) }
                body.gap()
            }
            for line in text { body.add(line.0, line.1) }
            body.draw(on: &canvas, in: rows)
        }
        drawRoutineBar(progress, context, on: &canvas)
    }

    private static func drawSideBySide(_ cue: Cue, _ progress: BreakProgress, _ context: ScreenContext,
                                       figureWidth: Int, textWidth: Int, on canvas: inout Canvas, rows: Range<Int>) {
        let text = lines(cue, progress, context, width: textWidth)
        let height = max(cue.frame.count, text.count)
        let top = rows.lowerBound + max(0, (rows.count - 1 - height) / 2)
        let left = max(1, (canvas.width - figureWidth - 4 - textWidth) / 2)
        let figureTop = top + (height - cue.frame.count) / 2
        for (offset, row) in cue.frame.enumerated() {
            canvas.put(row, x: left, y: figureTop + offset, style: .calm)
        }
        for (offset, line) in text.enumerated() where top + offset < rows.upperBound - 1 {
            canvas.put(line.0, x: left + figureWidth + 4, y: top + offset, style: line.1)
        }
    }

    /// The text column: name, place in routine, counter, step, safety, next.
    static func lines(_ cue: Cue, _ progress: BreakProgress, _ context: ScreenContext, width: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = [(cue.item.exercise.name, .strong)]
        lines.append(("\(cue.position) of \(cue.count) · \(DurationText.countdown(cue.itemRemaining)) left", .faint))
        lines.append(("", .plain))
        lines.append((counter(cue), Style(bold: true, color: .accent)))
        if progress.isPaused { lines.append(("Paused: Space resumes", .alarm)) }
        lines.append(("", .plain))
        for piece in Wrap.lines(cue.step, width: width) { lines.append((piece, .plain)) }
        if let safety = cue.item.exercise.safety {
            lines.append(("", .plain))
            for piece in Wrap.lines(safety, width: width) { lines.append((piece, .faint)) }
        }
        lines.append(("", .plain))
        lines.append((cue.next.map { "Next: \($0.name)" } ?? "Last one", .faint))
        return lines.map { (String($0.0.prefix(width)), $0.1) }
    }

    /// `LEFT · hold 0:15` or `RIGHT · rep 3 of 8 · reach out`.
    static func counter(_ cue: Cue) -> String {
        var parts: [String] = []
        if let side = cue.side { parts.append(side.rawValue.uppercased()) }
        if let hold = cue.holdRemaining {
            parts.append("hold \(DurationText.countdown(hold))")
        } else if let rep = cue.rep, let reps = cue.reps {
            parts.append("rep \(rep) of \(reps)")
            if let phase = cue.phase { parts.append(phase) }
        }
        return parts.joined(separator: " · ")
    }

    /// The whole break's progress, on the row above the footer.
    private static func drawRoutineBar(_ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        guard canvas.height >= 8 else { return }
        let total = progress.routine.duration + BreakProgress.doneSeconds
        let label = " \(DurationText.countdown(progress.remaining)) left"
        let width = min(canvas.width - 4, 60)
        let bar = ProgressBar.text(fraction: 1 - progress.remaining / max(1, total), width: width - label.count,
                                   glyphs: context.glyphs)
        canvas.center(bar + label, y: canvas.height - 2, style: .faint)
    }
}
