/// The position the user is in during a stretch of work.
public enum Posture: String, Sendable, Equatable, CaseIterable, Codable {
    case sitting
    case standing

    public var other: Posture { self == .sitting ? .standing : .sitting }
}

extension Posture {
    /// What a due break asks of someone who has been in this posture. The due screen, the
    /// prompt outside the pane (notification, popup) and the bell's notification all say it in
    /// these words.
    public var breakAdvice: String {
        self == .sitting ? "time to stand up and move" : "time to rest or change position"
    }

    /// The words before a stretch's length: "Seated for 46m".
    public var heldFor: String {
        self == .sitting ? "Seated for" : "On your feet for"
    }
}
