import LimberCore

/// The end of a routine: what was done, and which posture the next stretch starts in (the one
/// the break was meant to change to) with the key that changes it.
enum DoneScreen {
    /// - Parameter keys: the phrases of the keys that act now (t, Enter), in the key table's words.
    static func draw(_ progress: BreakProgress, _ context: ScreenContext, keys: [String], on canvas: inout Canvas) {
        var body = Body(width: canvas.width - 2)
        body.add(title(progress, practice: context.practice), Style(bold: true, color: .calm))
        body.gap()
        // One exercise tried has no tally of exercises: just the time spent on it.
        body.add(context.practice ? "\(DurationText.clock(progress.elapsed)) moving" : summary(progress, separator: context.glyphs.separator))
        body.gap()
        if context.practice {
            body.add("Closing in \(DurationText.countdown(progress.remaining))", .faint)
        } else {
            body.add("Next: \(progress.returnPosture.rawValue), starting in \(DurationText.countdown(progress.remaining))", .strong)
            body.add(keys.joined(separator: context.glyphs.separator), .faint)
        }
        body.draw(on: &canvas, in: Body.rows(of: canvas))
    }

    /// Praise only for a routine finished; otherwise just say the break (or the try) is over.
    static func title(_ progress: BreakProgress, practice: Bool = false) -> String {
        let done = progress.outcomes.filter { $0.result == .done }.count
        if done == progress.outcomes.count, done > 0 { return "Done. Nice work." }
        if practice { return "Stopped." }
        return done > 0 ? "Break over. Good moving." : "Break over."
    }

    /// `2 of 3 exercises done · 1 in part · 1:40 moving`.
    static func summary(_ progress: BreakProgress, separator: String) -> String {
        let done = progress.outcomes.filter { $0.result == .done }.count
        let partial = progress.outcomes.filter { $0.result == .partial }.count
        var parts = ["\(done) of " + Plural.count(progress.outcomes.count, "exercise") + " done"]
        if partial > 0 { parts.append("\(partial) in part") }
        parts.append("\(DurationText.clock(progress.elapsed)) moving")
        return parts.joined(separator: separator)
    }
}
