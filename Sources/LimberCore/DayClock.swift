#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which local calendar day an instant falls on, and when a day starts.
///
/// A protocol so tests can pin a time zone; the program uses the C library's local time,
/// which reads the system's zone files and avoids loading ICU (about 10 MB of memory).
public protocol DayClock: Sendable {
    func day(of date: Date) -> LocalDay
    func start(of day: LocalDay) -> Date
    /// The ISO weekday (1 Monday … 7 Sunday) and minute of the day, in local time.
    func timeOfWeek(_ date: Date) -> (weekday: Int, minute: Int)
}

extension DayClock {
    /// The day after `day`. Days are 23 to 25 hours long, so step 36 hours past its start.
    public func day(after day: LocalDay) -> LocalDay {
        self.day(of: start(of: day).addingTimeInterval(36 * 3600))
    }

    public func day(before day: LocalDay) -> LocalDay {
        self.day(of: start(of: day).addingTimeInterval(-12 * 3600))
    }

    /// The wall-clock interval a day covers.
    public func interval(of day: LocalDay) -> (start: Date, end: Date) {
        (start(of: day), start(of: self.day(after: day)))
    }
}

/// Local time as the C library sees it (the TZ variable or /etc/localtime).
public struct SystemDayClock: DayClock {
    public init() {}

    public func day(of date: Date) -> LocalDay {
        var seconds = time_t(Int(saturating: date.timeIntervalSince1970.rounded(.down)))
        var parts = tm()
        localtime_r(&seconds, &parts)
        return LocalDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    public func timeOfWeek(_ date: Date) -> (weekday: Int, minute: Int) {
        var seconds = time_t(Int(saturating: date.timeIntervalSince1970.rounded(.down)))
        var parts = tm()
        localtime_r(&seconds, &parts)
        let weekday = parts.tm_wday == 0 ? 7 : Int(parts.tm_wday)
        return (weekday, Int(parts.tm_hour) * 60 + Int(parts.tm_min))
    }

    public func start(of day: LocalDay) -> Date {
        var parts = tm()
        parts.tm_year = Int32(clamping: day.year - 1900)
        parts.tm_mon = Int32(clamping: day.month - 1)
        parts.tm_mday = Int32(clamping: day.day)
        parts.tm_isdst = -1 // let the C library decide whether summer time applies
        return Date(timeIntervalSince1970: Double(mktime(&parts)))
    }
}
