import LimberCore

/// The history as another process sees it while the TUI may be running: read-only, with the
/// running span and stretch carried forward to now, so `limber summary` and `status` give the
/// figures the timer's screen gives.
public struct LiveHistory {
    public let store: HistoryStore
    public let folder: String
    /// Told once about rows ignored for impossible values (stdout stays the answer).
    private let warn: (String) -> Void

    /// No history yet is not an error: every figure is zero. A lock or database that is not a
    /// regular file (a FIFO would block the first read forever) is refused at once.
    public init(folder: String, warn: @escaping (String) -> Void = { _ in }) throws(StoreError) {
        self.folder = folder
        self.warn = warn
        try DataDirectory.secure(folder)
        _ = try InstanceLock.isHeld(folder: folder)
        store = try HistoryStore(folder: folder, readOnly: true)
    }

    public func session() throws(StoreError) -> SessionSnapshot? {
        defer { reportSkippedRows() }
        guard try InstanceLock.isHeld(folder: folder), let session = try store.session(), session.running else { return nil }
        return session
    }

    /// - Parameters:
    ///   - includingRunning: add the TUI's running span, carried forward to `now`.
    ///   - helps: exercise id → areas, for the areas covered (only the text table shows them).
    public func days(from first: LocalDay, through last: LocalDay, now: Date, includingRunning: Bool = true,
              helps: [String: [Area]] = [:]) throws(StoreError) -> [DayTotals] {
        defer { reportSkippedRows() }
        var running: [Span] = []
        var stretch: RunningStretch?
        if includingRunning, let session = try session() {
            let since = max(0, now.timeIntervalSince(session.updated))
            if let open = session.openSpan {
                running.append(Span(activity: open.activity, start: open.start, seconds: open.seconds + since))
            }
            // The stretch counts as the live screen counts it: the summary and the Today line agree.
            if session.state.isCounting || session.state == .paused, session.stretchSeconds > 0 {
                stretch = RunningStretch(posture: session.posture,
                                         seconds: session.stretchSeconds + (session.state.isCounting ? since : 0), end: now)
            }
        }
        return try History(store: store, helps: helps).days(from: first, through: last, adding: running, stretch: stretch)
    }

    /// Rows ignored for impossible values: said once.
    private func reportSkippedRows() {
        if let warning = store.takeWarning() { warn(warning) }
    }
}
