#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberStore

/// The history as another process sees it while the TUI may be running: read-only, with the
/// running span carried forward to now.
struct LiveHistory {
    let store: HistoryStore?
    let folder: String

    /// No history yet is not an error: every figure is zero.
    init(folder: String) throws(StoreError) {
        self.folder = folder
        let exists = FileManager.default.fileExists(atPath: HistoryStore.file(in: folder))
        store = exists ? try HistoryStore(folder: folder, readOnly: true) : nil
    }

    var running: Bool { InstanceLock.isHeld(folder: folder) }

    func session() throws(StoreError) -> SessionSnapshot? {
        guard running, let session = try store?.session(), session.running else { return nil }
        return session
    }

    /// - Parameters:
    ///   - includingRunning: add the TUI's running span, carried forward to `now`.
    ///   - helps: exercise id → areas, for the areas covered (only the text table shows them).
    func days(from first: LocalDay, through last: LocalDay, now: Date, includingRunning: Bool = true,
              helps: [String: [Area]] = [:]) throws(StoreError) -> [DayTotals] {
        guard let store else {
            return SummaryBuilder(days: SystemDayClock()).totals(from: first, through: last, spans: [], events: [])
        }
        var running: [Span] = []
        if includingRunning, let session = try session(), let open = session.openSpan {
            running.append(Span(activity: open.activity, start: open.start,
                                seconds: open.seconds + max(0, now.timeIntervalSince(session.updated))))
        }
        return try History(store: store, helps: helps).days(from: first, through: last, adding: running)
    }
}
