#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberStore
import LimberUI

/// Builds the `d` screen's model: stored days from the history, today from the live engine.
/// Stored figures are read when a day is opened and again once a minute.
final class SummaryLoader {
    private let history: History
    private let goal: Double
    private let names: [String: String]
    private var cache: (day: LocalDay, week: [DayTotals], spans: [Span], loaded: Double)?

    init(history: History, goal: Double, names: [String: String]) {
        self.history = history
        self.goal = goal
        self.names = names
    }

    func model(for day: LocalDay, state: TimerState, at now: Moment) -> SummaryModel {
        let days = history.builder.days
        let today = days.day(of: now.wall)
        if cache?.day != day || now.uptime - (cache?.loaded ?? 0) >= 60 {
            var first = day
            for _ in 1..<7 { first = days.day(before: first) }
            let week = (try? history.days(from: first, through: day)) ?? []
            let spans = (try? history.spans(of: day)) ?? []
            cache = (day, week, spans, now.uptime)
        }
        var week = cache?.week ?? []
        var spans = cache?.spans ?? []
        var totals = week.last ?? DayTotals(day: day)
        if day == today {
            // The engine holds today's figures, stored and live, down to this second.
            totals = state.todayLive
            if !week.isEmpty { week[week.count - 1] = totals }
            spans.append(state.span.closed(at: now))
        }
        let (start, end) = days.interval(of: day)
        return SummaryModel(day: totals, week: week, spans: spans, dayStart: start, dayEnd: end,
                            isToday: day == today, goal: goal, names: names)
    }

    /// History rows ignored for impossible values, once (see `HistoryStore.takeWarning`).
    func takeStoreWarning() -> String? { history.store.takeWarning() }

    func today(at now: Moment) -> LocalDay { history.builder.days.day(of: now.wall) }

    func day(before day: LocalDay) -> LocalDay { history.builder.days.day(before: day) }

    func day(after day: LocalDay) -> LocalDay { history.builder.days.day(after: day) }
}
