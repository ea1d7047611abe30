import Foundation
import Testing
@testable import LimberClock
import LimberCore
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

    @Test func aLongPauseStaysPausedEndsTheStretchAndIsANaturalBreak() {
        var t = Timeline()
        t.at(minutes(30), .togglePause)
        t.tick(through: minutes(40))
        let effects = t.at(minutes(40), .togglePause)
        #expect(effects == [.record(.naturalBreak(afterPrompt: false)), .record(.resumed(pausedSeconds: minutes(10)))])
        #expect(t.state.phase == .working)
        #expect(t.state.stretchElapsed == 0)
        #expect(t.state.today.pausedSeconds == minutes(10))
        #expect(t.state.today.awaySeconds == 0)
        #expect(t.state.today.naturalBreaks == 1 && t.state.today.naturalAfterPrompt == 0)
        #expect(t.state.today.breaksDue == 0)
    }

    @Test func aLongPauseWhileDueEndsThePromptNaturally() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(46), .togglePause)
        t.jump(to: minutes(46) + minutes(30)) // asleep while paused: still paused time
        t.at(minutes(46) + minutes(30), .togglePause)
        #expect(t.state.phase == .working)
        #expect(t.state.today.pausedSeconds == minutes(30))
        #expect(t.state.today.awaySeconds == 0)
        #expect(t.state.today.naturalAfterPrompt == 1 && t.state.today.breaksDue == 1)
    }

    @Test func aShortPauseWhileDueReturnsToThePrompt() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(46), .togglePause)
        t.at(minutes(47), .togglePause)
        #expect(t.state.isDue)
        #expect(t.state.today.breaksDue == 0) // still open
        t.at(minutes(48), .startBreak)
        #expect(t.state.today.breaksDue == 1 && t.state.today.breaksTaken == 1)
    }

    @Test func aSleepGapIsTimeAwayAndEndsTheStretch() {
        var t = Timeline()
        t.tick(through: minutes(20))
        let effects = t.jump(to: minutes(20) + minutes(90))
        // The natural break happened when the sleep began: it is dated then.
        #expect(effects == [.record(.away(seconds: minutes(90))),
                            .record(.dated(.naturalBreak(afterPrompt: false), at: t.moment(minutes(20)).wall))])
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

    @Test func aGapWhileDueIsANaturalBreakThatEndsThePrompt() {
        var t = Timeline()
        t.at(minutes(45))
        t.jump(to: minutes(45) + minutes(10))
        #expect(t.state.phase == .working)
        #expect(t.state.today.naturalBreaks == 1)
        #expect(t.state.today.naturalAfterPrompt == 1 && t.state.today.breaksDue == 1)
    }

    @Test func aGapDuringABreakEndsIt() {
        var t = Timeline()
        t.at(minutes(10), .startBreak)
        let effects = t.jump(to: minutes(40))
        // The break meant to get you up: the next stretch is standing (issue 18 item 13).
        #expect(effects == [.record(.away(seconds: minutes(30))),
                            .record(.breakEnded(.away, seconds: 0)), .record(.postureChanged(to: .standing))])
        #expect(t.state.phase == .working)
        // Ended by time away, not by the user: not "ended early", here and in the summary alike.
        #expect(t.state.today.breaksEndedEarly == 0)
        #expect(t.state.today.breaksEarly == 1 && t.state.today.naturalBreaks == 0)
    }

    @Test func aWallClockJumpingBackwardsChangesNoDuration() {
        var t = Timeline()
        t.at(minutes(10))
        t.wallOffset = -3 * 86_400 // the wall clock is set back three days
        t.jump(to: minutes(11))
        #expect(t.state.today.day == CalendarDays(Timeline.utc).day(of: Timeline.start))
        #expect(t.state.stretchElapsed == minutes(11))
        #expect(t.state.todayLive.sittingSeconds >= minutes(10))
        #expect(t.state.todayLive.sittingSeconds <= minutes(11))
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
        #expect(t.state.todayLive.sittingSeconds == minutes(9))
        t.jump(to: minutes(11)) // a 2-minute step across midnight
        #expect(t.state.today.day > firstDay)
        #expect(t.state.todayLive.sittingSeconds == minutes(1))
        // The stretch itself is not cut by midnight.
        #expect(t.state.stretchElapsed == minutes(11))
    }

    static let dstZones = ["Europe/Berlin", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe"]

    /// Both DST changes of 2026 in each zone: the engine's day starts at the zone's midnight
    /// (or the first instant after a midnight that does not exist), holds exactly the day's
    /// 23, 23½, 24½ or 25 hours, and the next day starts from zero.
    @Test(arguments: dstZones)
    func aDSTDayHoldsItsRealLengthAndSplitsAtLocalMidnight(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let days = SystemDayClock(zone: zone)
        var after = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01
        for _ in 0..<2 {
            let transition = try #require(timeZone.nextDaylightSavingTimeTransition(after: after))
            after = transition
            let change = timeZone.daylightSavingTimeOffset(for: transition + 1) - timeZone.daylightSavingTimeOffset(for: transition - 1)
            let (start, end) = days.interval(of: days.day(of: transition))
            // Readings a minute apart, from half an hour before the day to half an hour after.
            var t = Timeline(TimerSettings(interval: 3600 * 30, latest: 3600 * 31), startWall: start - 1800, days: days)
            let length = end.timeIntervalSince(start)
            #expect(length == 86_400 - change, "\(zone)")
            var seconds = 60.0
            while seconds <= 1800 + length - 60 {
                t.jump(to: seconds)
                seconds += 60
            }
            #expect(t.state.today.day == days.day(of: transition))
            #expect(t.state.todayLive.sittingSeconds == length - 60, "\(zone)")
            while seconds <= 1800 + length + 1800 {
                t.jump(to: seconds)
                seconds += 60
            }
            #expect(t.state.today.day == days.day(of: end))
            #expect(t.state.todayLive.sittingSeconds == 1800, "\(zone)")
        }
    }
}
