import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// Longest sitting and long stretches: recorded when limber quits, split at each midnight, and
/// counted the same way live and from the history.
@Suite struct StretchRecordTests {
    static let days = CalendarDays(Timeline.utc)

    static func summary(_ t: Timeline, _ day: LocalDay) -> DayTotals {
        SummaryBuilder(days: days).totals(from: day, through: day, spans: t.spans, events: t.events)[0]
    }

    /// The run: `--interval 5s`, 12 s of sitting, `q`: the summary had longest 0.
    @Test func aQuitRecordsTheStretch() {
        var t = Timeline(TimerSettings(interval: 5, latest: 20))
        t.at(12)
        t.at(12, .quit)
        let day = t.state.today.day
        let totals = Self.summary(t, day)
        #expect(totals.longestSittingSeconds == 12)
        #expect(totals.longSittingStretches == 1)
        #expect(totals.sittingSeconds == 12)
    }

    /// A stretch resumed after a quit and ended later is counted long once.
    @Test func aResumedStretchIsCountedLongOnce() {
        var t = Timeline(TimerSettings(interval: 5, latest: 20), startWall: Timeline.start)
        t.at(12)
        t.at(12, .quit)
        let first = t.events
        var resumed = Timeline(TimerSettings(interval: 5, latest: 20), startWall: Timeline.start.addingTimeInterval(13))
        resumed.engine = TimerEngine(settings: TimerSettings(interval: 5, latest: 20), posture: .sitting,
                                     at: resumed.moment(0), days: Self.days,
                                     resume: Resume(posture: .sitting, stretchElapsed: 13, countedLong: true))
        resumed.at(20, .togglePosture)
        let events = first + resumed.events
        let totals = SummaryBuilder(days: Self.days).totals(from: t.state.today.day, through: t.state.today.day,
                                                             spans: [], events: events)[0]
        #expect(totals.longSittingStretches == 1)
        #expect(totals.longestSittingSeconds == 33)
    }

    /// 23:50 to 00:10 sitting: ten minutes on each day, not twenty on the second.
    @Test func aStretchThroughMidnightIsSplit() throws {
        let midnight = Self.days.start(of: LocalDay(year: 2026, month: 11, day: 27))
        var t = Timeline(TimerSettings(interval: minutes(45)), startWall: midnight - minutes(10), days: Self.days)
        t.at(minutes(20), .togglePosture)
        let before = Self.summary(t, LocalDay(year: 2026, month: 11, day: 26))
        let after = Self.summary(t, LocalDay(year: 2026, month: 11, day: 27))
        #expect(before.longestSittingSeconds == minutes(10))
        #expect(after.longestSittingSeconds == minutes(10))
        #expect(before.longSittingStretches + after.longSittingStretches == 0)
        // The live figures count the same way while the stretch runs.
        var live = Timeline(TimerSettings(interval: minutes(45)), startWall: midnight - minutes(10), days: Self.days)
        live.at(minutes(15))
        #expect(live.state.todayLive.longestSittingSeconds == minutes(5))
    }
}
