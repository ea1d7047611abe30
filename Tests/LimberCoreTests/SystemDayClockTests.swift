import Foundation
import LimberClock
import LimberCore
import LimberTestSupport
import Testing

/// The C-library day clock agrees with Foundation's calendar, in pinned zones (the CI machine
/// runs in UTC, which has no DST): hour by hour over a year, and at both DST changes, including
/// a midnight that does not exist (Santiago, Beirut) and a 30-minute shift (Lord Howe).
@Suite struct SystemDayClockTests {
    static let zones = ["Europe/Berlin", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe", "UTC"]

    static func calendar(_ zone: String) throws -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        return calendar
    }

    @Test(arguments: zones)
    func agreesWithFoundationOverAYear(zone: String) throws {
        let system = SystemDayClock(zone: zone)
        let calendar = try Self.calendar(zone)
        let foundation = CalendarDays(calendar)
        var date = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01 UTC
        for _ in 0..<(366 * 8) {
            let day = system.day(of: date)
            #expect(day == foundation.day(of: date), "\(zone) \(date)")
            #expect(system.start(of: day) == calendar.startOfDay(for: date), "\(zone) \(day)")
            let parts = calendar.dateComponents([.hour, .minute], from: date)
            #expect(system.timeOfWeek(date).minute == parts.hour! * 60 + parts.minute!, "\(zone) \(date)")
            date.addTimeInterval(3 * 3600 + 7 * 60) // a step that visits every hour and odd minutes
        }
    }

    /// Each DST change of 2026 (found by Foundation), and the day it falls in: that day is
    /// longer or shorter by exactly the change, and starts at its first real instant.
    @Test(arguments: zones.dropLast())
    func bothDSTChangesGiveDaysOfTheRightLength(zone: String) throws {
        let system = SystemDayClock(zone: zone)
        let calendar = try Self.calendar(zone)
        let timeZone = calendar.timeZone
        var transitions: [Date] = []
        var after = Date(timeIntervalSince1970: 1_767_225_600)
        while transitions.count < 2, let next = timeZone.nextDaylightSavingTimeTransition(after: after) {
            transitions.append(next)
            after = next
        }
        #expect(transitions.count == 2, "\(zone)")
        for transition in transitions {
            let change = timeZone.daylightSavingTimeOffset(for: transition + 1) - timeZone.daylightSavingTimeOffset(for: transition - 1)
            #expect(change != 0)
            let day = system.day(of: transition)
            let (start, end) = system.interval(of: day)
            #expect(end.timeIntervalSince(start) == 86_400 - change, "\(zone) \(day)")
            #expect(start == calendar.startOfDay(for: transition), "\(zone) \(day)")
            #expect(system.day(of: start) == day && system.day(of: start - 1) < day, "\(zone) \(day)")
        }
    }

    @Test func dayTextIsISO() {
        #expect(LocalDay(year: 2026, month: 3, day: 7).description == "2026-03-07")
    }
}
