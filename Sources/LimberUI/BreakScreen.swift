import LimberCore

/// A break in progress: the exercise player, the "done" screen, or (with no exercises) a
/// plain countdown.
enum BreakScreen {
    static func draw(_ state: TimerState, _ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        draw(progress, posture: state.posture, context, on: &canvas) { key in
            // Keys named on screen in the key tables' words: Space on the paused line (the
            // player's own table), t and Enter on the done screen.
            key == .character(" ")
                ? KeyTable.current(state, summaryOpen: false, practice: context.practice).phrase(for: key, in: state)
                : KeyTable.duringBreak.phrase(for: key, in: state)
        }
    }

    /// The break from its progress alone: the pane's screen, and the one `limber prompt` plays
    /// in a tmux popup, whose keys are its own (`phrase` gives nil for a key it leaves out).
    static func draw(_ progress: BreakProgress, posture: Posture, _ context: ScreenContext, on canvas: inout Canvas,
                     phrase: (Key) -> String?) {
        if progress.isDone {
            DoneScreen.draw(progress, context, keys: [Key.character("t"), .enter].compactMap(phrase), on: &canvas)
        } else if let cue = Cue(progress, stillFrame: context.reducedMotion) {
            PlayerScreen.draw(cue, progress, context, resume: progress.isPaused ? phrase(.character(" ")) : nil, on: &canvas)
        } else {
            drawPlain(posture, progress, context, on: &canvas)
        }
    }

    private static func drawPlain(_ posture: Posture, _ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        let rows = Body.rows(of: canvas)
        let roomy = Countdown.roomy(rows: rows.count, otherLines: 6, glyphs: context.glyphs)
        var body = Body(width: canvas.width - 2)
        body.add(posture == .sitting ? "Break: stand up and move" : "Break: rest and move differently", .strong)
        Countdown.add(DurationText.countdown(progress.remaining), to: &body, width: canvas.width,
                      roomy: roomy, glyphs: context.glyphs, style: .calm)
        body.gap()
        body.add(ProgressBar.text(fraction: progress.elapsed / max(1, progress.length),
                                  width: min(canvas.width - 4, 60), glyphs: context.glyphs))
        if rows.count >= 8 { body.gap() }
        body.add(tip(for: posture))
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
