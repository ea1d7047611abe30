import LimberCore

/// The end of a routine: what was done, and which posture the next stretch starts in.
enum DoneScreen {
    static func draw(_ progress: BreakProgress, _ context: ScreenContext, on canvas: inout Canvas) {
        let done = progress.outcomes.filter { $0.result == .done }.count
        let partial = progress.outcomes.filter { $0.result == .partial }.count
        var summary = "\(done) of \(progress.outcomes.count) exercises done"
        if partial > 0 { summary += ", \(partial) in part" }
        var body = Body(width: canvas.width - 2)
        body.add("Done. Nice work.", Style(bold: true, color: .calm))
        body.gap()
        body.add(summary)
        body.add("\(DurationText.clock(progress.elapsed)) moving", .faint)
        body.gap()
        body.add("Next: \(progress.returnPosture.rawValue), starting in \(DurationText.countdown(progress.remaining))", .strong)
        body.add("t switches sitting / standing · Enter continues now", .faint)
        body.draw(on: &canvas, in: Body.rows(of: canvas))
    }
}
