import Foundation
import LimberCore
import LimberTestSupport
import Testing
@testable import LimberStore
import LimberUI

/// Day figures from spans and events: midnight, DST, away gaps, a wall clock set back, and
/// the exact JSON and CSV.
@Suite struct SummaryBuilderTests {
    static let utc = CalendarDays(Timeline.utc)
    static let day1 = LocalDay(year: 2026, month: 11, day: 26)
    static let day2 = LocalDay(year: 2026, month: 11, day: 27)
    static let midnight = utc.start(of: day2)

    @Test func aSpanAcrossMidnightCountsInBothDays() {
        let spans = [Span(activity: .sitting, start: Self.midnight - 600, seconds: 1500)]
        let events = [HistoryEvent(at: Self.midnight + 900, kind: .stretchEnd, posture: .sitting, seconds: 1500)]
        let days = SummaryBuilder(days: Self.utc).totals(from: Self.day1, through: Self.day2, spans: spans, events: events)
        #expect(days.map(\.sittingSeconds) == [600, 900])
        #expect(days.map(\.longestSittingSeconds) == [0, 1500])
    }

    @Test func anAwayGapOverNightIsAwayTimeAndANaturalBreak() {
        let spans = [Span(activity: .standing, start: Self.midnight - 3600, seconds: 1800),
                     Span(activity: .away, start: Self.midnight - 1800, seconds: 8 * 3600)]
        let events = [HistoryEvent(at: Self.midnight + 6 * 3600, kind: .naturalBreak)]
        let days = SummaryBuilder(days: Self.utc).totals(from: Self.day1, through: Self.day2, spans: spans, events: events)
        #expect(days[0].awaySeconds == 1800 && days[0].standingSeconds == 1800)
        #expect(days[1].awaySeconds == 7.5 * 3600)
        #expect(days[1].naturalBreaks == 1)
    }

    @Test func aDSTDayHasTwentyFiveHoursOfRoom() throws {
        var berlin = Calendar(identifier: .gregorian)
        berlin.timeZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let days = CalendarDays(berlin)
        let day = LocalDay(year: 2026, month: 10, day: 25)
        let (start, end) = days.interval(of: day)
        #expect(end.timeIntervalSince(start) == 25 * 3600)
        let spans = [Span(activity: .away, start: start - 3600, seconds: 27 * 3600)]
        let totals = SummaryBuilder(days: days).totals(from: day, through: day, spans: spans, events: [])
        #expect(totals[0].awaySeconds == 25 * 3600)
    }

    @Test func aWallClockSetBackDoesNotCountTwice() {
        // Two spans overlap on the wall clock because it was set back ten minutes; each span's
        // own length is kept, so nothing is negative and nothing is lost.
        let spans = [Span(activity: .sitting, start: Self.midnight + 3600, seconds: 1200),
                     Span(activity: .standing, start: Self.midnight + 3600 + 600, seconds: 600)]
        let day = SummaryBuilder(days: Self.utc).totals(from: Self.day2, through: Self.day2, spans: spans, events: [])[0]
        #expect(day.sittingSeconds == 1200 && day.standingSeconds == 600)
    }

    @Test func eventsAreCounted() {
        let at = Self.midnight + 100
        let events: [HistoryEvent] = [
            .init(at: at, kind: .due), .init(at: at, kind: .due), .init(at: at, kind: .snooze),
            .init(at: at, kind: .skip), .init(at: at, kind: .breakStart), .init(at: at, kind: .breakEnd, result: "early"),
            .init(at: at, kind: .posture, posture: .standing),
            .init(at: at, kind: .exercise, name: "cat-cow", result: "done"),
            .init(at: at, kind: .exercise, name: "cat-cow", result: "done"),
            .init(at: at, kind: .exercise, name: "walk", result: "partial"),
            .init(at: at, kind: .exercise, name: "bird-dog", result: "skipped"),
            .init(at: at, kind: .stretchEnd, posture: .sitting, seconds: 3000, result: "long"),
            .init(at: at, kind: .stretchEnd, posture: .standing, seconds: 4000, result: "long"),
            .init(at: at, kind: .presenceCorrection, seconds: 900),
        ]
        let day = SummaryBuilder(days: Self.utc, helps: ["cat-cow": [.lowerBack]])
            .totals(from: Self.day2, through: Self.day2, spans: [], events: events)[0]
        #expect(day.breaksDue == 2 && day.snoozes == 1 && day.breaksSkipped == 1 && day.breaksTaken == 1)
        #expect(day.breaksEndedEarly == 1 && day.postureChanges == 1)
        #expect(day.exercisesDone == ["cat-cow": 2] && day.exercisesPartial == ["walk": 1] && day.exercisesSkipped == 1)
        #expect(day.areaCounts == [.lowerBack: 2])
        #expect(day.longestSittingSeconds == 3000 && day.longSittingStretches == 1)
        #expect(day.presenceCorrections == 1)
    }

    @Test func exactJSONAndCSV() {
        var day = DayTotals(day: Self.day2)
        day.sittingSeconds = 3600.4
        day.standingSeconds = 1800
        day.breakSeconds = 240
        day.breaksDue = 2
        day.breaksTaken = 1
        day.exercisesDone = ["walk": 1, "cat-cow": 2]
        day.presenceCorrections = 1
        let empty = DayTotals(day: Self.day1)
        #expect(SummaryFormat.jsonText([empty, day]) == """
        [
          {"date": "2026-11-26", "sitting_seconds": 0, "standing_seconds": 0, "break_seconds": 0, "paused_seconds": 0, "away_seconds": 0, "breaks_due": 0, "breaks_taken": 0, "breaks_skipped": 0, "snoozes": 0, "natural_breaks": 0, "longest_sitting_seconds": 0, "long_sitting_stretches": 0, "posture_changes": 0, "presence_corrections": 0, "exercises": {}},
          {"date": "2026-11-27", "sitting_seconds": 3600, "standing_seconds": 1800, "break_seconds": 240, "paused_seconds": 0, "away_seconds": 0, "breaks_due": 2, "breaks_taken": 1, "breaks_skipped": 0, "snoozes": 0, "natural_breaks": 0, "longest_sitting_seconds": 0, "long_sitting_stretches": 0, "posture_changes": 0, "presence_corrections": 1, "exercises": {"cat-cow": 2, "walk": 1}}
        ]
        """)
        #expect(SummaryFormat.csvText([day]) == """
        date,sitting_seconds,standing_seconds,break_seconds,paused_seconds,away_seconds,breaks_due,breaks_taken,breaks_skipped,snoozes,natural_breaks,longest_sitting_seconds,long_sitting_stretches,posture_changes,presence_corrections
        2026-11-27,3600,1800,240,0,0,2,1,0,0,0,0,0,0,1
        """)
    }

    @Test func theJSONParses() throws {
        var day = DayTotals(day: Self.day2)
        day.exercisesDone = ["a\"b": 1]
        let parsed = try JSONSerialization.jsonObject(with: Data(SummaryFormat.jsonText([day]).utf8)) as? [[String: Any]]
        #expect(parsed?.first?["date"] as? String == "2026-11-27")
        #expect((parsed?.first?["exercises"] as? [String: Int])?["a\"b"] == 1)
    }
}
