/// Every range a duration is checked against, in one table. The parsers check with it and the
/// `--help` texts say it; the ranges in the man page and the user guide are made from it too
/// (`DurationLimitDocsTests` compares them), so the documented range is the enforced one.
public enum DurationLimit: CaseIterable, Sendable {
    /// `interval`, `snooze`, `latest`, `away_after`, `break_length`, `goal`.
    case setting
    /// `idle_after`: below 10 s every pause in typing would be an absence.
    case idleAfter
    /// `limber pause --for` (and the socket's `seconds`): a long weekend, not for ever.
    case pauseFor

    public var range: ClosedRange<Double> {
        switch self {
        case .setting: 1...86_400
        case .idleAfter: 10...86_400
        case .pauseFor: 1...(7 * 86_400)
        }
    }

    /// The range as people read it: `1s to 24h`, `1s to 7d`.
    public var text: String { "\(Self.bound(range.lowerBound)) to \(Self.bound(range.upperBound))" }

    /// Whole days beyond one read as days (`7d`); anything else as `DurationText.short` does.
    static func bound(_ seconds: Double) -> String {
        let days = seconds / 86_400
        if days > 1, days == days.rounded() { return "\(Int(days))d" }
        return DurationText.short(seconds)
    }
}
