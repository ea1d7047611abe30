import LimberCore

/// The header and footer every full-size screen shares.
enum Chrome {
    static func drawHeader(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        let left: String
        if state.breakProgress != nil {
            left = " " + StatusText.countdown(state, at: context.now)
        } else {
            // The stretch comes first on the screen: scripts read the first `sitting m:ss`.
            left = " " + StatusText.stretch(state) + context.glyphs.separator
                + StatusText.countdown(state, at: context.now)
        }
        canvas.put(left, x: 0, y: 0, style: .strong)
        if canvas.width >= left.count + 9 {
            canvas.putRight("Limber", y: 0, margin: 1, style: .accent)
        }
        canvas.put(String(repeating: context.glyphs.rule, count: canvas.width), x: 0, y: 1, style: .faint)
    }

    static func drawFooter(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        if let notice = context.notice {
            canvas.center(notice, y: canvas.height - 2, style: .accent)
        }
        let hints = KeyHints.forState(state)
        canvas.put(" " + KeyHints.fit(hints, width: canvas.width - 1, separator: context.glyphs.separator),
                   x: 0, y: canvas.height - 1, style: .faint)
    }
}
