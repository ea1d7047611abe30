#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberClock
import LimberCore

/// The movement history: spans of time, events, and the running session. Every write is its
/// own committed transaction, so a killed process loses nothing already written.
///
/// Opening never writes: the file is checked (regular file, SQLite header, Limber's id and
/// schema, and for the TUI an integrity check) over a read-only connection, so a file that is
/// not Limber's, or is damaged, is refused byte for byte untouched. The writing side (schema,
/// WAL) is set up afterwards; when that fails (read-only file, full disk, file-size limit) the
/// store still reads, and the next write tries again.
public final class HistoryStore {
    /// Opens a connection; tests pass their own to make SQLite fail on cue.
    public typealias Connect = (String, Database.Mode) throws -> Database

    public let path: String
    /// The connection in use: read-only until writing is set up. Nil while there is no history.
    private(set) var database: Database?
    private var writable = false
    private let connect: Connect
    let days: any DayClock
    /// Rows skipped for values out of range, by table.
    private var skipped: [String: Int] = [:]
    private var warned = false

    public static func file(in folder: String) -> String { folder + "/limber.db" }

    /// The database and the files SQLite keeps beside it.
    static func files(of path: String) -> [String] { [path, path + "-wal", path + "-shm", path + "-journal"] }

    /// Opens the history in `folder`. `readOnly` is for `summary` and `status`, which never
    /// change anything and read nothing from a history still being created. Otherwise the
    /// history is created when missing, or as soon as writing works.
    public init(folder: String, readOnly: Bool = false, days: any DayClock = SystemDayClock(),
                connect: @escaping Connect = { try Database(path: $0, mode: $1) }) throws(StoreError) {
        path = Self.file(in: folder)
        self.days = days
        self.connect = connect
        for file in Self.files(of: path) { try DataFile.check(file) }
        if !readOnly { Self.unlockCompanions(path) }
        if try Self.hasHeader(path) {
            database = try Self.validated(path, connect: connect, readOnly: readOnly)
        }
        if !readOnly {
            // Failing here is not fatal: the first write reports it, and each write retries.
            _ = try? writableDatabase()
        }
    }

    /// True when the file starts like SQLite; false when it is missing or empty (a new
    /// history). Anything else is not ours: refused without handing it to SQLite.
    private static func hasHeader(_ path: String) throws(StoreError) -> Bool {
        var info = stat()
        if lstat(path, &info) != 0, errno == ENOENT || errno == ENOTDIR { return false }
        let fd = try DataFile.openFile(path, O_RDONLY)
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(fd, &header, 16)
        if count == 0 { return false }
        guard count == 16, header == Array("SQLite format 3\0".utf8) else { throw StoreError.notLimber(path) }
        return true
    }

