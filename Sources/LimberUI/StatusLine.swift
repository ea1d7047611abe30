import LimberCore

/// The one line of `limber status`, for tmux status bars and shell prompts.
public enum StatusLine {
    public static let placeholders = ["state", "posture", "remaining", "elapsed", "today_sitting", "today_standing"]

    /// A template's placeholder that is not known, if any.
    public static func unknownPlaceholder(in template: String) -> String? {
        names(in: template).first { !placeholders.contains($0) }
    }

    /// The default line: `sitting 12:34 · break in 32:26`, and its forms for the other states.
    public static func standard(_ status: LiveStatus) -> String {
        let stretch = "\(status.posture.rawValue) \(DurationText.clock(status.elapsed))"
        switch status.state {
        case "stopped": return "stopped"
        case "working": return "\(stretch) · break in \(DurationText.countdown(status.remaining))"
        case "due": return "\(stretch) · break due +\(DurationText.clock(-status.remaining))"
        case "snoozed": return "\(stretch) · snoozed, due +\(DurationText.clock(-status.remaining))"
        case "break": return "on break · \(DurationText.countdown(status.breakRemaining ?? 0)) left"
        default: return "paused · \(stretch)"
        }
    }

    public static func render(_ template: String, _ status: LiveStatus) -> String {
        var text = template
        for name in placeholders {
            text = text.replacing("{\(name)}", with: value(name, status))
        }
        return text
    }

    static func value(_ name: String, _ status: LiveStatus) -> String {
        let stopped = status.state == "stopped"
        switch name {
        case "state": return status.state
        case "posture": return stopped ? "" : status.posture.rawValue
        case "remaining":
            if stopped { return "" }
            if status.state == "break" { return DurationText.countdown(status.breakRemaining ?? 0) }
            return status.remaining < 0 ? "+" + DurationText.clock(-status.remaining) : DurationText.countdown(status.remaining)
        case "elapsed": return stopped ? "" : DurationText.clock(status.elapsed)
        case "today_sitting": return DurationText.clock(status.todaySitting)
        case "today_standing": return DurationText.clock(status.todayStanding)
        default: return ""
        }
    }

    private static func names(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            if character == "{" { current = "" } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil { current?.append(character) }
        }
        return names
    }
}
