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
        let advice = state.posture.breakAdvice
        return "\(state.posture.heldFor) \(DurationText.clock(state.stretchElapsed)). \(advice.prefix(1).uppercased() + advice.dropFirst())."
    }

    /// The keys the prompt offers as its choices (the footer leaves them out).
    static let choiceKeys: [Key] = [.enter, .character("z"), .character("x")]

    /// The choices, from the key table: each key's name in one column and its verb in the
    /// next, padded to one width so they line up when centred.
    static func choiceLines(_ state: TimerState) -> [String] {
        let bindings = choiceKeys.compactMap { key in KeyTable.main.bindings.first { $0.keys.contains(key) } }
        let column = (bindings.map(\.name.count).max() ?? 0) + 2
        let lines = bindings.map { binding -> String in
            guard let verb = binding.verb(state) else { return "no snooze left" }
            return binding.name + String(repeating: " ", count: column - binding.name.count) + verb
        }
        let width = lines.map(\.count).max() ?? 0
        return lines.map { $0 + String(repeating: " ", count: width - $0.count) }
    }
}
