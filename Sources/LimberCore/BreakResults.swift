/// How a break began.
public enum BreakStart: String, Sendable, Equatable, CaseIterable {
    /// It answered the prompt (showing or snoozed).
    case prompted
    /// It started before any prompt.
    case early
}

/// How a break ended.
public enum BreakEnd: String, Sendable, Equatable, CaseIterable {
    /// The routine ran to its end.
    case completed
    /// Ended with Esc or q before the routine was over.
    case early
    /// A gap of at least `away_after` (sleep, Ctrl-Z) ended it.
    case away
}
