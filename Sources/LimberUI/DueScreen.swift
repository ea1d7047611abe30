import LimberCore

/// The prompt: the break is due. Loud enough to notice, with the choices that are left.
enum DueScreen {
    static func draw(_ state: TimerState, _ context: ScreenContext, on canvas: inout Canvas) {
        let rows = Body.rows(of: canvas)
        let choices = choiceLines(state)
        let roomy = Countdown.roomy(rows: rows.count, otherLines: 5 + choices.count, glyphs: context.glyphs)
        var body = Body(width: canvas.width - 2)
        body.add("Break due", .alarm, fullRow: true)
        body.add(advice(state))
        if roomy { body.gap() }
        Countdown.add("+" + DurationText.clock(state.overdue), to: &body, width: canvas.width,
                      roomy: roomy, glyphs: context.glyphs, style: Style(bold: true, color: .warning))
        body.add("overdue", .faint)
        if rows.count > 7 + choices.count { body.gap() }
        for choice in choices { body.add(choice, .strong) }
        body.draw(on: &canvas, in: rows)
    }

    /// What to do, depending on the posture the user has been in.
    static func advice(_ state: TimerState) -> String {
        let held = DurationText.clock(state.stretchElapsed)
        switch state.posture {
        case .sitting: return "Seated for \(held). Time to stand up and move."
        case .standing: return "On your feet for \(held). Time to rest or change position."
        }
    }

    /// The choices, padded to one width so they line up when centred.
    static func choiceLines(_ state: TimerState) -> [String] {
        let snooze = state.canSnooze
            ? "z      snooze \(DurationText.short(state.settings.snooze))"
            : "no snooze left"
        let lines = ["Enter  start the break", snooze, "x      skip this break"]
        let width = lines.map(\.count).max() ?? 0
        return lines.map { $0 + String(repeating: " ", count: width - $0.count) }
    }
}
