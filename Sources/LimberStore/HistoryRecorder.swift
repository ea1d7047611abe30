#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// Carries the engine's `record` effects into the store as they happen, and writes the
/// session (for `limber status` and crash recovery) with each batch and once a minute.
///
/// A write that fails, for any reason and at any point (the schema not created yet, a full
/// disk, a file-size limit, a read-only file), keeps its entries in memory and is tried again
/// with the next entry or heartbeat; the failure is the `warning` until a write succeeds, and
/// then nothing recorded in between is lost. What is still unsaved when limber quits is the
/// `unsaved` journal, which the caller keeps on disk for the next start (`RecoveryJournal`).
public final class HistoryRecorder {
    private let store: HistoryStore
    private var pendingEvents: [HistoryEvent] = []
    private var pendingSpans: [Span] = []
    private var lastWrite = -Double.infinity
    /// The session last handed to the store, saved or not.
    private var lastSession: SessionSnapshot?
    public private(set) var warning: String?
    /// Run once, after the first write that succeeds: removes the journal the entries
    /// replayed from a previous run came from.
    public var afterFirstSave: (() -> Void)?

    /// The heartbeat: at most a minute of time is lost if the process is killed.
    public static let heartbeatSeconds = 60.0
    /// Unsaved entries kept while the disk refuses writes (days of normal use).
    public static let maxPending = 10_000

    public init(store: HistoryStore) {
        self.store = store
    }

    /// Writes what the effects of one engine step say to keep.
    public func record(_ effects: [Effect], state: TimerState, at now: Moment) {
        var added = false
        for case .record(let occurrence) in effects {
            if case .span(let span) = occurrence {
                pendingSpans.append(span)
                added = true
            } else if let event = HistoryEvent(occurrence, at: now.wall, posture: state.posture) {
                pendingEvents.append(event)
                added = true
            }
        }
        let quitting = effects.contains(.quit)
        let due = now.uptime - lastWrite >= Self.heartbeatSeconds
        // New entries are written at once (and, while writes fail, each is a retry: they come
        // at human pace); otherwise only the heartbeat writes.
        guard quitting || due || added else { return }
        flush(SessionSnapshot(state, pid: getpid(), at: now, running: !quitting), at: now)
    }

    /// Queues what the last run left to record (see `Recovery`); written with the next batch.
    public func write(_ recovery: Recovery) {
        pendingSpans += recovery.spans
        pendingEvents += recovery.events
    }

    /// Queues what a previous run kept in its recovery journal; written with the next batch.
    public func write(_ journal: RecoveryJournal) {
        pendingSpans += journal.spans
        pendingEvents += journal.events
    }

    /// A day's figures as the history will hold them: what is stored plus what is still queued
    /// (the last run's recovery until the first write, or entries the disk refused). A run's
    /// starting totals come from here, so the gap a restart fills in counts from the first second.
    public func totals(of day: LocalDay, builder: SummaryBuilder) throws(StoreError) -> DayTotals {
        let (start, end) = builder.days.interval(of: day)
        let spans = try store.spans(from: start, to: end) + pendingSpans
        let counts = try store.eventCounts(from: day, through: day)
            + pendingEvents.map { EventCount($0, day: builder.days.day(of: $0.at)) }
        return builder.totals(from: day, through: day, spans: spans, counts: counts)[0]
    }

    /// What the store refused and still waits in memory, or nil when everything is written.
    public var unsaved: RecoveryJournal? {
        pendingEvents.isEmpty && pendingSpans.isEmpty ? nil
            : RecoveryJournal(events: pendingEvents, spans: pendingSpans, session: lastSession)
    }

    private func flush(_ session: SessionSnapshot, at now: Moment) {
        lastSession = session
        do {
            try store.write(events: pendingEvents, spans: pendingSpans, session: session)
            pendingEvents.removeAll()
            pendingSpans.removeAll()
            warning = nil
            afterFirstSave?()
            afterFirstSave = nil
        } catch {
            warning = "\(error)"
            pendingEvents = Array(pendingEvents.suffix(Self.maxPending))
            pendingSpans = Array(pendingSpans.suffix(Self.maxPending))
        }
        lastWrite = now.uptime
    }
}