    /// Checks the file over a read-only connection, in one read transaction (so a history being
    /// created by another process is seen whole or not at all). Nil for a blank SQLite file.
    private static func validated(_ path: String, connect: Connect, readOnly: Bool) throws(StoreError) -> Database? {
        do {
            let database = try connect(path, .readOnly)
            try database.execute("PRAGMA cache_size = -512")
            let version = try database.reading { () throws -> Int? in
                guard let version = try inspect(database, path) else { return nil }
                // The TUI writes into it: make sure every page is sound first. `status` only reads.
                if !readOnly, let result = try database.query("PRAGMA quick_check(1)").first?.first?.string, result != "ok" {
                    throw StoreError.unreadable(path, result)
                }
                return version
            }
            guard let version else { return nil }
            if readOnly, version < Schema.version { throw StoreError.tooOld(path) }
            return database
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }

    /// The schema version of a Limber history, or nil for a blank SQLite file. Throws for
    /// somebody else's database or a newer Limber's.
    private static func inspect(_ database: Database, _ path: String) throws -> Int? {
        let id = try database.query("PRAGMA application_id").first?.first?.int ?? 0
        let version = try database.query("PRAGMA user_version").first?.first?.int ?? 0
        let tables = try database.query("SELECT count(*) FROM sqlite_master").first?.first?.int ?? 0
        if id == 0, version == 0, tables == 0 { return nil }
        guard Int64(id) == Schema.applicationID else { throw StoreError.notLimber(path) }
        if version > Schema.version { throw StoreError.tooNew(path, version) }
        return version
    }

    /// The connection to write with, set up on first use: created when missing, the schema
    /// brought up to date in one transaction, WAL, private. Any failure is a write failure.
    private func writableDatabase() throws(StoreError) -> Database {
        if writable, let database { return database }
        do {
            for file in Self.files(of: path) { try DataFile.check(file) }
            Self.unlockCompanions(path)
            // The history is private: files 0600. The mask is put back at once, so hooks and
            // other children don't inherit it.
            let mask = umask(0o077)
            let opened = Result { try connect(path, .readWrite(create: true)) }
            umask(mask)
            let database = try opened.get()
            guard !database.isReadOnly else { throw StoreError.write("\(path) is read-only") }
            // A small page cache: the TUI touches a few pages a minute, and its memory budget
            // is a few MB.
            try database.execute("PRAGMA cache_size = -512")
            try migrate(database)
            try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
            try DataFile.makePrivate(path)
            self.database = database
            writable = true
            return database
        } catch let error as StoreError {
            if case .write = error { throw error }
            throw StoreError.write("\(error)")
        } catch {
            throw StoreError.write("\(error)")
        }
    }

    /// SQLite creates -wal and -shm with the database's mode: made while `limber.db` was
    /// read-only, they would keep the history read-only after it no longer is. They are ours
    /// and private (0600), whatever the database's own mode.
    private static func unlockCompanions(_ path: String) {
        for file in files(of: path).dropFirst() { try? DataFile.makePrivate(file) }
    }

    /// Brings the schema up to date in one transaction, which also stamps the file as
    /// Limber's: a reader sees no history or a whole one, never tables half made.
    private func migrate(_ database: Database) throws {
        try database.transaction {
            let version = try Self.inspect(database, path) ?? 0
            guard version < Schema.version else { return }
            for migration in Schema.migrations[version...] { try database.execute(migration) }
            try database.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = \(Schema.version);")
        }
    }

    // MARK: Writing

    /// Writes a batch (the effects of one engine step) in one transaction, with the session.
    public func write(events: [HistoryEvent], spans: [Span], session: SessionSnapshot?) throws(StoreError) {
        let database = try writableDatabase()
        do {
            try database.transaction {
                for span in spans { try insert(span, database) }
                for event in events { try insert(event, database) }
                if let session { try save(session, database) }
            }
        } catch {
            throw StoreError.write("\(error)")
        }
    }

    private func insert(_ span: Span, _ database: Database) throws {
        try database.run("INSERT INTO spans (activity, start, seconds) VALUES (?, ?, ?)",
                         [.text(span.activity.rawValue), .real(span.start.timeIntervalSince1970), .real(span.seconds)])
    }

    private func insert(_ event: HistoryEvent, _ database: Database) throws {
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

    private func save(_ session: SessionSnapshot, _ database: Database) throws {
        try database.run("""
            INSERT OR REPLACE INTO session (id, pid, updated, state, posture, stretch_seconds, interval,
                break_remaining, open_activity, open_start, open_seconds, running)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(Int64(session.pid)), .real(session.updated.timeIntervalSince1970), .text(session.state.rawValue),
                  .text(session.posture.rawValue), .real(session.stretchSeconds), .real(session.interval),
                  session.breakRemaining.map { .real($0) } ?? .null, text(session.openSpan?.activity.rawValue),
                  session.openSpan.map { .real($0.start.timeIntervalSince1970) } ?? .null,
                  session.openSpan.map { .real($0.seconds) } ?? .null, .integer(session.running ? 1 : 0)])
    }

    private func text(_ value: String?) -> Database.Value {
        value.map { .text($0) } ?? .null
    }

    // MARK: Rows that were not trusted

    /// Runs a query for reading; no history yet reads as no rows.
    func rows(_ sql: String, _ values: [Database.Value] = []) throws(StoreError) -> [[Database.Value]] {
        guard let database else { return [] }
        do {
            return try database.query(sql, values)
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }

    /// The same, each row handed to `body` as it is read (`Database.forEachRow`).
    func eachRow(_ sql: String, _ values: [Database.Value] = [], _ body: (Database.Row) -> Void) throws(StoreError) {
        guard let database else { return }
        do {
            try database.forEachRow(sql, values, body)
        } catch {
            throw StoreError.unreadable(path, "\(error)")
        }
    }

    /// Counts a row skipped for a value out of range.
    func skip(_ table: String) {
        skipped[table, default: 0] += 1
    }

    /// One line about the rows skipped so far, the first time there are any; nil after that,
    /// so the warning is shown once however many rows are read.
    public func takeWarning() -> String? {
        guard !warned, !skipped.isEmpty else { return nil }
        warned = true
        let count = skipped.values.reduce(0, +)
        let tables = skipped.keys.sorted().joined(separator: ", ")
        return "ignored \(count) history \(count == 1 ? "row" : "rows") with impossible values (\(tables)) in \(path); "
            + "the file was left as it is"
    }
}
