import LimberCore

/// One way of noticing the person: something the run loop polls (a descriptor) or checks at a
/// deadline, which reports what it saw as presence signals. No source spawns a process.
public protocol PresenceSource: AnyObject {
    var kind: PresenceSourceKind { get }
    /// A descriptor to wait on with the terminal and the socket, if the source has one.
    var descriptor: Int32? { get }
    /// When (uptime) `check` is due next, if it has a deadline.
    var nextCheck: Double? { get }
    /// Reads what is new (the descriptor was readable or the deadline passed).
    func check(at now: Moment) -> [PresenceSignal]
}

/// A source that is on, or off and why (for `limber config`).
public struct PresenceSourceStatus: Sendable, Equatable {
    public var kind: PresenceSourceKind
    /// Nil when active.
    public var offReason: String?

    public init(kind: PresenceSourceKind, offReason: String? = nil) {
        self.kind = kind
        self.offReason = offReason
    }

    /// `active`, or `off (no system bus)`.
    public var text: String { offReason.map { "off (\($0))" } ?? "active" }
}
