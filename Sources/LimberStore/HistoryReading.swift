import LimberCore

/// Reading the history back. Every value is checked against `StoredRange` as it is read; a row
/// with one out of range is skipped (and counted for one warning), never trusted.
extension HistoryStore {
    public func session() throws(StoreError) -> SessionSnapshot? {
        guard let row = try rows("""
            SELECT pid, updated, state, posture, stretch_seconds, interval, break_remaining,
                   open_activity, open_start, open_seconds, running FROM session WHERE id = 1
            """).first else { return nil }
        guard let session = Self.session(row) else {
            skip("session")
            return nil
        }
        return session
    }

    /// Spans that overlap [from, to).
    public func spans(from: Date, to: Date) throws(StoreError) -> [Span] {
        // A span starts at most a few days before it ends; look back a week for long gaps.
        var spans: [Span] = []
        try eachRow("SELECT activity, start, seconds FROM spans WHERE start >= ? AND start < ? ORDER BY start",
                    [.real(from.timeIntervalSince1970 - 7 * 86_400), .real(to.timeIntervalSince1970)]) { row in
            guard let span = Self.span(row) else { return skip("spans") }
            if span.end > from { spans.append(span) }
        }
        return spans
    }

    public func events(from: Date, to: Date) throws(StoreError) -> [HistoryEvent] {
        try rows("""
            SELECT at, kind, posture, seconds, name, result, sides FROM events WHERE at >= ? AND at < ? ORDER BY at
            """, [.real(from.timeIntervalSince1970), .real(to.timeIntervalSince1970)]).compactMap { row in
            guard let event = Self.event(row) else {
                skip("events")
                return nil
            }
            return event
        }
    }

    /// Events counted per local day and kind, from `day_counts`.
    public func eventCounts(from first: LocalDay, through last: LocalDay) throws(StoreError) -> [EventCount] {
        var counts: [EventCount] = []
        try eachRow("""
            SELECT day, kind, posture, name, result, count, max_seconds FROM day_counts WHERE day >= ? AND day <= ?
            """, [.text(first.description), .text(last.description)]) { row in
            guard let count = Self.eventCount(row) else { return skip("day_counts") }
            counts.append(count)
        }
        return counts
    }

    /// The exercise ids of the most recent break, so a restarted limber does not repeat it.
    public func lastRoutine() throws(StoreError) -> [String] {
        // Walk the time index back from the newest event to the last break: a year of
        // events is never scanned (that would fill the page cache, and memory, for nothing).
        guard let last = try rows("SELECT at FROM events WHERE kind = 'break_start' ORDER BY at DESC LIMIT 1").first
        else { return [] }
        guard let at = last[0].double(in: StoredRange.time) else {
            skip("events")
            return []
        }
        return try rows("SELECT name FROM events WHERE at >= ? AND kind = 'exercise' ORDER BY at, id", [.real(at)])
            .compactMap { $0[0].string }
    }
}

// MARK: Rows to values

extension HistoryStore {
    static func session(_ row: [Database.Value]) -> SessionSnapshot? {
        guard let pid = row[0].int(in: StoredRange.pid),
              let updated = row[1].double(in: StoredRange.time),
              let state = row[2].string.flatMap(LiveState.init), state != .stopped,
              let posture = row[3].string.flatMap(Posture.init),
              let stretch = row[4].double(in: StoredRange.seconds),
              let interval = row[5].double(in: StoredRange.interval),
              let breakRemaining = nullable(row[6], in: StoredRange.seconds),
              let running = row[10].int(in: 0...1)
        else { return nil }
        var open: Span?
        if row[7] != .null {
            guard let span = span(activity: row[7], start: row[8], seconds: row[9]) else { return nil }
            open = span
        }
        return SessionSnapshot(pid: Int32(pid), updated: Date(timeIntervalSince1970: updated), state: state, posture: posture,
                               stretchSeconds: stretch, interval: interval, breakRemaining: breakRemaining,
                               openSpan: open, running: running == 1)
    }

    static func span(activity: Database.Value, start: Database.Value, seconds: Database.Value) -> Span? {
        guard let activity = activity.string.flatMap(Activity.init),
              let start = start.double(in: StoredRange.time),
              let seconds = seconds.double(in: StoredRange.seconds)
        else { return nil }
        return Span(activity: activity, start: Date(timeIntervalSince1970: start), seconds: seconds)
    }

    /// A span from `activity, start, seconds`, read in place (a year has ~15,000).
    static func span(_ row: Database.Row) -> Span? {
        guard let activity = row.withText(0, activities.match),
              let start = row[1].double(in: StoredRange.time),
              let seconds = row[2].double(in: StoredRange.seconds)
        else { return nil }
        return Span(activity: activity, start: Date(timeIntervalSince1970: start), seconds: seconds)
    }

    private static let activities = TextCases<Activity>()
    private static let kinds = TextCases<HistoryEvent.Kind>()
    private static let postures = TextCases<Posture>()
    private static let results = TextCases<HistoryEvent.Result>()

    static func event(_ row: [Database.Value]) -> HistoryEvent? {
        guard let at = row[0].double(in: StoredRange.time),
              let kind = row[1].string.flatMap(HistoryEvent.Kind.init),
              let posture = nullableText(row[2]), posture.map({ Posture(rawValue: $0) != nil }) ?? true,
              let seconds = nullable(row[3], in: StoredRange.seconds),
              let name = nullableText(row[4]), let resultText = nullableText(row[5]), let sides = nullableText(row[6])
        else { return nil }
        // A result limber never writes makes the row untrustworthy, like a number out of range.
        let result = resultText.map(HistoryEvent.Result.init(rawValue:))
        if let result, result == nil { return nil }
        return HistoryEvent(at: Date(timeIntervalSince1970: at), kind: kind, posture: posture.flatMap(Posture.init),
                            seconds: seconds, name: name, result: result ?? nil, sides: sides)
    }

    /// Read in place, the texts matched as bytes: a year has ~5,000 of these rows.
    static func eventCount(_ row: Database.Row) -> EventCount? {
        // The key columns hold "" for none.
        guard let day = row.withText(0, LocalDay.init(iso:)),
              let kind = row.withText(1, kinds.match),
              let posture = row.withText(2, { optional($0, postures) }),
              let name = row[3].string,
              let result = row.withText(4, { optional($0, results) }),
              let count = row[5].int(in: StoredRange.dayCount),
              let maxSeconds = row[6].double(in: StoredRange.seconds)
        else { return nil }
        return EventCount(day: day, kind: kind, posture: posture, name: name.isEmpty ? nil : name,
                          result: result, count: count, maxSeconds: maxSeconds)
    }

    /// "" reads as `.some(nil)`; a case as itself; anything else as nil (bad row).
    private static func optional<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ cases: TextCases<T>) -> T?? {
        if bytes.isEmpty { return .some(nil) }
        return cases.match(bytes).map { .some($0) }
    }

    /// NULL reads as `.some(nil)`; a number in range as itself; anything else as nil (bad row).
    private static func nullable(_ value: Database.Value, in range: ClosedRange<Double>) -> Double?? {
        if value == .null { return .some(nil) }
        return value.double(in: range).map { .some($0) }
    }

    private static func nullableText(_ value: Database.Value) -> String?? {
        if value == .null { return .some(nil) }
        return value.string.map { .some($0) }
    }
}
