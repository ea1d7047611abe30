/// Something the user did, or the passing of time. The run loop stamps each with a Moment.
/// A key and the same command from another pane (`limber snooze`) are the same event.
public enum Event: Sendable, Equatable {
    /// Time passed; nothing else happened.
    case tick
    /// Enter (or Space on the prompt), `limber break`: start a break now, accepting the
    /// prompt when one is showing.
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
    /// `sit` / `stand`: this posture from now on (during a break: the one to come back in).
    case setPosture(Posture)
    case togglePause
    /// `limber pause [--for D]`: pause; with seconds, the pause ends by itself after them.
    case pause(seconds: Double?)
    /// `limber resume`: end a pause.
    case resume
    /// A presence source saw input, idleness, a lock or an unlock.
    case presence(PresenceSourceKind, PresenceSignal)
    /// `limber away`: the person is away from now on.
    case away
    /// `limber back`: the person is here. With `wasHere` (`u`, `limber back --was-here`), the
    /// time counted as away is given back to the posture before.
    case back(wasHere: Bool)
    /// Any key but `u` while the welcome-back line shows: the away time stands.
    case welcomeSeen
    /// A key pressed in limber, any key (`?`, one that does nothing): the person is at the
    /// desk, whatever the presence sources say. Sent before the key's own event.
    case keyPressed
    case quit
}
