import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

/// Pauses, sleep gaps, clock jumps and midnight.
@Suite struct EngineTimeTests {
    @Test func aShortPauseContinuesTheStretch() {
        var t = Timeline()
        t.at(minutes(10))
        #expect(t.at(minutes(10), .togglePause) == [.record(.paused)])
        #expect(t.state.isPaused)
        t.tick(through: minutes(14))
        #expect(t.at(minutes(14), .togglePause) == [.record(.resumed(pausedSeconds: minutes(4)))])
        #expect(t.state.phase == .working)
        #expect(t.state.stretchElapsed == minutes(10))
        #expect(t.state.today.pausedSeconds == minutes(4))
        #expect(t.state.today.sittingSeconds == minutes(10))
        // The paused minutes push the prompt back by as much.
        t.at(minutes(49) - 1)
        #expect(!t.state.isDue)
        t.at(minutes(49))
        #expect(t.state.isDue)
    }

    @Test func aLongPauseStartsANewStretchOnResume() {
        var t = Timeline()
        t.at(minutes(30), .togglePause)
        t.tick(through: minutes(40))
        t.at(minutes(40), .togglePause)
        #expect(t.state.phase == .working)
        #expect(t.state.stretchElapsed == 0)
        #expect(t.state.today.pausedSeconds == minutes(10))
        #expect(t.state.today.awaySeconds == 0)
    }

    @Test func aPauseWhileDueReturnsToThePrompt() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(46), .togglePause)
        t.at(minutes(47), .togglePause)
        #expect(t.state.isDue)
        #expect(t.state.today.breaksDue == 1)
    }

    @Test func aSleepGapIsTimeAwayAndEndsTheStretch() {
        var t = Timeline()
        t.tick(through: minutes(20))
        let effects = t.jump(to: minutes(20) + minutes(90))
        #expect(effects == [.record(.away(seconds: minutes(90))), .record(.naturalBreak)])
        #expect(t.state.phase == .working)
        #expect(t.state.stretchElapsed == 0)
        #expect(t.state.today.awaySeconds == minutes(90))
        #expect(t.state.today.sittingSeconds == minutes(20))
        #expect(t.state.today.naturalBreaks == 1)
    }

    @Test func aGapJustUnderTheThresholdCountsNormally() {
        var t = Timeline()
        t.at(minutes(10))
        t.jump(to: minutes(10) + minutes(5) - 1)
        #expect(t.state.stretchElapsed == minutes(15) - 1)
        #expect(t.state.today.awaySeconds == 0)
        #expect(t.state.today.naturalBreaks == 0)
    }

    @Test func aGapWhileDueIsANaturalBreak() {
        var t = Timeline()
        t.at(minutes(45))
        t.jump(to: minutes(45) + minutes(10))
        #expect(t.state.phase == .working)
        #expect(t.state.today.naturalBreaks == 1)
    }

    @Test func aGapDuringABreakEndsIt() {
        var t = Timeline()
        t.at(minutes(10), .startBreak)
        let effects = t.jump(to: minutes(40))
        #expect(effects == [.record(.away(seconds: minutes(30))),
                            .record(.breakEnded(completed: false, seconds: 0))])
        #expect(t.state.phase == .working)
    }

    @Test func aWallClockJumpingBackwardsChangesNoDuration() {
        var t = Timeline()
        t.at(minutes(10))
        t.wallOffset = -3 * 86_400 // the wall clock is set back three days
        t.jump(to: minutes(11))
        #expect(t.state.today.day == CalendarDays(Timeline.utc).day(of: Timeline.start))
        #expect(t.state.stretchElapsed == minutes(11))
        #expect(t.state.today.sittingSeconds >= minutes(10))
        #expect(t.state.today.sittingSeconds <= minutes(11))
    }

    @Test func aMonotonicReadingThatGoesBackIsIgnored() {
        var t = Timeline()
        t.at(minutes(10))
        t.jump(to: minutes(9))
        #expect(t.state.stretchElapsed == minutes(10))
        t.jump(to: minutes(11))
        #expect(t.state.stretchElapsed == minutes(12))
    }

    @Test func midnightStartsANewDayAndSplitsTheSeconds() {
        // Start 10 minutes before midnight, UTC.
        let beforeMidnight = Date(timeIntervalSince1970: 1_795_046_400 - 600)
        var t = Timeline(startWall: beforeMidnight)
        let firstDay = t.state.today.day
        t.tick(through: minutes(9))
        #expect(t.state.today.sittingSeconds == minutes(9))
        t.jump(to: minutes(11)) // a 2-minute step across midnight
        #expect(t.state.today.day > firstDay)
        #expect(t.state.today.sittingSeconds == minutes(1))
        // The stretch itself is not cut by midnight.
        #expect(t.state.stretchElapsed == minutes(11))
    }

    @Test func daysSplitAtLocalMidnightAcrossDST() throws {
        var berlin = Calendar(identifier: .gregorian)
        berlin.timeZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        // 2026-10-25 is the day Berlin leaves summer time; it lasts 25 hours.
        let midnight = try #require(berlin.date(from: DateComponents(year: 2026, month: 10, day: 25)))
        var t = Timeline(startWall: midnight.addingTimeInterval(-30), calendar: berlin)
        t.jump(to: 60)
        #expect(t.state.today.day == LocalDay(year: 2026, month: 10, day: 25))
        #expect(t.state.today.sittingSeconds == 30)
    }
}
