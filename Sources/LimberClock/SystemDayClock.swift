#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import LimberCore

/// Local time as the C library sees it (the TZ variable or /etc/localtime), or in a named zone.
/// The C library reads the system's zone files and avoids loading ICU (about 10 MB of memory).
/// It lives here, at the edge, so the rules in LimberCore stay free of the process's clock
/// and environment.
public struct SystemDayClock: DayClock {
    /// An IANA zone name (`Europe/Berlin`) used instead of the local zone, so tests can pin one;
    /// nil (the program) for the local zone.
    public let zone: String?

    public init(zone: String? = nil) {
        self.zone = zone
    }

    public func day(of date: Date) -> LocalDay {
        localTime(date).day
    }

    public func timeOfWeek(_ date: Date) -> (weekday: Int, minute: Int) {
        let time = localTime(date)
        return (time.weekday, time.minute)
    }

    public func start(of day: LocalDay) -> Date {
        inZone {
            var parts = tm()
            parts.tm_year = Int32(clamping: day.year - 1900)
            parts.tm_mon = Int32(clamping: day.month - 1)
            parts.tm_mday = Int32(clamping: day.day)
            parts.tm_isdst = -1 // let the C library decide whether summer time applies
            return Date(timeIntervalSince1970: Double(mktime(&parts)))
        }
    }

    /// The local day, ISO weekday and minute of the day of `date`.
    private func localTime(_ date: Date) -> (day: LocalDay, weekday: Int, minute: Int) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        // Out of time_t's range there is no calendar day to find; clamp rather than trap.
        var time = time_t(clamping: Int64(min(max(seconds.isNaN ? 0 : seconds, -1e15), 1e15)))
        return inZone {
            var parts = tm()
            localtime_r(&time, &parts)
            let day = LocalDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            return (day, parts.tm_wday == 0 ? 7 : Int(parts.tm_wday), Int(parts.tm_hour) * 60 + Int(parts.tm_min))
        }
    }

    /// Runs `body` with the C library's zone set to `zone`. The zone is process-wide state, so
    /// every reading takes the lock: none may see another's zone half-way.
    private func inZone<T: Sendable>(_ body: () -> T) -> T {
        zoneLock.withLock { _ in
            guard let zone else { return body() }
            let saved = getenv("TZ").map { String(cString: $0) }
            setenv("TZ", zone, 1)
            tzset()
            defer {
                if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
                tzset()
            }
            return body()
        }
    }
}

private let zoneLock = Mutex(())
