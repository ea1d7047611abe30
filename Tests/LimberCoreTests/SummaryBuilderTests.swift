import Foundation
import LimberCore
import LimberTestSupport
import Testing

/// Day figures from spans and events: midnight, DST, away gaps, a wall clock set back, and
/// the counting rules.
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
        #expect(days[1].naturalBreaks == 1 && days[1].naturalAfterPrompt == 0 && days[1].breaksDue == 0)
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

    /// Span lengths come from the monotonic clock. When the wall clock is set back, two spans
    /// overlap on the wall clock, but they are different real minutes: each keeps its length,
    /// so the days add up to exactly the time that passed — nothing twice, nothing lost —
    /// even when the clock is set back across midnight.
    @Test func aWallClockSetBackCountsEachRealSecondOnce() {
        // Sat 20 minutes from 23:50, the clock was set back 30 minutes, then stood 40 minutes.
        let spans = [Span(activity: .sitting, start: Self.midnight - 600, seconds: 1200),
                     Span(activity: .standing, start: Self.midnight + 600 - 1800, seconds: 2400)]
        let days = SummaryBuilder(days: Self.utc).totals(from: Self.day1, through: Self.day2, spans: spans, events: [])
        let total = days.reduce(0) { $0 + $1.sittingSeconds + $1.standingSeconds }
        #expect(total == 3600)
        #expect(days.map(\.sittingSeconds) == [600, 600])
        #expect(days.map(\.standingSeconds) == [1200, 1200])
    }

    @Test func eachPromptEndsOnceAndTheCountsAddUp() {
        let at = Self.midnight + 100
        let events: [HistoryEvent] = [
            .init(at: at, kind: .due), .init(at: at, kind: .due), .init(at: at, kind: .due), .init(at: at, kind: .due),
            .init(at: at, kind: .snooze),
            .init(at: at, kind: .skip),
            .init(at: at, kind: .breakStart, result: .prompted), .init(at: at, kind: .breakEnd, result: .early),
            .init(at: at, kind: .breakStart, result: .prompted), .init(at: at, kind: .breakEnd, result: .away),
            .init(at: at, kind: .breakStart, result: .early), .init(at: at, kind: .breakEnd, result: .completed),
            .init(at: at, kind: .naturalBreak, result: .afterPrompt), .init(at: at, kind: .naturalBreak),
            .init(at: at, kind: .posture, posture: .standing),
        ]
        let day = SummaryBuilder(days: Self.utc).totals(from: Self.day2, through: Self.day2, spans: [], events: events)[0]
        #expect(day.breaksTaken == 2 && day.breaksSkipped == 1 && day.naturalAfterPrompt == 1)
        #expect(day.breaksDue == 4)
        #expect(day.breaksTaken + day.breaksSkipped + day.naturalAfterPrompt == day.breaksDue)
        #expect(day.breaksEarly == 1 && day.breaksStarted == 3)
        #expect(day.breaksEndedEarly == 1) // the one ended by time away is not "ended early"
        #expect(day.naturalBreaks == 2 && day.snoozes == 1 && day.postureChanges == 1)
    }

    @Test func exercisesAndStretchesAreCounted() {
        let at = Self.midnight + 100
        let events: [HistoryEvent] = [
            .init(at: at, kind: .exercise, name: "cat-cow", result: .done),
            .init(at: at, kind: .exercise, name: "cat-cow", result: .done),
            .init(at: at, kind: .exercise, name: "walk", result: .partial),
            .init(at: at, kind: .exercise, name: "bird-dog", result: .skipped),
            .init(at: at, kind: .stretchEnd, posture: .sitting, seconds: 3000, result: .long),
            .init(at: at, kind: .stretchEnd, posture: .standing, seconds: 4000, result: .long),
            .init(at: at, kind: .presenceCorrection, seconds: 900),
        ]
        let day = SummaryBuilder(days: Self.utc, helps: ["cat-cow": [.lowerBack], "bird-dog": [.core]])
            .totals(from: Self.day2, through: Self.day2, spans: [], events: events)[0]
        #expect(day.exercisesDone == ["cat-cow": 2] && day.exercisesPartial == ["walk": 1] && day.exercisesSkipped == 1)
        #expect(day.areaCounts == [.lowerBack: 2]) // a skipped exercise worked nothing
        #expect(day.longestSittingSeconds == 3000 && day.longSittingStretches == 1)
        #expect(day.presenceCorrections == 1)
    }

    @Test func aPromptEndingAfterMidnightCountsOnTheDayItEnds() {
        let events: [HistoryEvent] = [
            .init(at: Self.midnight - 60, kind: .due),
            .init(at: Self.midnight + 60, kind: .breakStart, result: .prompted),
        ]
        let days = SummaryBuilder(days: Self.utc).totals(from: Self.day1, through: Self.day2, spans: [], events: events)
        #expect(days.map(\.breaksDue) == [0, 1])
        #expect(days.map(\.breaksTaken) == [0, 1])
    }
}
