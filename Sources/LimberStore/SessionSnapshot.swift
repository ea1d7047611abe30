#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore

/// What a running TUI last wrote about itself: enough for `limber status` to show the live
/// figures (extrapolated from `updated`), and for a restart to resume the stretch.
public struct SessionSnapshot: Sendable, Equatable {
    public var pid: Int32
    public var updated: Date
    /// working, due, snoozed, break, paused.
    public var state: String
    public var posture: Posture
    public var stretchSeconds: Double
    public var interval: Double
    /// Seconds left in the break, while on one.
    public var breakRemaining: Double?
    /// The span running at `updated`, with its length so far.
    public var openSpan: Span?
    /// False once the TUI has quit.
    public var running: Bool

    public init(pid: Int32, updated: Date, state: String, posture: Posture, stretchSeconds: Double, interval: Double,
                breakRemaining: Double?, openSpan: Span?, running: Bool) {
        self.pid = pid
        self.updated = updated
        self.state = state
        self.posture = posture
        self.stretchSeconds = stretchSeconds
        self.interval = interval
        self.breakRemaining = breakRemaining
        self.openSpan = openSpan
        self.running = running
    }

    /// The snapshot of a live engine.
    public init(_ state: TimerState, pid: Int32, at now: Moment, running: Bool) {
        self.init(pid: pid, updated: now.wall, state: state.phase.name, posture: state.posture,
                  stretchSeconds: state.stretchElapsed,
                  interval: state.settings.interval, breakRemaining: state.breakProgress?.remaining,
                  openSpan: running ? state.span.closed(at: now) : nil, running: running)
    }
}

extension SessionSnapshot {
    /// The session carried forward to `now`: the stretch and a break keep counting, a pause
    /// does not. A working stretch that passed its interval since is due.
    public func live(at now: Date, today: DayTotals) -> LiveStatus {
        let passed = max(0, now.timeIntervalSince(updated))
        let counting = ["working", "due", "snoozed"].contains(state)
        let elapsed = stretchSeconds + (counting ? passed : 0)
        var shownState = state
        if state == "working", elapsed >= interval { shownState = "due" }
        var sitting = today.sittingSeconds, standing = today.standingSeconds
        if let open = openSpan {
            let seconds = open.seconds + passed
            if open.activity == .sitting { sitting += seconds }
            if open.activity == .standing { standing += seconds }
        }
        return LiveStatus(state: shownState, posture: posture, elapsed: elapsed, remaining: interval - elapsed,
                          breakRemaining: breakRemaining.map { max(0, $0 - (state == "break" ? passed : 0)) },
                          todaySitting: sitting, todayStanding: standing)
    }
}
