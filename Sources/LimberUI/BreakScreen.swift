import LimberCore

/// A break in progress: the exercise player, the "done" screen, or (with no exercises) a
/// plain countdown.
enum BreakScreen {
    static func draw(_ state: TimerState, _ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        if progress.isDone {
            DoneScreen.draw(state, progress, context, on: &canvas)
        } else if let cue = Cue(progress, stillFrame: context.reducedMotion) {
            PlayerScreen.draw(state, cue, progress, context, on: &canvas)
        } else {
            drawPlain(state, progress, context, on: &canvas)
        }
    }

    private static func drawPlain(_ state: TimerState, _ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        let rows = Body.rows(of: canvas)
        let roomy = Countdown.roomy(rows: rows.count, otherLines: 6, glyphs: context.glyphs)
        var body = Body(width: canvas.width - 2)
        body.add(state.posture == .sitting ? "Break: stand up and move" : "Break: rest and move differently", .strong)
        Countdown.add(DurationText.countdown(progress.remaining), to: &body, width: canvas.width,
                      roomy: roomy, glyphs: context.glyphs, style: .calm)
        body.gap()
        body.add(ProgressBar.text(fraction: progress.elapsed / max(1, progress.length),
                                  width: min(canvas.width - 4, 60), glyphs: context.glyphs))
        if rows.count >= 8 { body.gap() }
        body.add(tip(for: state.posture))
        body.add("Then back to \(progress.returnPosture.rawValue)", .faint)
        body.draw(on: &canvas, in: rows)
    }

    static func tip(for posture: Posture) -> String {
        switch posture {
        case .sitting: "Walk a little, stretch the backs of your legs, roll your shoulders."
        case .standing: "Sit or lean, rest your legs, and loosen your lower back."
        }
    }
}
