/// Events of one kind on one day, counted: what the summary needs from a year of events
/// without holding every one of them.
public struct EventCount: Sendable, Equatable {
    public var day: LocalDay
    public var kind: HistoryEvent.Kind
    public var posture: Posture?
    public var name: String?
    public var result: HistoryEvent.Result?
    public var count: Int
    /// The longest `seconds` among them (the longest stretch).
    public var maxSeconds: Double

    public init(day: LocalDay, kind: HistoryEvent.Kind, posture: Posture?, name: String?, result: HistoryEvent.Result?,
                count: Int, maxSeconds: Double) {
        self.day = day
        self.kind = kind
        self.posture = posture
        self.name = name
        self.result = result
        self.count = count
        self.maxSeconds = maxSeconds
    }

    /// One event as a count of one.
    public init(_ event: HistoryEvent, day: LocalDay) {
        self.init(day: day, kind: event.kind, posture: event.posture, name: event.name, result: event.result,
                  count: 1, maxSeconds: event.seconds ?? 0)
    }
}
