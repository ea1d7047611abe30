/// A stretch of one kind of time, for the history: it started at `start` (wall clock) and
/// lasted `seconds` (measured on the monotonic clock, so a wall clock jump cannot stretch it).
public struct Span: Sendable, Equatable {
    public var activity: Activity
    public var start: Date
    public var seconds: Double

    public init(activity: Activity, start: Date, seconds: Double) {
        self.activity = activity
        self.start = start
        self.seconds = seconds
    }

    public var end: Date { start.addingTimeInterval(seconds) }
}

/// The span still running: what it is and where it started on both clocks.
public struct OpenSpan: Sendable, Equatable {
    public var activity: Activity
    public var startWall: Date
    public var startUptime: Double

    public init(activity: Activity, startWall: Date, startUptime: Double) {
        self.activity = activity
        self.startWall = startWall
        self.startUptime = startUptime
    }

    /// The span as it stands at `now`.
    public func closed(at now: Moment) -> Span {
        Span(activity: activity, start: startWall, seconds: max(0, now.uptime - startUptime))
    }
}

/// A stretch in progress to pick up after a restart (same posture, same countdown).
public struct Resume: Sendable, Equatable {
    public var posture: Posture
    public var stretchElapsed: Double
    /// A prompt was showing (or snoozed): it shows again, and is not counted a second time.
    public var promptOpen: Bool
    /// The stretch was recorded as a long one when the last run quit.
    public var countedLong: Bool

    public init(posture: Posture, stretchElapsed: Double, promptOpen: Bool = false, countedLong: Bool = false) {
        self.posture = posture
        self.stretchElapsed = stretchElapsed
        self.promptOpen = promptOpen
        self.countedLong = countedLong
    }
}
