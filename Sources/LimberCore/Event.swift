/// Something the user did, or the passing of time. The run loop stamps each with a Moment.
public enum Event: Sendable, Equatable {
    /// Time passed; nothing else happened.
    case tick
    /// Enter or Space: start a break now (accepting the prompt when one is showing).
    case startBreak
    /// Start a break with a given routine (`limber exercises show`).
    case startRoutine(Routine)
    case snooze
    case skip
    /// Esc or q during a break.
    case endBreak
    /// `n` during a break: on to the next exercise.
    case nextExercise
    /// Space during a break.
    case toggleBreakPause
    case togglePosture
    case togglePause
    case quit
}
