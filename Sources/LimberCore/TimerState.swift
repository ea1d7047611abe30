/// Everything the timer knows. A value: copy it, compare it, render it.
public struct TimerState: Sendable, Equatable {
    public internal(set) var settings: TimerSettings
    public internal(set) var posture: Posture
    public internal(set) var phase: Phase
    /// Seconds spent in the current stretch, not counting pauses.
    public internal(set) var stretchElapsed: Double
    /// The last clock reading the engine has seen.
    public internal(set) var lastSeen: Moment
    /// Today's figures from the history and from every span and event the engine recorded since;
    /// the span running now is added by `todayLive`.
    public internal(set) var today: DayTotals
    /// Where today starts and ends on the wall clock.
    public internal(set) var dayStart: Date
    public internal(set) var dayEnd: Date
    /// Closed spans that reach past today's end on the wall clock (possible only after the wall
    /// clock was set back): their later part counts when those days come, as in the summary.
    public internal(set) var spansReachingLaterDays: [Span] = []
    /// Whether the running stretch was already counted as a long one (recorded at a quit, then
    /// resumed), so its end does not count it twice.
    public internal(set) var stretchCountedLong = false
    /// The exercise ids of the last routine, so the next one differs.
    public internal(set) var lastRoutine: [String] = []
    /// When (uptime) the prompt last rang, while it is showing.
    public internal(set) var lastAlert: Double?
    /// Whether prompts are allowed at the last reading (active hours).
    public internal(set) var promptsAllowed = true
    /// When prompts are allowed again, while they are not.
    public internal(set) var promptsResume: ActiveHours.Opening?
    /// The span of time running now; closed and recorded when the activity changes.
    public internal(set) var span: OpenSpan
    /// When (uptime) a timed pause ends by itself (`limber pause --for`).
    public internal(set) var pauseEnds: Double?
    /// What the presence sources last said.
    public internal(set) var presence: PresenceReadings
    /// Set for a minute after the person came back: the welcome-back line, undone with `u`.
    public internal(set) var welcome: WelcomeBack?
    /// Whether the person began this stretch with a change of posture or a skipped prompt
    /// (`t`, `x`, `limber stand`), rather than it starting by itself (start-up, the end of a
    /// break, a return from away, a wake from sleep): time away from the first second of a
    /// begun stretch still ends it as a natural break.
    public internal(set) var stretchBegun = false

    public init(settings: TimerSettings, posture: Posture, at now: Moment, day: LocalDay, dayStart: Date, dayEnd: Date) {
        self.settings = settings
        self.posture = posture
        self.phase = .working
        self.stretchElapsed = 0
        self.lastSeen = now
        self.today = DayTotals(day: day)
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.span = OpenSpan(activity: Activity(posture), startWall: now.wall, startUptime: now.uptime)
        self.presence = PresenceReadings(at: now.uptime)
    }

    /// The kind of time passing now.
    public var activity: Activity {
        switch phase {
        case .working, .due, .snoozed: Activity(posture)
        case .onBreak(let progress): progress.isPaused ? .paused : .moving
        case .paused: .paused
        case .away: .away
        }
    }

    /// The away spell, while the phase is away.
    public var away: AwaySpell? {
        if case .away(let spell) = phase { return spell }
        return nil
    }

    /// Seconds to the break; negative when it is overdue.
    public var remaining: Double { settings.interval - stretchElapsed }

    public var overdue: Double { max(0, -remaining) }

    /// Seconds until a snoozed prompt returns, while snoozed.
    public var snoozeRemaining: Double? {
        if case .snoozed(let until) = phase { return max(0, until - stretchElapsed) }
        return nil
    }

    /// Whether a snooze now would still end by the latest point.
    public var canSnooze: Bool {
        stretchElapsed + settings.snooze <= settings.latest + 1e-9
    }

    /// Whether the prompt is showing (directly or under a pause).
    public var isDue: Bool {
        if case .due = phase { return true }
        return false
    }

    /// Whether a prompt is waiting for an answer: showing, snoozed, or either under a pause.
    public var hasOpenPrompt: Bool {
        switch phase {
        case .due, .snoozed: true
        case .paused(_, .due), .paused(_, .snoozed): true
        default: false
        }
    }

    public var isPaused: Bool {
        if case .paused = phase { return true }
        return false
    }

    public var breakProgress: BreakProgress? {
        if case .onBreak(let progress) = phase { return progress }
        return nil
    }

    /// How long the current pause has lasted, at `now`.
    public func pausedFor(at now: Moment) -> Double {
        if case .paused(let since, _) = phase { return max(0, now.uptime - since) }
        return 0
    }

    /// Today's figures as of the last reading: the span running now counts (its part since
    /// midnight), and so does the open sitting stretch toward the longest one.
    public var todayLive: DayTotals {
        var totals = today
        totals.add(span.closed(at: lastSeen), dayStart: dayStart, dayEnd: dayEnd)
        // Away time just ended is written when it is settled (or given back with `u`).
        if let welcome { totals.add(welcome.span, dayStart: dayStart, dayEnd: dayEnd) }
        if let runningStretch { totals.count(runningStretch, dayStart: dayStart) }
        return totals
    }
}
