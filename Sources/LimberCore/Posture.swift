/// The position the user is in during a stretch of work.
public enum Posture: String, Sendable, Equatable, CaseIterable, Codable {
    case sitting
    case standing

    public var other: Posture { self == .sitting ? .standing : .sitting }
}
