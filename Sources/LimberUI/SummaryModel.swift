import LimberCore

/// What the summary screen shows: one day in detail, the week up to it, and its strip.
public struct SummaryModel: Sendable, Equatable {
    public var day: DayTotals
    /// Seven days ending with `day`, oldest first.
    public var week: [DayTotals]
    public var spans: [Span]
    public var dayStart: Date
    public var dayEnd: Date
    public var isToday: Bool
    /// Daily goal for standing and moving, in seconds.
    public var goal: Double
    /// Exercise id → name, for the list of exercises done.
    public var names: [String: String]
    /// Why the stored figures could not be read, when they could not.
    public var problem: String?

    public init(day: DayTotals, week: [DayTotals], spans: [Span], dayStart: Date, dayEnd: Date, isToday: Bool,
                goal: Double, names: [String: String], problem: String? = nil) {
        self.problem = problem
        self.day = day
        self.week = week
        self.spans = spans
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.isToday = isToday
        self.goal = goal
        self.names = names
    }
}
