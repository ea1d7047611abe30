/// Where the timer is in its cycle.
public indirect enum Phase: Sendable, Equatable {
    /// Counting toward the next break.
    case working
    /// The break is due and the prompt is showing.
    case due
    /// The prompt is hidden until the stretch reaches `untilElapsed` seconds.
    case snoozed(untilElapsed: Double)
    /// A break is running.
    case onBreak(BreakProgress)
    /// Paused at `since` (uptime); `before` is the phase to return to.
    case paused(since: Double, before: Phase)
    /// The person is away (idle, locked, or told so). No stretch counts and nothing prompts;
    /// the spell keeps the stretch and phase before, which a short absence or `u` restores.
    case away(AwaySpell)
}
