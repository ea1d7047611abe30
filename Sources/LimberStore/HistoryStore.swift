#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore

/// The movement history: spans of time, events, and the running session. Every write is its
/// own committed transaction, so a killed process loses nothing already written. A file that
/// is not Limber's is refused before anything is written to it.
public final class HistoryStore {
    public let path: String
    let database: Database
    private let days: any DayClock

    public static func file(in folder: String) -> String { folder + "/limber.db" }

    /// Opens (creating when missing) the history in `folder`. `readOnly` is for `summary`
    /// and `status`, which must never change the file; they get nil when there is none yet.
    public init(folder: String, readOnly: Bool = false, days: any DayClock = SystemDayClock()) throws(StoreError) {
        path = Self.file(in: folder)
        self.days = days
        try Self.checkHeader(path)
        do {
            let exists = access(path, F_OK) == 0
            if !readOnly { umask(0o077) } // the history is private: files 0600
            database = try Database(path: path, create: !readOnly, readOnly: readOnly && exists)
            try validate()
            if !readOnly {
                // A small page cache: the TUI touches a few pages a minute, and its memory budget
                // is a few MB.
                try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -512;")
                try migrate()
                chmod(path, 0o600)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }

    /// A file that exists but does not start like SQLite is not ours: refuse without opening it.
    private static func checkHeader(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return }
            throw StoreError.unreadable(path, String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(fd, &header, 16)
        if count == 0 { return } // an empty file becomes a new history
        guard count == 16, header == Array("SQLite format 3\0".utf8) else { throw StoreError.notLimber(path) }
    }

    private func validate() throws {
        let id = try database.query("PRAGMA application_id").first?.first?.int ?? 0
        let version = try database.query("PRAGMA user_version").first?.first?.int ?? 0
        let tables = try database.query("SELECT count(*) FROM sqlite_master").first?.first?.int ?? 0
        if Int64(id) != Schema.applicationID, !(id == 0 && version == 0 && tables == 0) {
            throw StoreError.notLimber(path)
        }
        if version > Schema.version { throw StoreError.tooNew(path, version) }
    }

    private func migrate() throws {
        let version = try database.query("PRAGMA user_version").first?.first?.int ?? 0
        guard version < Schema.version else { return }
        try database.transaction {
            for migration in Schema.migrations[version...] { try database.execute(migration) }
            try database.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = \(Schema.version);")
        }
    }

    // MARK: Writing

    /// Writes a batch (the effects of one engine step) in one transaction, with the session.
    public func write(events: [HistoryEvent], spans: [Span], session: SessionSnapshot?) throws(StoreError) {
        do {
            try database.transaction {
                for span in spans { try insert(span) }
                for event in events { try insert(event) }
                if let session { try save(session) }
            }
        } catch {
            throw StoreError.write("\(error)")
        }
    }

    private func insert(_ span: Span) throws {
        try database.run("INSERT INTO spans (activity, start, seconds) VALUES (?, ?, ?)",
                         [.text(span.activity.rawValue), .real(span.start.timeIntervalSince1970), .real(span.seconds)])
    }

    private func insert(_ event: HistoryEvent) throws {
        try database.run("""
            INSERT INTO events (at, kind, posture, seconds, name, result, sides) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.real(event.at.timeIntervalSince1970), .text(event.kind.rawValue), text(event.posture?.rawValue),
                  event.seconds.map { .real($0) } ?? .null, text(event.name), text(event.result?.rawValue), text(event.sides)])
        try database.run("""
            INSERT INTO day_counts (day, kind, posture, name, result, count, max_seconds) VALUES (?, ?, ?, ?, ?, 1, ?)
            ON CONFLICT (day, kind, posture, name, result)
            DO UPDATE SET count = count + 1, max_seconds = max(max_seconds, excluded.max_seconds)
            """, [.text(days.day(of: event.at).description), .text(event.kind.rawValue), .text(event.posture?.rawValue ?? ""),
                  .text(event.name ?? ""), .text(event.result?.rawValue ?? ""), .real(event.seconds ?? 0)])
    }

    private func save(_ session: SessionSnapshot) throws {
        try database.run("""
            INSERT OR REPLACE INTO session (id, pid, updated, state, posture, stretch_seconds, interval,
                break_remaining, open_activity, open_start, open_seconds, running)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(Int64(session.pid)), .real(session.updated.timeIntervalSince1970), .text(session.state),
                  .text(session.posture.rawValue), .real(session.stretchSeconds), .real(session.interval),
                  session.breakRemaining.map { .real($0) } ?? .null, text(session.openSpan?.activity.rawValue),
                  session.openSpan.map { .real($0.start.timeIntervalSince1970) } ?? .null,
                  session.openSpan.map { .real($0.seconds) } ?? .null, .integer(session.running ? 1 : 0)])
    }

    private func text(_ value: String?) -> Database.Value {
        value.map { .text($0) } ?? .null
    }

    // MARK: Reading

    public func session() throws(StoreError) -> SessionSnapshot? {
        do {
            guard let row = try database.query("""
                SELECT pid, updated, state, posture, stretch_seconds, interval, break_remaining,
                       open_activity, open_start, open_seconds, running FROM session WHERE id = 1
                """).first else { return nil }
            let open: Span? = row[7].string.flatMap(Activity.init).map {
                Span(activity: $0, start: Date(timeIntervalSince1970: row[8].double ?? 0), seconds: row[9].double ?? 0)
            }
            return SessionSnapshot(
                pid: Int32(row[0].int ?? 0), updated: Date(timeIntervalSince1970: row[1].double ?? 0),
                state: row[2].string ?? "working", posture: Posture(rawValue: row[3].string ?? "") ?? .sitting,
                stretchSeconds: row[4].double ?? 0, interval: row[5].double ?? 0, breakRemaining: row[6].double,
                openSpan: open, running: row[10].int == 1)
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }

    /// Spans that overlap [from, to).
    public func spans(from: Date, to: Date) throws(StoreError) -> [Span] {
        do {
            // A span starts at most a few days before it ends; look back a week for long gaps.
            return try database.query("SELECT activity, start, seconds FROM spans WHERE start >= ? AND start < ? ORDER BY start",
                                      [.real(from.timeIntervalSince1970 - 7 * 86_400), .real(to.timeIntervalSince1970)])
                .compactMap { row in
                    guard let activity = row[0].string.flatMap(Activity.init) else { return nil }
                    let span = Span(activity: activity, start: Date(timeIntervalSince1970: row[1].double ?? 0), seconds: row[2].double ?? 0)
                    return span.end > from ? span : nil
                }
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }

    public func events(from: Date, to: Date) throws(StoreError) -> [HistoryEvent] {
        do {
            return try database.query("""
                SELECT at, kind, posture, seconds, name, result, sides FROM events WHERE at >= ? AND at < ? ORDER BY at
                """, [.real(from.timeIntervalSince1970), .real(to.timeIntervalSince1970)]).compactMap { row in
                guard let kind = row[1].string.flatMap(HistoryEvent.Kind.init) else { return nil }
                return HistoryEvent(at: Date(timeIntervalSince1970: row[0].double ?? 0), kind: kind,
                                    posture: row[2].string.flatMap(Posture.init), seconds: row[3].double,
                                    name: row[4].string, result: row[5].string.flatMap { HistoryEvent.Result(rawValue: $0) }, sides: row[6].string)
            }
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }
}

extension HistoryStore {
    /// Events counted per local day and kind, from `day_counts`.
    public func eventCounts(from first: LocalDay, through last: LocalDay) throws(StoreError) -> [EventCount] {
        do {
            return try database.query("""
                SELECT day, kind, posture, name, result, count, max_seconds FROM day_counts WHERE day >= ? AND day <= ?
                """, [.text(first.description), .text(last.description)]).compactMap { row in
                guard let day = row[0].string.flatMap(LocalDay.init(iso:)),
                      let kind = row[1].string.flatMap(HistoryEvent.Kind.init) else { return nil }
                let text = { (value: Database.Value) -> String? in value.string.flatMap { $0.isEmpty ? nil : $0 } }
                return EventCount(day: day, kind: kind, posture: text(row[2]).flatMap(Posture.init), name: text(row[3]),
                                  result: text(row[4]).flatMap { HistoryEvent.Result(rawValue: $0) }, count: row[5].int ?? 0, maxSeconds: row[6].double ?? 0)
            }
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }
}

extension HistoryStore {
    /// The exercise ids of the most recent break, so a restarted limber does not repeat it.
    public func lastRoutine() throws(StoreError) -> [String] {
        do {
            // Walk the time index back from the newest event to the last break: a year of
            // events is never scanned (that would fill the page cache, and memory, for nothing).
            guard let last = try database.query(
                "SELECT at FROM events WHERE kind = 'break_start' ORDER BY at DESC LIMIT 1").first?.first?.double else { return [] }
            return try database.query("SELECT name FROM events WHERE at >= ? AND kind = 'exercise' ORDER BY at, id",
                                      [.real(last)]).compactMap { $0[0].string }
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }
}
