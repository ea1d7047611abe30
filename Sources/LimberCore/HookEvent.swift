/// The events a user can hang a command on (`[hooks]` in the config file).
public enum HookEvent: String, Sendable, CaseIterable, Hashable {
    case breakDue = "on_break_due"
    case breakStart = "on_break_start"
    case breakEnd = "on_break_end"
    case snooze = "on_snooze"
    case skip = "on_skip"

    /// The hook an engine record fires, if any.
    public init?(_ occurrence: Occurrence) {
        switch occurrence {
        case .breakDue: self = .breakDue
        case .breakStarted: self = .breakStart
        case .breakEnded: self = .breakEnd
        case .snoozed: self = .snooze
        case .skipped: self = .skip
        default: return nil
        }
    }

    /// The value of LIMBER_EVENT: `break_due`, `break_start`, …
    public var eventName: String { String(rawValue.dropFirst(3)) }
}
