import LimberCore

/// What the run loop hands to the world outside the screen: the history, hooks, the bell and
/// the title. The program's implementation writes SQLite and starts processes; tests record.
public protocol AppEffects: AnyObject {
    /// After each engine step, with the state it left.
    func carryOut(_ effects: [Effect], state: TimerState, at now: Moment)
    /// The prompt appeared (or rings again); `firstExercise` is the routine's first, as planned now.
    func breakDue(_ state: TimerState, firstExercise: String?)
    /// Once a pass: reap processes, keep the title in step. Returns warnings to show once.
    func pass(_ state: TimerState) -> [String]
    /// A warning that stays on screen while it holds (history cannot be written).
    var lastingWarning: String? { get }
}
