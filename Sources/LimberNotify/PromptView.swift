import LimberCore

/// The prompt as a channel outside the pane shows it: a title, a line of text and the answers
/// that apply. Nil while no prompt may be shown: not due, paused, away or outside active
/// hours, so every channel keeps the engine's quiet rules by construction.
public struct PromptView: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        case due
        case snoozed
    }

    public var stage: Stage
    public var title: String
    public var body: String
    /// In the order the buttons appear.
    public var answers: [PromptAnswer]
    /// The label of each answer ("Snooze 5m").
    public var labels: [PromptAnswer: String]

    public init?(_ state: TimerState, firstExercise: String? = nil) {
        // Away is a phase of its own: no prompt shows then (the switch below).
        guard state.promptsAllowed else { return nil }
        let seated = Self.minutes(state.stretchElapsed)
        let held = "\(state.posture.heldFor) \(seated)"
        let move = state.posture.breakAdvice
        let first = firstExercise.map { " First: \($0)." } ?? ""
        switch state.phase {
        case .due:
            stage = .due
            title = state.overdue >= 60 ? "Break overdue by \(Self.minutes(state.overdue))" : "Break due"
            body = "\(held): \(move).\(first)"
            answers = state.canSnooze ? [.startBreak, .snooze, .skip] : [.startBreak, .skip]
        case .snoozed:
            stage = .snoozed
            title = "Break snoozed"
            body = "Due again in \(Self.minutes(state.snoozeRemaining ?? 0)). \(held)."
            answers = [.startBreak, .skip]
        default:
            return nil
        }
        labels = [.startBreak: "Start break", .snooze: "Snooze \(DurationText.short(state.settings.snooze))", .skip: "Skip"]
    }

    /// Whole minutes, rounded up past the first: "1 min", "45 min".
    static func minutes(_ seconds: Double) -> String {
        let whole = Int(saturating: (max(0, seconds) / 60).rounded(.up))
        return "\(max(1, whole)) min"
    }
}
