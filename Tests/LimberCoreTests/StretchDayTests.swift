import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// A stretch is recorded on the day it happened, however late its end is noticed: after a
/// sleep across midnight, after an away spell across midnight, and by the recovery of a run
/// that died while the person was away. No day of history is lost or given to the next.
@Suite struct StretchDayTests {
    static let days = CalendarDays(Timeline.utc)
    static let firstDay = LocalDay(year: 2026, month: 11, day: 26)
    static let nextDay = LocalDay(year: 2026, month: 11, day: 27)
    static let midnight = days.start(of: nextDay)

    static func summary(_ spans: [Span], _ events: [HistoryEvent], _ day: LocalDay) -> DayTotals {
        SummaryBuilder(days: days).totals(from: day, through: day, spans: spans, events: events)[0]
    }

    /// Sitting from 23:00, the prompt at 23:45, the lid shut at 23:50 and opened at 08:00: a
    /// long stretch of 50 minutes and a natural break that ended the prompt, all on the first
    /// day; the morning starts from nothing.
    @Test func aSleepAcrossMidnightLeavesTheStretchOnItsDay() {
        var t = Timeline(TimerSettings(interval: minutes(45)), startWall: Self.midnight - minutes(60), days: Self.days)
        t.at(minutes(50))
        t.jump(to: minutes(60 + 8 * 60))
        let first = Self.summary(t.spans, t.events, Self.firstDay), next = Self.summary(t.spans, t.events, Self.nextDay)
        #expect(first.longestSittingSeconds == minutes(50))
        #expect(first.longSittingStretches == 1)
        #expect(first.naturalBreaks == 1 && first.naturalAfterPrompt == 1)
        #expect(next.longSittingStretches == 0)
        #expect(next.longestSittingSeconds == 0)
        #expect(next.naturalBreaks == 0)
        // The live figures are the summary's.
        #expect(t.state.today.longSittingStretches == 0 && t.state.today.naturalBreaks == 0)
        #expect(t.state.todayLive.longestSittingSeconds == 0)
    }

    /// A stretch from 23:00 through midnight to 00:30, then a sleep: half an hour on each day
    /// (the first day's part recorded at midnight), long once, on the day it ended.
    @Test func aStretchThroughMidnightEndedBySleepKeepsEachDaysPart() {
        var t = Timeline(TimerSettings(interval: minutes(45)), startWall: Self.midnight - minutes(30), days: Self.days)
        t.at(minutes(60))
        t.jump(to: minutes(60 + 48 * 60)) // two days later
        let first = Self.summary(t.spans, t.events, Self.firstDay), next = Self.summary(t.spans, t.events, Self.nextDay)
        #expect(first.longestSittingSeconds == minutes(30))
        #expect(next.longestSittingSeconds == minutes(30))
        #expect(first.longSittingStretches + next.longSittingStretches == 1)
        let later = Self.summary(t.spans, t.events, Self.days.day(of: t.moment(minutes(60 + 48 * 60)).wall))
        #expect(later.longSittingStretches == 0 && later.longestSittingSeconds == 0 && later.naturalBreaks == 0)
    }

    /// `limber away` at 23:50 after 50 minutes of sitting, back at 08:00: as after a sleep.
    @Test func anAwaySpellAcrossMidnightLeavesTheStretchOnItsDay() {
        var t = Timeline(TimerSettings(interval: minutes(45)), startWall: Self.midnight - minutes(60), days: Self.days)
        t.at(minutes(50), .away)
        t.jump(to: minutes(60 + 8 * 60), .back(wasHere: false))
        t.at(minutes(60 + 8 * 60 + 2)) // the welcome-back line settles after a minute
        let first = Self.summary(t.spans, t.events, Self.firstDay), next = Self.summary(t.spans, t.events, Self.nextDay)
        #expect(first.longestSittingSeconds == minutes(50))
        #expect(first.longSittingStretches == 1)
        #expect(first.naturalBreaks == 1)
        #expect(next.longSittingStretches == 0 && next.naturalBreaks == 0)
        #expect(t.state.todayLive.longestSittingSeconds == minutes(2))
        #expect(t.state.today.longSittingStretches == 0 && t.state.today.naturalBreaks == 0)
    }

    /// A run killed during an away spell and started again later: its stretch (before the
    /// person left) is recorded, as the engine that saw the person come back records it.
    @Test(arguments: [minutes(2), minutes(6), minutes(90)])
    func aRunThatDiedWhileAwayKeepsTheStretch(backAfter: Double) {
        let settings = TimerSettings(interval: minutes(45), awayAfter: minutes(5))
        var t = Timeline(settings, startWall: Timeline.start, days: Self.days)
        t.at(minutes(30), .away)
        t.at(minutes(31))
        // Died here (kill -9): its last heartbeat.
        let snapshot = SessionSnapshot(t.state, pid: 1, at: t.moment(minutes(31)), running: true)
        var restarted = t.events, restartedSpans = t.spans
        let back = t.moment(minutes(30) + backAfter)
        let recovery = Recovery.plan(previous: snapshot, now: back.wall, awayAfter: settings.awayAfter, days: Self.days)
        restarted += recovery.events
        restartedSpans += recovery.spans
        // The same person, with the timer that ran on: back at the same moment, then quit.
        t.jump(to: minutes(30) + backAfter, .back(wasHere: false))
        if let resume = recovery.resume {
            #expect(resume.stretchElapsed == t.state.stretchElapsed)
            #expect(backAfter < settings.awayAfter)
        } else {
            #expect(t.state.stretchElapsed == 0)
            #expect(backAfter >= settings.awayAfter)
        }
        t.jump(to: minutes(30) + backAfter, .quit)
        var resumed = TimerEngine(settings: settings, posture: .sitting, at: back, days: Self.days, resume: recovery.resume)
        for case .record(let occurrence) in resumed.startEffects() + resumed.handle(.quit, at: back) {
            if case .span(let span) = occurrence { restartedSpans.append(span) }
            else if let event = HistoryEvent(occurrence, at: back.wall, posture: .sitting) { restarted.append(event) }
        }
        let day = Self.days.day(of: Timeline.start)
        let one = Self.summary(t.spans, t.events, day), two = Self.summary(restartedSpans, restarted, day)
        #expect(two == one)
        #expect(two.longestSittingSeconds >= minutes(30))
        #expect(two.awaySeconds == backAfter)
    }
}
