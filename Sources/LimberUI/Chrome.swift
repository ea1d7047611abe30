import LimberCore

/// The header and footer every full-size screen shares.
enum Chrome {
    static func drawHeader(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        // The stretch comes first on the screen, in whole minutes (`sitting 12m`): the big
        // clock below ticks the seconds, and a header that ticked too would repaint every
        // second. Scripts that want the seconds ask `limber status`.
        let left = " " + (context.practice && state.breakProgress != nil
            ? "practice" : context.glyphs.text(StateWords(LiveStatus(state, at: context.now)).header))
        canvas.put(left, x: 0, y: 0)
        if canvas.width >= left.count + 9 {
            canvas.putRight("Limber", y: 0, margin: 1, style: .accent)
        }
        canvas.fill(context.glyphs.rule, y: 1, style: .faint)
    }

    static func drawFooter(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        if let notice = context.notice {
            let lines = noticeLines(notice, width: canvas.width - 2, glyphs: context.glyphs)
            for (offset, line) in lines.enumerated() {
                // The notice takes whole rows: a break's progress bar lives there too.
                let y = canvas.height - 1 - lines.count + offset
                canvas.put(String(repeating: " ", count: canvas.width), x: 0, y: y)
                canvas.center(line, y: y, style: .accent)
            }
        }
        // The prompt offers its choices in its body: the footer does not name them twice.
        let hints = KeyTable.current(state, summaryOpen: false, practice: context.practice)
            .hints(state, except: state.isDue ? DueScreen.choiceKeys : [])
        canvas.put(" " + KeyHints.footer(hints, width: canvas.width - 1, separator: context.glyphs.separator),
                   x: 0, y: canvas.height - 1, style: .faint)
    }

    /// A notice over at most two lines above the hints, a long path broken rather than cut;
    /// what still does not fit ends in an ellipsis.
    static func noticeLines(_ notice: String, width: Int, glyphs: Glyphs) -> [String] {
        let lines = Wrap.lines(glyphs.text(notice), width: width, breakingWords: true)
        guard lines.count > 2 else { return lines }
        let ellipsis = glyphs.text("\u{2026}")
        return [lines[0], String(lines[1].prefix(max(0, width - ellipsis.count))) + ellipsis]
    }
}
