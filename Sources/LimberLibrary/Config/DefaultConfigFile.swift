import LimberCore

/// The commented file `limber config --init` writes: every key at its default, commented out,
/// built from `SettingKey` so the file, `--help` and the defaults cannot drift apart.
public enum DefaultConfigFile {
    /// The settings in the order the file lists them, under a heading each.
    static let sections: [(heading: String?, keys: [SettingKey])] = [
        (nil, [.interval, .snooze, .latest, .awayAfter, .posture, .standingDesk]),
        ("Noticing when you leave.", [.presence, .idleAfter]),
        ("Breaks.", [.breakLength, .space, .goal]),
        ("Looks.", [.reducedMotion, .ascii, .figure, .color]),
        ("Prompting. The pane title always shows the countdown or \"Break due\".", [.bell, .notify, .notifyCommand]),
        ("When to prompt (the default is always).", [.activeHours, .activeDays]),
        ("Where the history is kept.", [.dataDir]),
    ]

    /// Other values worth knowing, shown after the default.
    static func hint(_ key: SettingKey) -> String? {
        switch key {
        case .latest: "when not set: interval + 15m"
        case .posture: "or \"standing\""
        case .space: "or \"floor\""
        case .notify: "\"off\", or channels: [\"desktop\", \"tmux\", \"osc\", \"command\"]"
        case .figure: "\"blocks\" or \"ascii\""
        case .presence: "\"terminal\", \"desktop\" or \"off\""
        case .activeHours: "e.g. \"09:00-18:00\""
        case .activeDays: "e.g. \"mon-fri\" or [\"mon\", \"wed\"]"
        default: nil
        }
    }

    static let hookExamples: [(HookEvent, String)] = [
        (.breakDue, "[\"notify-send\", \"Time to move\"]"),
        (.breakStart, "[\"playerctl\", \"pause\"]"),
        (.breakEnd, "[\"playerctl\", \"play\"]"),
        (.snooze, "[\"logger\", \"limber: snoozed\"]"),
        (.skip, "[\"logger\", \"limber: skipped\"]"),
    ]

    public static var text: String {
        var lines = [
            "# Limber's settings. Uncomment a line to change it; command-line flags still win.",
            "# Durations look like \"90s\", \"45m\", \"1h30m\" (\(DurationLimit.setting.text)); a bare number is minutes.",
            "# Settings go above the [hooks] section at the end of the file.",
        ]
        for section in sections {
            lines.append("")
            if let heading = section.heading { lines.append("# " + heading) }
            for key in section.keys {
                lines.append("# " + key.about)
                let line = "# \(key.rawValue) = \(key.defaultValue)"
                lines.append(hint(key).map { line + "    # " + $0 } ?? line)
            }
        }
        lines += [
            "",
            "# ---- [hooks]: keep this section last ---------------------------------------------",
            "# Every key below [hooks] is a hook: put the settings above it, never below.",
            "# Commands to run on events, as argument arrays (no shell). They get LIMBER_EVENT,",
            "# LIMBER_POSTURE and LIMBER_STRETCH_SECONDS, are stopped after 10 seconds, and their",
            "# output goes to $XDG_STATE_HOME/limber/hooks.log. Uncomment [hooks] to use them.",
            "# [hooks]",
        ]
        lines += hookExamples.map { "# \($0.0.rawValue) = \($0.1)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
