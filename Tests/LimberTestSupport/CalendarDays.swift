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

    public func start(of day: LocalDay) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }
}
