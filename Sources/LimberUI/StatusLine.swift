import LimberCore

/// The one line of `limber status` (and of the commands), for tmux status bars and prompts,
/// and its JSON form. The placeholders and JSON keys are documented in docs/USER-GUIDE.md.
public enum StatusLine {
    public static let placeholders = ["state", "posture", "remaining", "elapsed", "today_sitting", "today_standing"]
    /// Appended when the timer did not answer in time (stopped with Ctrl-Z, hung).
    public static let notResponding = "not responding"

    /// A template's placeholder that is not known, if any.
    public static func unknownPlaceholder(in template: String) -> String? {
        names(in: template).first { !placeholders.contains($0) }
    }

    /// The default line: `sitting 12:34 · break in 32:26`, and its forms for the other states.
    public static func standard(_ status: LiveStatus, responding: Bool = true) -> String {
        let stretch = "\(status.posture.rawValue) \(DurationText.clock(status.elapsed))"
        let line: String
        switch status.state {
        case .stopped: line = "stopped"
        case .working: line = "\(stretch) · break in \(DurationText.countdown(status.remaining))"
        case .outsideHours: line = "\(stretch) · " + ActiveHours.Opening.untilText(status.promptsResume)
        case .due: line = "\(stretch) · break due +\(DurationText.clock(-status.remaining))"
        case .snoozed: line = "\(stretch) · snoozed \(DurationText.countdown(status.snoozeRemaining ?? 0))"
        case .onBreak: line = "on break · \(DurationText.countdown(status.breakRemaining ?? 0)) left"
        case .breakPaused: line = "break paused · \(DurationText.countdown(status.breakRemaining ?? 0)) left"
        case .paused:
            let resumes = status.pauseRemaining.map { " · resumes in \(DurationText.countdown($0))" } ?? ""
            line = "paused · \(stretch)\(resumes)"
        case .away: line = "away"
        }
        return responding ? line : line + " · " + notResponding
    }

    public static func render(_ template: String, _ status: LiveStatus, responding: Bool = true) -> String {
        var text = template
        for name in placeholders {
            text = text.replacing("{\(name)}", with: value(name, status))
        }
        return responding ? text : text + " · " + notResponding
    }

    static func value(_ name: String, _ status: LiveStatus) -> String {
        let stopped = status.state == .stopped
        switch name {
        case "state": return status.state.rawValue
        case "posture": return stopped ? "" : status.posture.rawValue
        case "remaining":
            if stopped { return "" }
            if let left = status.breakRemaining { return DurationText.countdown(left) }
            return status.remaining < 0 ? "+" + DurationText.clock(-status.remaining) : DurationText.countdown(status.remaining)
        case "elapsed": return stopped ? "" : DurationText.clock(status.elapsed)
        case "today_sitting": return DurationText.clock(status.todaySitting)
        case "today_standing": return DurationText.clock(status.todayStanding)
        default: return ""
        }
    }

    /// `--json`: one object, keys in a fixed order; a key whose figure does not apply now is left out.
    public static func json(_ status: LiveStatus, responding: Bool = true) -> String {
        var fields = ["\"state\": \"\(status.state.rawValue)\"", "\"responding\": \(responding)"]
        if status.state != .stopped {
            fields += [
                "\"posture\": \"\(status.posture.rawValue)\"",
                "\"elapsed_seconds\": \(whole(status.elapsed, .down))",
                "\"remaining_seconds\": \(whole(status.remaining, .up))",
            ]
            let optional: [(String, Double?)] = [("break_remaining_seconds", status.breakRemaining),
                                                 ("snooze_remaining_seconds", status.snoozeRemaining),
                                                 ("pause_remaining_seconds", status.pauseRemaining)]
            for case let (key, value?) in optional { fields.append("\"\(key)\": \(whole(value, .up))") }
        }
        fields += [
            // Rounded as `limber summary --format json` rounds them: the same figures.
            "\"today_sitting_seconds\": \(whole(status.todaySitting, .toNearestOrAwayFromZero))",
            "\"today_standing_seconds\": \(whole(status.todayStanding, .toNearestOrAwayFromZero))",
        ]
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// Whole seconds, rounded the way the text shows them; never traps on a huge value.
    static func whole(_ seconds: Double, _ rule: FloatingPointRoundingRule) -> Int {
        Int(exactly: seconds.rounded(rule)) ?? (seconds < 0 ? 0 : Int(Int32.max))
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
