import LimberCore

/// The header and footer every full-size screen shares.
enum Chrome {
    static func drawHeader(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        // The stretch comes first on the screen: scripts read the first `sitting m:ss`.
        // The countdown itself is the big clock below; repeating it here would double the
        // bytes sent every second.
        let left: String
        if state.breakProgress != nil {
            left = context.practice ? " practice" : " on break"
        } else if state.isPaused {
            left = " " + StatusText.stretch(state) + context.glyphs.separator + "paused"
        } else {
            left = " " + StatusText.stretch(state)
        }
        canvas.put(left, x: 0, y: 0)
        if canvas.width >= left.count + 9 {
            canvas.putRight("Limber", y: 0, margin: 1, style: .accent)
        }
        canvas.put(String(repeating: String(context.glyphs.rule), count: canvas.width), x: 0, y: 1, style: .faint)
    }

    static func drawFooter(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        if let notice = context.notice {
            let text = String(notice.prefix(max(0, canvas.width - 2)))
            // The notice takes the whole row: a break's progress bar lives there too.
            canvas.put(String(repeating: " ", count: canvas.width), x: 0, y: canvas.height - 2)
            canvas.center(text, y: canvas.height - 2, style: .accent)
        }
        let hints = KeyTable.current(state, summaryOpen: false, practice: context.practice).hints(state)
        canvas.put(" " + KeyHints.fit(hints, width: canvas.width - 1, separator: context.glyphs.separator),
                   x: 0, y: canvas.height - 1, style: .faint)
    }
}
