import Foundation
import LimberClock
import LimberCore
import LimberTestSupport
import Testing

/// When prompts resume after active hours: a pure function of the window and the local time.
@Suite struct ActiveHoursOpeningTests {
    static let nine = 9 * 60, six = 18 * 60
    static let weekdays = ActiveHours(start: nine, end: six, days: Set(1...5))

    @Test func laterTodayOrTomorrow() {
        // Tuesday 07:30: at 09:00 today; Tuesday 18:00 (the end is outside): Wednesday 09:00.
        #expect(Self.weekdays.nextOpening(after: 2, minute: 450) == .init(daysAhead: 0, weekday: 2, minute: Self.nine))
        #expect(Self.weekdays.nextOpening(after: 2, minute: Self.six) == .init(daysAhead: 1, weekday: 3, minute: Self.nine))
        #expect(Self.weekdays.nextOpening(after: 2, minute: Self.nine) == nil, "inside: no opening")
        #expect(Self.weekdays.nextOpening(after: 2, minute: Self.nine - 1)?.minute == Self.nine)
    }

    @Test func daysOffAreSkipped() {
        // Friday evening, Saturday and Sunday all wait for Monday.
        for (weekday, minute) in [(5, 20 * 60), (6, 0), (6, 12 * 60), (7, 23 * 60 + 59)] {
            let opening = Self.weekdays.nextOpening(after: weekday, minute: minute)
            #expect(opening?.weekday == 1 && opening?.minute == Self.nine, "\(weekday) \(minute)")
        }
        #expect(Self.weekdays.nextOpening(after: 5, minute: 20 * 60)?.daysAhead == 3)
        // Only Mondays, asked on a Monday evening: next week.
        let mondays = ActiveHours(start: Self.nine, end: Self.six, days: [1])
        #expect(mondays.nextOpening(after: 1, minute: 19 * 60) == .init(daysAhead: 7, weekday: 1, minute: Self.nine))
    }

    @Test func overnightWindows() {
        let nights = ActiveHours(start: 22 * 60, end: 6 * 60, days: ActiveHours.everyDay)
        #expect(nights.nextOpening(after: 3, minute: 12 * 60) == .init(daysAhead: 0, weekday: 3, minute: 22 * 60))
        #expect(nights.nextOpening(after: 3, minute: 6 * 60) == .init(daysAhead: 0, weekday: 3, minute: 22 * 60))
        #expect(nights.nextOpening(after: 3, minute: 23 * 60) == nil)
        #expect(nights.nextOpening(after: 3, minute: 5 * 60) == nil)
        // As `contains` reads it, the morning part belongs to the listed day: after a day off
        // the window opens at that day's midnight.
        let weekNights = ActiveHours(start: 22 * 60, end: 6 * 60, days: Set(1...5))
        #expect(weekNights.nextOpening(after: 7, minute: 12 * 60) == .init(daysAhead: 1, weekday: 1, minute: 0))
        #expect(weekNights.contains(weekday: 1, minute: 0))
        // 24:00-06:00: the evening part is empty; the next morning opens it.
        let late = ActiveHours(start: 24 * 60, end: 6 * 60, days: ActiveHours.everyDay)
        #expect(late.nextOpening(after: 3, minute: 12 * 60) == .init(daysAhead: 1, weekday: 4, minute: 0))
    }

    /// Every opening is inside the window and nothing before it (after the asked minute) is.
    @Test func theOpeningIsTheFirstMinuteInside() {
        let windows = [(Self.nine, Self.six), (22 * 60, 6 * 60), (0, 60), (600, 600), (23 * 60, 24 * 60)]
        let daySets: [Set<Int>] = [ActiveHours.everyDay, Set(1...5), [6, 7], [3]]
        for (start, end) in windows {
            for days in daySets {
                let hours = ActiveHours(start: start, end: end, days: days)
                for weekday in 1...7 {
                    for minute in stride(from: 0, to: 24 * 60, by: 17) {
                        guard let opening = hours.nextOpening(after: weekday, minute: minute) else {
                            #expect(hours.contains(weekday: weekday, minute: minute))
                            continue
                        }
                        #expect(hours.contains(weekday: opening.weekday, minute: opening.minute))
                        let target = opening.daysAhead * 24 * 60 + opening.minute
                        for step in stride(from: minute + 1, to: target, by: 7) {
                            let day: Int = (weekday - 1 + step / 1440) % 7 + 1
                            #expect(!hours.contains(weekday: day, minute: step % 1440))
                        }
                    }
                }
            }
        }
    }

    @Test func itReadsAsADayAndTime() {
        #expect(ActiveHours.Opening(daysAhead: 0, weekday: 2, minute: 9 * 60).sentence == "Prompts resume at 09:00")
        #expect(ActiveHours.Opening(daysAhead: 3, weekday: 1, minute: 9 * 60 + 5).sentence == "Prompts resume Mon 09:05")
        #expect(ActiveHours.Opening(daysAhead: 1, weekday: 7, minute: 0).when == "Sun 00:00")
    }

    /// The engine asks in local time: across the night summer time starts in Berlin, the
    /// morning's start is still 09:00 on the wall.
    @Test func theEngineUsesLocalTimeAcrossADSTChange() throws {
        let days = SystemDayClock(zone: "Europe/Berlin")
        // Sunday 2026-03-29 01:30 CET (00:30 UTC); clocks jump from 02:00 to 03:00.
        let start = Date(timeIntervalSince1970: 1_774_744_200)
        var t = Timeline(TimerSettings(activeHours: ActiveHours(start: 9 * 60, end: 17 * 60, days: Set(1...5))),
                         startWall: start, days: days)
        t.at(60)
        #expect(days.timeOfWeek(t.moment(60).wall) == (7, 91))
        #expect(t.state.promptsResume == .init(daysAhead: 1, weekday: 1, minute: 9 * 60))
        t.at(2 * 3600)
        #expect(days.timeOfWeek(t.moment(2 * 3600).wall) == (7, 4 * 60 + 30), "an hour skipped")
        #expect(t.state.promptsResume?.when == "Mon 09:00")
        #expect(LiveStatus(t.state, at: t.moment(t.now)).promptsResume?.when == "Mon 09:00")
    }
}
