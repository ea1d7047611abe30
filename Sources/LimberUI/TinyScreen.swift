import LimberCore

/// For panes too small for the full layout: the essentials as plain lines, and a notice.
enum TinyScreen {
    static func draw(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        var lines: [(String, Style)] = []
        if state.breakProgress == nil {
            lines.append((StatusText.stretch(state), .strong))
        }
        if context.practice, let progress = state.breakProgress {
            lines.append(("practice \(DurationText.countdown(progress.remaining)) left", .plain))
        } else {
            lines.append((StatusText.countdown(state, at: context.now), state.isDue ? .alarm : .plain))
        }
        lines.append(("enlarge pane", .faint))
        for (y, line) in lines.prefix(canvas.height).enumerated() {
            canvas.put(line.0, x: 0, y: y, style: line.1)
        }
    }
}
