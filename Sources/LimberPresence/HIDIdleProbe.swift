#if os(macOS)
import CoreFoundation
import IOKit
import LimberCore

/// macOS: the keyboard and mouse idle time the HID system keeps (`HIDIdleTime`, IOKit),
/// read every few seconds. Compiled on macOS only; it is not exercised by the Linux tests.
public final class HIDIdleProbe: PresenceSource {
    public let kind = PresenceSourceKind.hid
    public let descriptor: Int32? = nil
    public private(set) var nextCheck: Double? = -.infinity
    private let interval: Double
    /// The last input reported (uptime).
    private var reported = -Double.infinity

    public init(interval: Double) {
        self.interval = interval
    }

    public var offReason: String? { Self.idleSeconds() == nil ? "no HID idle time from IOKit" : nil }

    public func check(at now: Moment) -> [PresenceSignal] {
        nextCheck = now.uptime + interval
        guard let idle = Self.idleSeconds() else { return [] }
        let input = now.uptime - idle
        // The idle time is read at a slightly different moment each time: a second's slack.
        guard input > reported + 1 else { return [] }
        reported = input
        return [.activity(at: input)]
    }

    /// Seconds since the last keyboard or mouse input.
    static func idleSeconds() -> Double? {
        let service = IOServiceGetMatchingService(kIOMainPortDefault, IOServiceMatching("IOHIDSystem"))
        guard service != 0 else { return nil }
        defer { IOObjectRelease(service) }
        guard let key = CFStringCreateWithCString(nil, "HIDIdleTime", CFStringBuiltInEncodings.UTF8.rawValue),
              let value = IORegistryEntryCreateCFProperty(service, key, kCFAllocatorDefault, 0)?.takeRetainedValue(),
              CFGetTypeID(value) == CFNumberGetTypeID() else { return nil }
        var nanoseconds: Int64 = 0
        guard CFNumberGetValue(unsafeBitCast(value, to: CFNumber.self), .sInt64Type, &nanoseconds) else { return nil }
        return Double(max(0, nanoseconds)) / 1e9
    }
}
#endif
