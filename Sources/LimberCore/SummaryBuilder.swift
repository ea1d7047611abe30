/// Day figures from stored spans and events. Seconds are clipped to each local day, so a span
/// across midnight counts in both days; counts go to the day the event happened on.
public struct SummaryBuilder: Sendable {
    public var days: any DayClock
    /// Exercise id → what it helps, for the areas covered.
    public var helps: [String: [Area]]

    public init(days: any DayClock, helps: [String: [Area]] = [:]) {
        self.days = days
        self.helps = helps
    }

    /// Totals for each day from `first` to `last`, inclusive, in order.
    /// - Parameter running: a stretch not recorded yet (a running timer's), counted by the same
    ///   rule as its record will be (`RunningStretch`).
    public func totals(from first: LocalDay, through last: LocalDay, spans: [Span], events: [HistoryEvent],
                       running: RunningStretch? = nil) -> [DayTotals] {
        totals(from: first, through: last, spans: spans, counts: events.map { EventCount($0, day: days.day(of: $0.at)) },
               running: running)
    }

    /// The same from events already counted per day (the store groups a year of events in SQL).
    public func totals(from first: LocalDay, through last: LocalDay, spans: [Span], counts: [EventCount],
                       running: RunningStretch? = nil) -> [DayTotals] {
        var result: [DayTotals] = []
        var day = first
        var index: [LocalDay: Int] = [:]
        // Each day's start, worked out once: the clock's calendar work is the costly part.
        var starts: [Date] = []
        while day <= last {
            index[day] = result.count
            result.append(DayTotals(day: day))
            starts.append(days.start(of: day))
            day = days.day(after: day)
        }
        starts.append(days.start(of: day))
        for span in spans { add(span, to: &result, starts) }
        for group in counts {
            guard let i = index[group.day] else { continue }
            count(group, into: &result[i])
        }
        if let running, let i = index[days.day(of: running.end)] { result[i].count(running, dayStart: starts[i]) }
        return result
    }

    /// Credits the span to every day it overlaps; `starts` has one more entry than `result`
    /// (the end of the last day).
    private func add(_ span: Span, to result: inout [DayTotals], _ starts: [Date]) {
        guard span.seconds > 0, !result.isEmpty else { return }
        var i = max(0, Self.lastIndex(in: starts, notAfter: span.start))
        while i < result.count, starts[i] < span.end {
            result[i].add(span, dayStart: starts[i], dayEnd: starts[i + 1])
            i += 1
        }
    }

    /// The index of the last start at or before `date` (-1 if none), by binary search.
    static func lastIndex(in starts: [Date], notAfter date: Date) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= date { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    private func count(_ group: EventCount, into totals: inout DayTotals) {
        totals.count(group) { helps[$0] ?? [] }
    }
}
