/// What a running TUI last wrote about itself: enough for a restart to resume the stretch and
/// to close the span a killed run left open. (`limber status` asks the running TUI instead.)
public struct SessionSnapshot: Sendable, Equatable {
    public var pid: Int32
    public var updated: Date
    public var state: LiveState
    public var posture: Posture
    /// The stretch's length; while away, the stretch before, which waits for the person
    /// (`AwaySpell.stretchBefore`).
    public var stretchSeconds: Double
    public var interval: Double
    /// Seconds left in the break, while on one.
    public var breakRemaining: Double?
    /// The span running at `updated`, with its length so far; while away, the away time since
    /// the person left.
    public var openSpan: Span?
    /// False once the TUI has quit.
    public var running: Bool

    public init(pid: Int32, updated: Date, state: LiveState, posture: Posture, stretchSeconds: Double, interval: Double,
                breakRemaining: Double?, openSpan: Span?, running: Bool) {
        self.pid = pid
        self.updated = updated
        self.state = state
        self.posture = posture
        self.stretchSeconds = stretchSeconds
        self.interval = interval
        self.breakRemaining = breakRemaining
        self.openSpan = openSpan
        self.running = running
    }

    /// The snapshot of a live engine.
    public init(_ state: TimerState, pid: Int32, at now: Moment, running: Bool) {
        self.init(pid: pid, updated: now.wall, state: state.liveState, posture: state.posture,
                  stretchSeconds: state.away?.stretchBefore ?? state.stretchElapsed,
                  interval: state.settings.interval, breakRemaining: state.breakProgress?.remaining,
                  openSpan: running ? state.span.closed(at: now) : nil, running: running)
    }
}
