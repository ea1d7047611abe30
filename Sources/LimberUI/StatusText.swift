import LimberCore

/// Short texts shared by several screens.
public enum StatusText {
    /// `sitting 12:34`: the current stretch, in the form scripts and screen readers look for.
    public static func stretch(_ state: TimerState) -> String {
        "\(state.posture.rawValue) \(DurationText.clock(state.stretchElapsed))"
    }

    /// What the timer is doing, in a few words: `break in 32:26`, `break due +1:05`.
    public static func countdown(_ state: TimerState, at now: Moment) -> String {
        switch state.phase {
        case .working where !state.promptsAllowed:
            return ActiveHours.Opening.untilText(state.promptsResume)
        case .working:
            return "break in \(DurationText.countdown(state.remaining))"
        case .due:
            return "break due +\(DurationText.clock(state.overdue))"
        case .snoozed(let until):
            return "snoozed \(DurationText.countdown(until - state.stretchElapsed))"
        case .onBreak(let progress):
            return "on break \(DurationText.countdown(progress.remaining)) left"
        case .paused:
            return "paused \(DurationText.clock(state.pausedFor(at: now)))"
        }
    }
}
