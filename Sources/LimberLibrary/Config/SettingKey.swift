import LimberCore

/// The settings a config file may hold, with their command-line flags where they have one.
/// This is the one place each setting is described: the commented default file
/// (`DefaultConfigFile`), the `--help` texts and the error messages are all built from it.
public enum SettingKey: String, Sendable, CaseIterable, Hashable {
    case interval, snooze, latest
    case awayAfter = "away_after"
    case posture
    case breakLength = "break_length"
    case space, goal
    case reducedMotion = "reduced_motion"
    case ascii, figure, color, bell, notify
    case notifyCommand = "notify_command"
    case activeHours = "active_hours"
    case activeDays = "active_days"
    case dataDir = "data_dir"
    case presence
    case idleAfter = "idle_after"
    case standingDesk = "standing_desk"

    /// The command-line flag for this key (`break_length` → `--break-length`).
    public var flag: String? {
        switch self {
        case .notifyCommand, .activeHours, .activeDays: nil
        default: "--" + rawValue.replacingAll("_", with: "-")
        }
    }

    /// The range a duration setting is checked against; nil for a setting that is no duration.
    public var durationLimit: DurationLimit? {
        switch self {
        case .interval, .snooze, .latest, .awayAfter, .breakLength, .goal: .setting
        case .idleAfter: .idleAfter
        default: nil
        }
    }

    var isDuration: Bool { durationLimit != nil }
    var isSwitch: Bool { [.reducedMotion, .ascii, .color, .bell, .standingDesk].contains(self) }

    /// What the setting does, in one sentence (the file's comment and the flag's help).
    public var about: String {
        switch self {
        case .interval: "Time in one position before a break is due."
        case .snooze: "How long a snooze hides the prompt."
        case .latest: "The latest point, from the start of a stretch, that snoozing may push a break to."
        case .awayAfter: "A gap (sleep, Ctrl-Z) this long is time away; a gap, pause or absence this long ends the stretch."
        case .posture: "The position you start in: sitting or standing; given, it wins over a resumed stretch."
        case .breakLength: "How long a break's routine lasts: about one exercise per 40 s, at most four."
        case .space: "Room for exercises: desk, or floor to allow floor exercises."
        case .goal: "Daily goal for standing and moving, shown in the summary."
        case .reducedMotion: "One still figure of each exercise instead of the movement."
        case .ascii: "Plain ASCII glyphs, even in a UTF-8 locale."
        case .figure: "How exercise figures are drawn: braille dots, half blocks or ascii lines."
        case .color: "Colour (NO_COLOR in the environment also turns it off)."
        case .bell: "Ring the bell when a break is due and every 5 minutes while overdue."
        case .notify: "Where a due break reaches you outside the pane: auto (desktop and tmux where available), off, or desktop, tmux, osc (OSC 777/9), command (runs notify_command), alone or several."
        case .notifyCommand: "The command notify = \"command\" runs, as an argument array (no shell)."
        case .activeHours: "Prompt only in these hours; outside them limber keeps recording."
        case .activeDays: "Prompt only on these days."
        case .dataDir: "History folder (in the config file, ~ and $HOME are expanded and other paths must be absolute)."
        case .presence: "Who notices you leaving: auto (every source available), terminal, desktop or off."
        case .idleAfter: "No input for this long is time away, counted from the last input."
        case .standingDesk: "A desk to stand at: after a break from sitting you come back standing; off: never asked to stand."
        }
    }

    /// The default as the file writes it (TOML).
    public var defaultValue: String {
        switch self {
        case .interval: "\"45m\""
        case .snooze: "\"5m\""
        case .latest: "\"1h\""
        case .awayAfter: "\"5m\""
        case .posture: "\"sitting\""
        case .breakLength: "\"2m\""
        case .space: "\"desk\""
        case .goal: "\"2h\""
        case .reducedMotion, .ascii: "false"
        case .figure: "\"braille\""
        case .color, .bell, .standingDesk: "true"
        case .notify: "\"auto\""
        case .notifyCommand: "[\"notify-send\", \"--app-name=limber\", \"Limber\"]"
        case .activeHours: "\"00:00-24:00\""
        case .activeDays: "\"mon-sun\""
        case .dataDir: "\"~/.local/share/limber\""
        case .presence: "\"auto\""
        case .idleAfter: "\"5m\""
        }
    }

    /// The default as `--help` says it.
    public var defaultForHelp: String {
        switch self {
        case .latest: "interval + 15m"
        case .dataDir: "$LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber, else ~/.local/share/limber"
        case .activeHours: "always"
        case .reducedMotion, .ascii: "off"
        case .color, .bell, .standingDesk: "on"
        default: defaultValue.replacingAll("\"", with: "")
        }
    }

    /// The flag's help: what it does, its default and its range.
    public var help: String {
        var text = about.hasSuffix(".") ? String(about.dropLast()) : about
        if let limit = durationLimit { text += " (\(limit.text))" }
        return text + "; default \(defaultForHelp)."
    }

    /// What a good value looks like, for error messages.
    public var example: String {
        switch self {
        case .interval: "\"45m\""
        case .snooze: "\"5m\""
        case .latest: "\"1h\""
        case .awayAfter: "\"5m\""
        case .breakLength: "\"2m\""
        case .goal: "\"2h\""
        case .posture: "\"sitting\" or \"standing\""
        case .space: "\"desk\" or \"floor\""
        case .reducedMotion, .ascii, .color, .bell, .standingDesk: "true or false"
        case .figure: "\"braille\", \"blocks\" or \"ascii\""
        case .notify: "\"auto\", \"off\", \"desktop\", \"tmux\", \"osc\" or \"command\""
        case .notifyCommand: "[\"notify-send\", \"Limber\"]"
        case .activeHours: "\"09:00-18:00\""
        case .activeDays: "\"mon-fri\" or [\"mon\", \"tue\"]"
        case .dataDir: "\"~/.local/share/limber\""
        case .presence: "\"auto\", \"terminal\", \"desktop\" or \"off\""
        case .idleAfter: "\"5m\""
        }
    }

    /// What is expected, for errors in the file.
    public var expected: String {
        if let limit = durationLimit { return "a duration from \(limit.text) like \(example), or a number of minutes" }
        return switch self {
        case .posture, .space, .figure, .presence: "one of " + example.replacingAll(" or ", with: ", ")
        case .notify: "one of " + example.replacingAll(" or ", with: ", ") + ", or an array like [\"desktop\", \"tmux\"]"
        case .notifyCommand: "a command as an array, like \(example)"
        case .activeHours: "a time range like \(example)"
        case .activeDays: "days like \(example)"
        case .dataDir: "a folder path in quotes, absolute or starting with ~ or $HOME"
        default: example
        }
    }

    /// What is expected, for errors in a flag (no TOML quotes).
    public var expectedForFlag: String {
        if self == .notify { return "auto, off, or channels from desktop, tmux, osc, command joined by commas like desktop,tmux" }
        guard let limit = durationLimit else { return example.replacingAll("\"", with: "") }
        return "a duration from \(limit.text) like \(example.replacingAll("\"", with: "")) (a bare number is minutes)"
    }

    /// Every name allowed at the top of the file, for "did you mean".
    public static var fileNames: [String] { allCases.map(\.rawValue) + ["hooks"] }
}
