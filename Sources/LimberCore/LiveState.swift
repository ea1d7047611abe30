/// The state a person sees, by the name scripts use (`limber status`, `--json`, the socket).
///
/// Derived from the engine's phase and the active hours, so the status line and the screen
/// cannot disagree about what the timer is doing.
public enum LiveState: String, Sendable, Equatable, CaseIterable, Codable {
    /// Counting toward the next break.
    case working
    /// The prompt is showing.
    case due
    /// The prompt is hidden for a while.
    case snoozed
    /// A break's routine is playing.
    case onBreak = "break"
    /// A break, paused with Space.
    case breakPaused = "break-paused"
    /// The timer is paused (`p`, `limber pause`).
    case paused
    /// Counting, but active hours allow no prompt now.
    case outsideHours = "outside-hours"
    /// The person is away (idle, locked, `limber away`), or the timer has not answered for at
    /// least away-after (stopped with Ctrl-Z, or the machine slept): that time counts as away.
    case away
    /// No timer is running for this data folder.
    case stopped

    /// Whether the stretch counts on (a restart within away-after may resume it).
    public var isCounting: Bool {
        switch self {
        case .working, .due, .snoozed, .outsideHours: true
        default: false
        }
    }
}

extension TimerState {
    /// The state by its script name.
    public var liveState: LiveState {
        switch phase {
        case .working: promptsAllowed ? .working : .outsideHours
        case .due: .due
        case .snoozed: .snoozed
        case .onBreak(let progress): progress.isPaused ? .breakPaused : .onBreak
        case .paused: .paused
        case .away: .away
        }
    }
}
