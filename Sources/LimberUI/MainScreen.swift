import LimberCore

/// The countdown to the next break, with today's totals.
enum MainScreen {
    static func draw(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        let rows = Body.rows(of: canvas)
        let (label, clock) = headline(state, context)
        let roomy = Countdown.roomy(rows: rows.count, otherLines: 6, glyphs: context.glyphs)
        var body = Body(width: canvas.width - 2)
        body.add(label, .strong)
        Countdown.add(clock, to: &body, width: canvas.width, roomy: roomy, glyphs: context.glyphs,
                      style: state.isPaused ? .faint : .plain) // plain: colour codes would double the bytes sent each second
        body.gap()
        let fraction = state.stretchElapsed / state.settings.interval
        body.add(ProgressBar.text(fraction: fraction, width: min(canvas.width - 4, 60), glyphs: context.glyphs))
        if rows.count >= 8 { body.gap() }
        let today = state.todayLive
        body.add(TodayText.time(today, width: canvas.width - 2, glyphs: context.glyphs))
        body.add(TodayText.breaks(today, width: canvas.width - 2, glyphs: context.glyphs), .faint)
        body.draw(on: &canvas, in: rows)
    }

    private static func headline(_ state: TimerState, _ context: ScreenContext) -> (String, String) {
        switch state.phase {
        case .snoozed(let until):
            return ("Snoozed: the prompt returns in", DurationText.countdown(until - state.stretchElapsed))
        case .paused:
            // A timed pause (`limber pause --for`) says when it ends.
            if let end = state.pauseEnds {
                return ("Paused: resumes by itself in \(DurationText.countdown(end - context.now.uptime))",
                        DurationText.countdown(state.remaining))
            }
            return ("Paused for \(DurationText.clock(state.pausedFor(at: context.now))), p resumes",
                    DurationText.countdown(state.remaining))
        default:
            let label = state.promptsAllowed ? "Next break in" : "Outside active hours: no prompt in"
            return (label, DurationText.countdown(max(0, state.remaining)))
        }
    }
}
