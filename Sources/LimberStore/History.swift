import LimberClock
import LimberCore

/// Day figures read back from the store.
public struct History {
    public let store: HistoryStore
    public let builder: SummaryBuilder

    /// - Parameter helps: exercise id → areas, for the areas covered.
    public init(store: HistoryStore, helps: [String: [Area]]) {
        self.store = store
        builder = SummaryBuilder(days: SystemDayClock(), helps: helps)
    }

    /// - Parameters:
    ///   - running: spans not stored yet (a running TUI's open span).
    ///   - stretch: a running TUI's stretch, not recorded until it ends.
    public func days(from first: LocalDay, through last: LocalDay, adding running: [Span] = [],
              stretch: RunningStretch? = nil) throws(StoreError) -> [DayTotals] {
        let from = builder.days.start(of: first)
        let to = builder.days.interval(of: last).end
        return builder.totals(from: first, through: last, spans: try store.spans(from: from, to: to) + running,
                              counts: try store.eventCounts(from: first, through: last), running: stretch)
    }

    public func spans(of day: LocalDay) throws(StoreError) -> [Span] {
        let (start, end) = builder.days.interval(of: day)
        return try store.spans(from: start, to: end)
    }
}
