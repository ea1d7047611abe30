/// Time the person is away from the desk, as the engine decided it.
public struct AwaySpell: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable {
        /// No input for `idle_after`: backdated to the last input.
        case idle
        /// The screen was locked.
        case locked
        /// `limber away`.
        case told
    }

    public var reason: Reason
    /// When the away time started (backdated to the last input for `idle`).
    public var since: Moment
    /// The posture before, which `u` gives the time back to.
    public var posture: Posture
    /// The stretch's length when the away time started.
    public var stretchBefore: Double
    /// The phase before (working, due or snoozed), restored by `u`.
    public var phaseBefore: Phase
    /// Whether the stretch before was begun by the person (`TimerState.stretchBegun`).
    public var stretchBegun: Bool
    /// Whether the stretch before was already counted long (`TimerState.stretchCountedLong`).
    public var stretchCountedLong = false

    public init(reason: Reason, since: Moment, posture: Posture, stretchBefore: Double, phaseBefore: Phase,
                stretchBegun: Bool = false) {
        self.reason = reason
        self.since = since
        self.posture = posture
        self.stretchBefore = stretchBefore
        self.phaseBefore = phaseBefore
        self.stretchBegun = stretchBegun
    }
}

/// The person came back: the away time is shown for a minute and can still be undone with
/// `u`. Its records are written only when it is settled, so an undo corrects rather than
/// duplicates the history.
public struct WelcomeBack: Sendable, Equatable {
    public var spell: AwaySpell
    /// The away span, closed at the return.
    public var span: Span
    /// When the person came back (uptime).
    public var returned: Double
    /// Whether the time away was long enough (`away_after`) to end the stretch.
    public var endedStretch: Bool

    /// How long the welcome-back line stays.
    public static let seconds = 60.0

    public var awaySeconds: Double { span.seconds }
}
