/// The rhythm of the timer. All durations are in seconds.
public struct TimerSettings: Sendable, Equatable {
    /// Time in one position before a break is due.
    public var interval: Double
    /// How long a snooze hides the prompt.
    public var snooze: Double
    /// The latest point, from the start of a stretch, that snoozing may push a break to.
    public var latest: Double
    /// A gap at least this long is time away; a gap or a pause this long ends the stretch.
    public var awayAfter: Double
    /// Length of a break.
    public var breakLength: Double
    /// Whether floor exercises may be offered.
    public var space: RoutinePlanner.Space
    /// When prompts may appear; nil for always.
    public var activeHours: ActiveHours?
    /// While a break is overdue, the alert (bell, notification) repeats this often.
    public var realert: Double = 5 * 60
    /// No input from any presence source for this long is time away, backdated to the input.
    public var idleAfter: Double = 5 * 60
    /// Whether there is a desk to stand at: after a break from sitting the next stretch is
    /// standing, and standing is offered at all only with one.
    public var standingDesk = true

    /// The posture a break is meant to change to: after standing, sitting; after sitting,
    /// standing where there is a standing desk (sitting again otherwise).
    public func postureAfterBreak(from posture: Posture) -> Posture {
        posture == .sitting && standingDesk ? .standing : .sitting
    }

    public init(
        interval: Double = 45 * 60,
        snooze: Double = 5 * 60,
        latest: Double = 60 * 60,
        awayAfter: Double = 5 * 60,
        breakLength: Double = 2 * 60,
        space: RoutinePlanner.Space = .desk,
        activeHours: ActiveHours? = nil
    ) {
        self.activeHours = activeHours
        self.interval = interval
        self.snooze = snooze
        self.latest = latest
        self.awayAfter = awayAfter
        self.breakLength = breakLength
        self.space = space
    }
}
