/// Why a presence source is off: one short phrase for `limber config` and the screen.
public struct PresenceOff: Error, Sendable, Equatable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
