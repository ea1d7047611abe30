#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberApp
import LimberCore

/// Reads the real clocks for the run loop.
final class SystemClock: AppClock {
    /// Linux's CLOCK_MONOTONIC stops while the machine sleeps; CLOCK_BOOTTIME keeps counting,
    /// so a laptop lid closed for an hour shows up as an hour's gap. macOS's CLOCK_MONOTONIC
    /// already counts sleep.
    func now() -> Moment {
        var spec = timespec()
        #if os(Linux)
        clock_gettime(CLOCK_BOOTTIME, &spec)
        #else
        clock_gettime(CLOCK_MONOTONIC, &spec)
        #endif
        return Moment(uptime: Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9, wall: Date())
    }
}
