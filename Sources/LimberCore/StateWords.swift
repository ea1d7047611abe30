/// The one place the timer's state becomes words. Each view takes its part: the main screen's
/// headline and big clock, the tiny screen, the pane title, `limber status`'s line and its
/// `{doing}` and `{next}`. All of them start from one `LiveStatus`, so they cannot disagree
/// about what the timer is doing (`ViewsAgreeTests` walks random timelines to check).
public struct StateWords: Sendable, Equatable {
    /// What is going on: `sitting 12:34`, `on break`, `paused · sitting 12:34`, `away`, `stopped`.
    public var doing: String
    /// What comes next, with its time: `break in 32:26`, `1:23 left`, `resumes in 29:00`; may be empty.
    public var next: String
    /// The main screen's words above its big clock, and the clock.
    public var headline: String
    public var clock: String
    /// The terminal (tmux pane) title.
    public var title: String
    /// The main screen's header: `doing` with the stretch in whole minutes (`sitting 12m`,
    /// `paused · sitting 12m`). The big clock below it already ticks the seconds; a header
    /// that changed every second as well cost ~490 of the idle screen's 2,750 bytes a minute
    /// (docs/PERFORMANCE.md). `limber status` and the tiny screen keep m:ss.
    public var header: String

    public init(_ status: LiveStatus) {
        let stretch = "\(status.posture.rawValue) \(DurationText.clock(status.elapsed))"
        let minutes = "\(status.posture.rawValue) \(DurationText.elapsedMinutes(status.elapsed))"
        switch status.state {
        case .working:
            let left = Int(saturating: (max(0, status.remaining) / 60).rounded(.up))
            self.init(doing: stretch, next: "break in \(DurationText.countdown(status.remaining))",
                      headline: "Next break in", clock: DurationText.countdown(max(0, status.remaining)),
                      title: "Limber · break in \(left)m", header: minutes)
        case .due:
            let overdue = "+" + DurationText.clock(-status.remaining)
            self.init(doing: stretch, next: "break due \(overdue)", headline: "Break due", clock: overdue,
                      title: "Break due · Limber", header: minutes)
        case .snoozed:
            let left = DurationText.countdown(status.snoozeRemaining ?? 0)
            self.init(doing: stretch, next: "snoozed \(left)", headline: "Snoozed: the prompt returns in", clock: left,
                      title: "Limber · snoozed", header: minutes)
        case .outsideHours:
            // No break is coming: the stretch is shown, not a countdown stuck at 0:00.
            let until = ActiveHours.Opening.untilText(status.promptsResume)
            self.init(doing: stretch, next: until, headline: "Outside active hours: \(status.posture.rawValue) for",
                      clock: DurationText.clock(status.elapsed), title: "Limber · " + until, header: minutes)
        case .onBreak, .breakPaused:
            let doing = status.state == .onBreak ? "on break" : "break paused"
            let left = DurationText.countdown(status.breakRemaining ?? 0)
            self.init(doing: doing, next: "\(left) left", headline: doing.prefix(1).uppercased() + doing.dropFirst(),
                      clock: left, title: "Limber · " + doing)
        case .paused:
            // The big clock is the pause: how long it has lasted, or, for a timed pause, when it ends.
            let resumes = status.pauseRemaining.map(DurationText.countdown)
            self.init(doing: "paused · " + stretch, next: resumes.map { "resumes in \($0)" } ?? "",
                      headline: resumes == nil ? "Paused for" : "Paused: resumes by itself in",
                      clock: resumes ?? DurationText.clock(status.pausedFor ?? 0), title: "Limber · paused",
                      header: "paused · " + minutes)
        case .away:
            // How long the person has been away: what they want to know when they come back
            // (the stretch ended when the away time began; `u` gives it back).
            self.init(doing: "away", next: "", headline: "Away for", clock: DurationText.clock(status.awayFor ?? 0),
                      title: "Limber · away")
        case .stopped:
            let today = "today sitting \(DurationText.clock(status.todaySitting)), standing \(DurationText.clock(status.todayStanding))"
            self.init(doing: "stopped", next: today, headline: "Stopped", clock: "", title: "Limber")
        }
    }

    /// - Parameter header: when it differs from `doing` (a stretch in whole minutes).
    init(doing: String, next: String, headline: String, clock: String, title: String, header: String? = nil) {
        self.doing = doing
        self.next = next
        self.headline = headline
        self.clock = clock
        self.title = title
        self.header = header ?? doing
    }

    /// `limber status`'s default line: `sitting 12:34 · break in 32:26`.
    public var line: String {
        next.isEmpty ? doing : doing + " · " + next
    }

    /// `{remaining}`: m:ss to the next break, `+m:ss` when overdue, the break's time left during
    /// a break; empty when stopped.
    static func remaining(_ status: LiveStatus) -> String {
        if status.state == .stopped { return "" }
        if let left = status.breakRemaining { return DurationText.countdown(left) }
        return status.remaining < 0 ? "+" + DurationText.clock(-status.remaining) : DurationText.countdown(status.remaining)
    }
}
