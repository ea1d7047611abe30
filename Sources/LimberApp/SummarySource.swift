import LimberCore
import LimberUI

/// The stored part of the summary screen: read from the history when a day is opened and once
/// a minute, never while drawing.
public struct StoredSummary: Sendable, Equatable {
    public var day: LocalDay
    /// Seven days ending with `day`, oldest first.
    public var week: [DayTotals]
    /// Where each day of `week` starts on the wall clock, then where the last one ends.
    public var weekBounds: [Date]
    public var spans: [Span]
    public var dayStart: Date
    public var dayEnd: Date
    public var goal: Double
    public var names: [String: String]
    /// Why the history could not be read, when it could not: shown on the screen, not zeros.
    public var problem: String?

    public init(day: LocalDay, week: [DayTotals], weekBounds: [Date], spans: [Span], dayStart: Date, dayEnd: Date,
                goal: Double, names: [String: String], problem: String? = nil) {
        self.problem = problem
        self.day = day
        self.week = week
        self.weekBounds = weekBounds
        self.spans = spans
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.goal = goal
        self.names = names
    }

    /// The screen's model; today's figures come from the engine, down to this second. The span
    /// running now is not stored yet: its share of every earlier day it reaches (a stretch
    /// running across midnight) counts there too, as in `limber summary`.
    public func model(state: TimerState, today: LocalDay, at now: Moment) -> SummaryModel {
        let running = state.span.closed(at: now)
        var week = week, spans = spans
        for i in week.indices where i + 1 < weekBounds.count {
            week[i].add(running, dayStart: weekBounds[i], dayEnd: weekBounds[i + 1])
        }
        if day == today, !week.isEmpty { week[week.count - 1] = state.todayLive }
        let totals = day == today ? state.todayLive : week.last ?? DayTotals(day: day)
        if running.seconds > 0, running.end > dayStart, running.start < dayEnd { spans.append(running) }
        return SummaryModel(day: totals, week: week, spans: spans, dayStart: dayStart, dayEnd: dayEnd,
                            isToday: day == today, goal: goal, names: names, problem: problem)
    }
}

/// Days and their stored figures, for the summary screen.
public protocol SummarySource: AnyObject {
    func day(of now: Moment) -> LocalDay
    func day(before day: LocalDay) -> LocalDay
    func day(after day: LocalDay) -> LocalDay
    func load(_ day: LocalDay) -> StoredSummary
}
