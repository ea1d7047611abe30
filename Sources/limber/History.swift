#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberLibrary
import LimberStore

/// Day figures read back from the store.
struct History {
    let store: HistoryStore
    let builder: SummaryBuilder

    init(store: HistoryStore, library: ExerciseLibrary) {
        self.store = store
        var helps: [String: [Area]] = [:]
        for exercise in library.exercises { helps[exercise.id] = exercise.helps }
        builder = SummaryBuilder(days: SystemDayClock(), helps: helps)
    }

    func days(from first: LocalDay, through last: LocalDay) throws(StoreError) -> [DayTotals] {
        let from = builder.days.start(of: first)
        let to = builder.days.interval(of: last).end
        return builder.totals(from: first, through: last, spans: try store.spans(from: from, to: to),
                              counts: try store.eventCounts(from: first, through: last))
    }

    func today(at now: Date) throws(StoreError) -> DayTotals {
        let day = builder.days.day(of: now)
        return try days(from: day, through: day)[0]
    }
}

extension History {
    func spans(of day: LocalDay) throws(StoreError) -> [Span] {
        let (start, end) = builder.days.interval(of: day)
        return try store.spans(from: start, to: end)
    }
}
