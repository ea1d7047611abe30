/// The settings a config file may hold, with their command-line flags where they have one.
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

    /// The command-line flag for this key (`break_length` → `--break-length`).
    public var flag: String? {
        switch self {
        case .notifyCommand, .activeHours, .activeDays: nil
        default: "--" + rawValue.replacing("_", with: "-")
        }
    }

    /// What a good value looks like, for error messages.
    public var example: String {
        switch self {
        case .interval: "\"45m\""
        case .snooze: "\"5m\""
        case .latest: "\"60m\""
        case .awayAfter: "\"5m\""
        case .breakLength: "\"2m\""
        case .goal: "\"2h\""
        case .posture: "\"sitting\" or \"standing\""
        case .space: "\"desk\" or \"floor\""
        case .reducedMotion, .ascii, .color, .bell: "true or false"
        case .figure: "\"braille\", \"blocks\" or \"ascii\""
        case .notify: "\"off\", \"osc\" or \"command\""
        case .notifyCommand: "[\"notify-send\", \"Limber\"]"
        case .activeHours: "\"09:00-18:00\""
        case .activeDays: "\"mon-fri\" or [\"mon\", \"tue\"]"
        case .dataDir: "\"~/.local/share/limber\""
        }
    }

    /// What is expected, for errors in the file.
    public var expected: String {
        switch self {
        case .interval, .snooze, .latest, .awayAfter, .breakLength, .goal: "a duration like \(example) or a number of minutes"
        case .posture, .space, .notify, .figure: "one of " + example.replacing(" or ", with: ", ")
        case .notifyCommand: "a command as an array, like \(example)"
        case .activeHours: "a time range like \(example)"
        case .activeDays: "days like \(example)"
        case .dataDir: "a folder path in quotes"
        default: example
        }
    }

    var isSwitch: Bool { [.reducedMotion, .ascii, .color, .bell].contains(self) }

    /// Every name allowed at the top of the file, for "did you mean".
    public static var fileNames: [String] { allCases.map(\.rawValue) + ["hooks"] }
}
