#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore
import LimberStore

/// Carries the engine's `record` effects into the store as they happen, and writes the
/// session (for `limber status` and crash recovery) with each batch and once a minute.
/// A failed write is kept and retried, and reported once as a warning; the TUI goes on.
final class HistoryRecorder {
    private let store: HistoryStore
    private var pendingEvents: [HistoryEvent] = []
    private var pendingSpans: [Span] = []
    private var lastWrite = -Double.infinity
    private(set) var warning: String?

    /// The heartbeat: at most a minute of time is lost if the process is killed.
    static let heartbeatSeconds = 60.0
    /// Unsaved entries kept while the disk refuses writes (days of normal use).
    static let maxPending = 10_000

    init(store: HistoryStore) {
        self.store = store
    }

    /// Writes what the effects of one engine step say to keep.
    func record(_ effects: [Effect], state: TimerState, at now: Moment) {
        for case .record(let occurrence) in effects {
            if case .span(let span) = occurrence {
                pendingSpans.append(span)
            } else if let event = HistoryEvent(occurrence, at: now.wall, posture: state.posture) {
                pendingEvents.append(event)
            }
        }
        let quitting = effects.contains(.quit)
        let due = now.uptime - lastWrite >= Self.heartbeatSeconds
        let fresh = !pendingEvents.isEmpty || !pendingSpans.isEmpty
        // While writes fail, try again with the heartbeat rather than every second.
        guard quitting || due || (fresh && warning == nil) else { return }
        flush(SessionSnapshot(state, pid: getpid(), at: now, running: !quitting), at: now)
    }

    /// Writes anything recorded before the engine existed (recovery of the last run).
    func write(_ recovery: Recovery) {
        pendingSpans += recovery.spans
        pendingEvents += recovery.events
    }

    private func flush(_ session: SessionSnapshot, at now: Moment) {
        do {
            try store.write(events: pendingEvents, spans: pendingSpans, session: session)
            pendingEvents.removeAll()
            pendingSpans.removeAll()
            warning = nil
        } catch {
            warning = "\(error)"
            pendingEvents = Array(pendingEvents.suffix(Self.maxPending))
            pendingSpans = Array(pendingSpans.suffix(Self.maxPending))
        }
        lastWrite = now.uptime
    }
}
