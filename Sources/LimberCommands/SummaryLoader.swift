import LimberApp
import LimberCore
import LimberStore
import LimberUI

/// Reads the `d` screen's stored figures from the history: the day, the week up to it and the
/// day's spans. The run loop asks when a day is opened and once a minute; today's live figures
/// come from the engine (`StoredSummary.model`).
public final class SummaryLoader: SummarySource {
    private let history: History
    private let goal: Double
    private let names: [String: String]

    public init(history: History, goal: Double, names: [String: String]) {
        self.history = history
        self.goal = goal
        self.names = names
    }

    public func load(_ day: LocalDay) -> StoredSummary {
        let days = history.builder.days
        var first = day
        for _ in 1..<7 { first = days.day(before: first) }
        var week: [DayTotals] = [], spans: [Span] = [], problem: String?
        do {
            week = try history.days(from: first, through: day)
            spans = try history.spans(of: day)
        } catch {
            problem = "\(error)"
        }
        let (start, end) = days.interval(of: day)
        return StoredSummary(day: day, week: week, weekBounds: week.map { days.start(of: $0.day) } + [end], spans: spans,
                             dayStart: start, dayEnd: end, goal: goal, names: names, problem: problem)
    }

    /// History rows ignored for impossible values, once (see `HistoryStore.takeWarning`).
    public func takeStoreWarning() -> String? { history.store.takeWarning() }

    public func day(of now: Moment) -> LocalDay { history.builder.days.day(of: now.wall) }

    public func day(before day: LocalDay) -> LocalDay { history.builder.days.day(before: day) }

    public func day(after day: LocalDay) -> LocalDay { history.builder.days.day(after: day) }
}
