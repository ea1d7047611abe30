#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberUI

/// The stored part of the summary screen: read from the history when a day is opened and once
/// a minute, never while drawing.
public struct StoredSummary: Sendable, Equatable {
    public var day: LocalDay
    /// Seven days ending with `day`, oldest first.
    public var week: [DayTotals]
    public var spans: [Span]
    public var dayStart: Date
    public var dayEnd: Date
    public var goal: Double
    public var names: [String: String]

    public init(day: LocalDay, week: [DayTotals], spans: [Span], dayStart: Date, dayEnd: Date, goal: Double,
                names: [String: String]) {
        self.day = day
        self.week = week
        self.spans = spans
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.goal = goal
        self.names = names
    }

    /// The screen's model; today's figures come from the engine, down to this second.
    public func model(state: TimerState, today: LocalDay, at now: Moment) -> SummaryModel {
        var week = week, spans = spans
        var totals = week.last ?? DayTotals(day: day)
        if day == today {
            totals = state.todayLive
            if !week.isEmpty { week[week.count - 1] = totals }
            spans.append(state.span.closed(at: now))
        }
        return SummaryModel(day: totals, week: week, spans: spans, dayStart: dayStart, dayEnd: dayEnd,
                            isToday: day == today, goal: goal, names: names)
    }
}

/// Days and their stored figures, for the summary screen.
public protocol SummarySource: AnyObject {
    func day(of now: Moment) -> LocalDay
    func day(before day: LocalDay) -> LocalDay
    func day(after day: LocalDay) -> LocalDay
    func load(_ day: LocalDay) -> StoredSummary
}
