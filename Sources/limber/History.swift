#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberStore

/// Day figures read back from the store.
struct History {
    let store: HistoryStore
    let builder: SummaryBuilder

    /// - Parameter helps: exercise id → areas, for the areas covered.
    init(store: HistoryStore, helps: [String: [Area]]) {
        self.store = store
        builder = SummaryBuilder(days: SystemDayClock(), helps: helps)
    }

    /// - Parameter running: spans not stored yet (a running TUI's open span).
    func days(from first: LocalDay, through last: LocalDay, adding running: [Span] = []) throws(StoreError) -> [DayTotals] {
        let from = builder.days.start(of: first)
        let to = builder.days.interval(of: last).end
        return builder.totals(from: first, through: last, spans: try store.spans(from: from, to: to) + running,
                              counts: try store.eventCounts(from: first, through: last))
    }

    func spans(of day: LocalDay) throws(StoreError) -> [Span] {
        let (start, end) = builder.days.interval(of: day)
        return try store.spans(from: start, to: end)
    }
}
