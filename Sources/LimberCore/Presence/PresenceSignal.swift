/// Where a sign of the person comes from.
public enum PresenceSourceKind: String, Sendable, Equatable, CaseIterable, Codable {
    /// The access times of the person's own terminals (what `w` shows as IDLE).
    case terminal
    /// The desktop session's idle and lock hints (systemd-logind over D-Bus).
    case desktop
    /// The keyboard and mouse idle time of macOS (IOKit).
    case hid
}

/// What a presence source saw. Times are on the engine's monotonic clock (uptime seconds).
public enum PresenceSignal: Sendable, Equatable {
    /// The person's last input was at this time (it may be in the past).
    case activity(at: Double)
    /// No input since this time.
    case idle(since: Double)
    /// The screen is locked: the person is away now.
    case locked
    case unlocked
}

/// The latest word from each source, and the moments the person was certainly here (a key in
/// limber, a start, a return). Only what the engine needs to decide "away since when".
public struct PresenceReadings: Sendable, Equatable {
    /// Source → the last input it saw (uptime).
    public private(set) var lastActivity: [PresenceSourceKind: Double] = [:]
    public private(set) var locked: Set<PresenceSourceKind> = []
    /// The last time the person was certainly here without a source saying so.
    public internal(set) var floor: Double

    public init(at uptime: Double) {
        floor = uptime
    }

    /// Whether any source has reported: with none, nobody is ever marked idle.
    public private(set) var watching = false

    public var isLocked: Bool { !locked.isEmpty }

    /// The latest sign of the person from any source, or the floor.
    public var latest: Double { max(floor, lastActivity.values.max() ?? floor) }

    mutating func take(_ signal: PresenceSignal, from source: PresenceSourceKind) {
        watching = true
        switch signal {
        case .activity(let at), .idle(since: let at): lastActivity[source] = at
        case .locked: locked.insert(source)
        case .unlocked: locked.remove(source)
        }
    }

    /// The person said they are back: no source's lock holds any more.
    mutating func clearLocks() {
        locked.removeAll()
    }
}
