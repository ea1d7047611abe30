#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    public func totals(from first: LocalDay, through last: LocalDay, spans: [Span], events: [HistoryEvent]) -> [DayTotals] {
        var result: [DayTotals] = []
        var day = first
        var index: [LocalDay: Int] = [:]
        while day <= last {
            index[day] = result.count
            result.append(DayTotals(day: day))
            day = days.day(after: day)
        }
        for span in spans { add(span, to: &result, index) }
        for event in events {
            guard let i = index[days.day(of: event.at)] else { continue }
            count(event, into: &result[i])
        }
        return result
    }

    private func add(_ span: Span, to result: inout [DayTotals], _ index: [LocalDay: Int]) {
        guard span.seconds > 0, !result.isEmpty else { return }
        var day = days.day(of: span.start)
        while let i = index[day] ?? (day < result[0].day ? -1 : nil) {
            let (start, end) = days.interval(of: day)
            if i >= 0 {
                let overlap = min(end, span.end).timeIntervalSince(max(start, span.start))
                if overlap > 0 { result[i].credit(overlap, to: span.activity) }
            }
            guard span.end > end else { break }
            day = days.day(after: day)
        }
    }

    private func count(_ event: HistoryEvent, into totals: inout DayTotals) {
        switch event.kind {
        case .due: totals.breaksDue += 1
        case .breakStart: totals.breaksTaken += 1
        case .breakEnd where event.result == "early": totals.breaksEndedEarly += 1
        case .skip: totals.breaksSkipped += 1
        case .snooze: totals.snoozes += 1
        case .naturalBreak: totals.naturalBreaks += 1
        case .posture: totals.postureChanges += 1
        case .stretchEnd where event.posture == .sitting:
            totals.longestSittingSeconds = max(totals.longestSittingSeconds, event.seconds ?? 0)
            if event.result == "long" { totals.longSittingStretches += 1 }
        case .exercise:
            guard let id = event.name, let result = event.result.flatMap(ExerciseOutcome.Result.init) else { return }
            totals.count(ExerciseOutcome(id: id, result: result, sides: [], seconds: event.seconds ?? 0), helps: helps[id] ?? [])
        default:
            break
        }
    }
}
