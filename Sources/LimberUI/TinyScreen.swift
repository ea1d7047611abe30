import LimberCore

/// For panes too small for the full layout: the essentials as plain lines, and a notice. The
/// words are `StateWords`', as the status line's are.
enum TinyScreen {
    static func draw(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        let words = StateWords(LiveStatus(state, at: context.now))
        var lines: [(String, Style)] = []
        if context.practice, let progress = state.breakProgress {
            lines.append(("practice \(DurationText.countdown(progress.remaining)) left", .plain))
        } else {
            // A part a line (`paused`, `sitting 12:34`): the pane may be narrower than the line.
            lines += words.doing.split(separator: " · ").map { (String($0), Style.strong) }
            if !words.next.isEmpty { lines.append((words.next, state.isDue ? .alarm : .plain)) }
        }
        lines.append(("enlarge pane", .faint))
        for (y, line) in lines.prefix(canvas.height).enumerated() {
            canvas.put(context.glyphs.text(line.0), x: 0, y: y, style: line.1)
        }
    }
}
