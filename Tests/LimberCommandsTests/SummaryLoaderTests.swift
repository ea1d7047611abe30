import Foundation
import LimberCommands
import LimberCore
import LimberStore
import LimberTestSupport
import Testing

/// The `d` screen's reads: the day, the week up to it and the day's spans; a history that
/// cannot be read is said, not shown as zeros.
@Suite struct SummaryLoaderTests {
    static let days = CalendarDays(Timeline.utc)
    static let t0 = Timeline.start

    @Test func aDayIsReadWithItsWeekAndSpans() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path, days: Self.days)
        let span = Span(activity: .sitting, start: Self.t0, seconds: 1800)
        try store.write(events: [], spans: [span], session: nil)
        let loader = SummaryLoader(history: History(store: store, helps: [:]), goal: 3600, names: ["walk": "Walk"])
        let day = loader.day(of: Moment(uptime: 0, wall: Self.t0))
        let summary = loader.load(day)
        #expect(summary.problem == nil)
        #expect(summary.week.count == 7)
        #expect(summary.week.last?.day == day && summary.week.last?.sittingSeconds == 1800)
        #expect(summary.weekBounds.count == 8)
        #expect(summary.weekBounds.last == Self.days.interval(of: day).end)
        #expect(summary.spans == [span])
        #expect(loader.day(after: loader.day(before: day)) == day)
    }
}
