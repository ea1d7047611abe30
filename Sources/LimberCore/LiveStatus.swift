/// What `limber status` shows: the running TUI's state as of now.
public struct LiveStatus: Sendable, Equatable {
    /// working, due, snoozed, break, paused or stopped.
    public var state: String
    public var posture: Posture
    /// The current stretch, in seconds.
    public var elapsed: Double
    /// Seconds to the next break; negative when it is overdue.
    public var remaining: Double
    /// Seconds left in a running break.
    public var breakRemaining: Double?
    public var todaySitting: Double
    public var todayStanding: Double

    public init(state: String, posture: Posture, elapsed: Double, remaining: Double, breakRemaining: Double?,
                todaySitting: Double, todayStanding: Double) {
        self.state = state
        self.posture = posture
        self.elapsed = elapsed
        self.remaining = remaining
        self.breakRemaining = breakRemaining
        self.todaySitting = todaySitting
        self.todayStanding = todayStanding
    }

    public static let stopped = LiveStatus(state: "stopped", posture: .sitting, elapsed: 0, remaining: 0,
                                           breakRemaining: nil, todaySitting: 0, todayStanding: 0)
}
