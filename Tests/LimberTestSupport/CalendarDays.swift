import Foundation
import LimberCore

/// Days from a Foundation Calendar, so a test can pin the time zone (UTC, Europe/Berlin…).
public struct CalendarDays: DayClock {
    public let calendar: Calendar

    public init(_ calendar: Calendar) {
        self.calendar = calendar
    }

    public func day(of date: Date) -> LocalDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return LocalDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    public func timeOfWeek(_ date: Date) -> (weekday: Int, minute: Int) {
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        let weekday = parts.weekday! == 1 ? 7 : parts.weekday! - 1
        return (weekday, parts.hour! * 60 + parts.minute!)
    }

    public func start(of day: LocalDay) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }
}
