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
        if let resume = outsideHours(state) {
            // No break is coming: a bar filling towards one would mislead.
            body.add(resume)
        } else {
            let fraction = state.stretchElapsed / state.settings.interval
            body.add(ProgressBar.text(fraction: fraction, width: min(canvas.width - 4, 60), glyphs: context.glyphs))
        }
        if rows.count >= 8 { body.gap() }
        let today = state.todayLive
        body.add(TodayText.time(today, width: canvas.width - 2, glyphs: context.glyphs))
        body.add(TodayText.breaks(today, width: canvas.width - 2, glyphs: context.glyphs), .faint)
        body.draw(on: &canvas, in: rows)
    }

    /// The words and the big clock, from the one projection of the state (`StateWords`).
    private static func headline(_ state: TimerState, _ context: ScreenContext) -> (String, String) {
        let words = StateWords(LiveStatus(state, at: context.now))
        return (words.headline, words.clock)
    }

    /// When prompts come back, while the timer counts outside active hours.
    private static func outsideHours(_ state: TimerState) -> String? {
        guard state.liveState == .outsideHours else { return nil }
        return state.promptsResume?.sentence ?? "No prompts now"
    }
}
