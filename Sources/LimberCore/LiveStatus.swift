/// What `limber status` shows: the running TUI's state as of one clock reading, or `stopped`
/// with the day's totals from the history.
public struct LiveStatus: Sendable, Equatable, Codable {
    public var state: LiveState
    public var posture: Posture
    /// The current stretch, in seconds.
    public var elapsed: Double
    /// Seconds to the next break; negative when it is overdue.
    public var remaining: Double
    /// Seconds left in a running break.
    public var breakRemaining: Double?
    /// Seconds until a timed pause ends by itself.
    public var pauseRemaining: Double?
    /// Seconds until a snoozed prompt returns.
    public var snoozeRemaining: Double?
    /// How long the timer has been paused, while paused.
    public var pausedFor: Double?
    /// How long the person has been away, while away.
    public var awayFor: Double?
    public var todaySitting: Double
    public var todayStanding: Double
    /// The timer's away-after: a timer silent for longer is shown as `away`.
    public var awayAfter: Double
    /// Outside active hours: when prompts come back.
    public var promptsResume: ActiveHours.Opening?
    /// While a prompt is open: the name of the first exercise the break would play.
    public var nextExercise: String?

    public init(state: LiveState, posture: Posture, elapsed: Double, remaining: Double, breakRemaining: Double? = nil,
                pauseRemaining: Double? = nil, snoozeRemaining: Double? = nil, pausedFor: Double? = nil,
                awayFor: Double? = nil, todaySitting: Double, todayStanding: Double, awayAfter: Double = 300,
                promptsResume: ActiveHours.Opening? = nil) {
        self.state = state
        self.posture = posture
        self.elapsed = elapsed
        self.remaining = remaining
        self.breakRemaining = breakRemaining
        self.pauseRemaining = pauseRemaining
        self.snoozeRemaining = snoozeRemaining
        self.pausedFor = pausedFor
        self.awayFor = awayFor
        self.todaySitting = todaySitting
        self.todayStanding = todayStanding
        self.awayAfter = awayAfter
        self.promptsResume = promptsResume
    }

    /// The engine's state as the screen shows it at `now`. The engine has already seen `now`
    /// (the run loop sends a tick first), so today's totals include the running stretch, and
    /// they start at local midnight.
    public init(_ state: TimerState, at now: Moment) {
        let today = state.todayLive
        self.init(state: state.liveState, posture: state.posture, elapsed: state.stretchElapsed,
                  remaining: state.remaining, breakRemaining: state.breakProgress?.remaining,
                  pauseRemaining: state.pauseEnds.map { max(0, $0 - now.uptime) },
                  snoozeRemaining: state.snoozeRemaining,
                  pausedFor: state.isPaused ? state.pausedFor(at: now) : nil,
                  awayFor: state.away.map { max(0, now.uptime - $0.since.uptime) },
                  todaySitting: today.sittingSeconds, todayStanding: today.standingSeconds,
                  awayAfter: state.settings.awayAfter, promptsResume: state.promptsAllowed ? nil : state.promptsResume)
    }

    /// No TUI: the day's totals from the history.
    public static func stopped(today: DayTotals?) -> LiveStatus {
        LiveStatus(state: .stopped, posture: .sitting, elapsed: 0, remaining: 0,
                   todaySitting: today?.sittingSeconds ?? 0, todayStanding: today?.standingSeconds ?? 0)
    }
}
