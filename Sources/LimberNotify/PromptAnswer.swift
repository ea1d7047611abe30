import LimberCore

/// An answer to the prompt given outside the pane (a notification's button, the tmux popup):
/// the same engine event as the key.
public enum PromptAnswer: String, Sendable, Equatable, CaseIterable {
    case startBreak = "start"
    case snooze
    case skip

    /// What the key (Enter, z, x) sends.
    public var event: Event {
        switch self {
        case .startBreak: .startBreak
        case .snooze: .snooze
        case .skip: .skip
        }
    }
}
