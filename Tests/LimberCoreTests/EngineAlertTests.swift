import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

/// Repeated alerts while a break is overdue, and active hours.
@Suite struct EngineAlertTests {
    @Test func theAlertRepeatsEveryFiveMinutesWhileOverdue() {
        var t = Timeline()
        let effects = t.at(minutes(45) + minutes(16))
        let bells = effects.filter { $0 == .bell }.count
        #expect(bells == 4) // at 45, 50, 55 and 60 minutes
        t.at(minutes(62), .startBreak)
        #expect(t.state.today.breaksDue == 1) // one prompt, however often it rang
    }

    @Test func noRepeatAfterTheBreakIsAnswered() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(46), .snooze)
        let effects = t.at(minutes(51) + 30)
        #expect(effects.filter { $0 == .bell }.count == 1) // only when the snooze ran out, at 51
    }

    /// Timeline.start is a Wednesday, 11:06:40 UTC.
    @Test func outsideActiveHoursNothingPromptsButTimeCounts() {
        let hours = ActiveHours(start: 12 * 60, end: 18 * 60, days: ActiveHours.everyDay)
        var t = Timeline(TimerSettings(activeHours: hours))
        let early = t.at(minutes(46)) // 11:52
        #expect(!early.contains(.bell))
        #expect(t.state.phase == .working)
        #expect(!t.state.promptsAllowed)
        #expect(t.state.stretchElapsed == minutes(46))
        #expect(t.state.todayLive.sittingSeconds == minutes(46))
        let later = t.at(minutes(54)) // 12:00: inside, and overdue
        #expect(later.contains(.bell))
        #expect(t.state.isDue)
    }

    @Test func activeDaysExcludeTheWeekend() {
        let weekdays = ActiveHours(start: 0, end: 24 * 60, days: ActiveHours.parseDays("mon-fri")!)
        #expect(weekdays.contains(weekday: 3, minute: 600))
        #expect(!weekdays.contains(weekday: 6, minute: 600))
        var saturday = Timeline(TimerSettings(activeHours: ActiveHours(days: [6, 7])))
        saturday.at(minutes(50))
        #expect(!saturday.state.isDue) // Wednesday is not an active day
    }

    @Test func windowsAndDaysParse() {
        #expect(ActiveHours.parseWindow("09:00-18:00")! == (540, 1080))
        #expect(ActiveHours.parseWindow("22:00 - 06:30")! == (1320, 390))
        #expect(ActiveHours.parseWindow("9-18") == nil)
        #expect(ActiveHours.parseWindow("25:00-26:00") == nil)
        #expect(ActiveHours.parseDays("mon-fri") == [1, 2, 3, 4, 5])
        #expect(ActiveHours.parseDays("sat,sun") == [6, 7])
        #expect(ActiveHours.parseDays("fri-mon") == [5, 6, 7, 1])
        #expect(ActiveHours.parseDays("funday") == nil)
        let night = ActiveHours(start: 22 * 60, end: 6 * 60)
        #expect(night.contains(weekday: 1, minute: 23 * 60) && night.contains(weekday: 1, minute: 60))
        #expect(!night.contains(weekday: 1, minute: 12 * 60))
    }
}
