#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSQLite
import LimberCore

/// A thin, honest wrapper over one SQLite connection: run statements, bind values, read rows.
/// Every error carries SQLite's own message (and the system's, for a failed read or write).
public final class Database {
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// How a connection may use its file.
    public enum Mode: Sendable {
        /// Never writes the database (it may create the -shm index of a WAL database).
        case readOnly
        /// Reads and writes; `create` makes the file when missing.
        case readWrite(create: Bool)
    }

    /// A value to bind or read.
    public enum Value: Equatable, Sendable {
        case integer(Int64)
        case real(Double)
        case text(String)
        case null

        public var double: Double? {
            switch self {
            case .integer(let v): Double(v)
            case .real(let v): v
            default: nil
            }
        }

        public var string: String? {
            if case .text(let v) = self { return v }
            return nil
        }

        /// The value as a whole number, or nil when it is none (a fraction, NaN, out of range).
        public var int: Int? {
            switch self {
            case .integer(let v): Int(exactly: v)
            case .real(let v): Int(exactly: v)
            default: nil
            }
        }

        /// A number inside `range`, else nil: never infinity, NaN or a value nobody wrote.
        public func double(in range: ClosedRange<Double>) -> Double? {
            double.flatMap { range.contains($0) ? $0 : nil }
        }

        /// A whole number inside `range`, else nil.
        public func int(in range: ClosedRange<Int>) -> Int? {
            int.flatMap { range.contains($0) ? $0 : nil }
        }
    }

    private var handle: OpaquePointer?
    public let path: String

    /// SQLite opens files with our open(2): no symlink followed when writing, no FIFO waited on.
    private static let safeOpen: Int32 = limber_sqlite_install_open()

    public init(path: String, mode: Mode) throws {
        self.path = path
        guard Self.safeOpen == SQLITE_OK else { throw Failure(message: "cannot set up SQLite's file opening") }
        let flags = switch mode {
        case .readOnly: SQLITE_OPEN_READONLY
        case .readWrite(let create): SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        }
        let result = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard result == SQLITE_OK else {
            let message = handle.map { _ in lastError } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw Failure(message: message)
        }
        // A second process (summary, status) may be reading while the TUI writes.
        sqlite3_busy_timeout(handle, 2000)
    }

    /// Opens an existing database (`create: false`) or creates it.
    public convenience init(path: String, create: Bool) throws {
        try self.init(path: path, mode: .readWrite(create: create))
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// True when the connection cannot write: opened read-only, or the file is write-protected
    /// (SQLite then opens it read-only without saying so).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Runs one or more statements without results.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw Failure(message: withSystemError(message))
        }
    }

    /// Runs one statement with bound values.
    public func run(_ sql: String, _ values: [Value] = []) throws {
        _ = try query(sql, values)
    }

    /// Runs one statement and returns its rows.
    @discardableResult
    public func query(_ sql: String, _ values: [Value] = []) throws -> [[Value]] {
        var rows: [[Value]] = []
        try forEachRow(sql, values) { row in rows.append((0..<row.count).map { row[$0] }) }
        return rows
    }

    /// Runs one statement and hands each row to `body` as it is read, its columns read in
    /// place: no array per row, no array of rows. A year's summary reads ~20,000 rows, and
    /// building them as arrays of values was most of its time (docs/PERFORMANCE.md, issue 22).
    public func forEachRow(_ sql: String, _ values: [Value] = [], _ body: (Row) -> Void) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw Failure(message: lastError) }
        defer { sqlite3_finalize(statement) }
        for (index, value) in values.enumerated() {
            bind(value, at: Int32(index + 1), in: statement)
        }
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return }
            guard step == SQLITE_ROW else { throw Failure(message: lastError) }
            body(Row(statement: statement))
        }
    }

    /// The row a statement stands on. Only valid inside the `forEachRow` call that gave it.
    public struct Row {
        fileprivate let statement: OpaquePointer?

        public var count: Int { Int(sqlite3_column_count(statement)) }

        /// The column's value; a column past the end reads as NULL (SQLite leaves it undefined).
        public subscript(_ index: Int) -> Value {
            guard index >= 0, index < count else { return .null }
            let column = Int32(index)
            switch sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
            case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
            case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(statement, column)))
            default: return .null
            }
        }

        /// The column's text as UTF-8 bytes, valid only inside `body`; nil when the column is not
        /// text. For values read from thousands of rows without a String made for each.
        public func withText<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
            guard index >= 0, index < count else { return nil }
            let column = Int32(index)
            guard sqlite3_column_type(statement, column) == SQLITE_TEXT, let text = sqlite3_column_text(statement, column)
            else { return nil }
            return body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column))))
        }
    }

    /// Runs `body` in one transaction: all of it is committed, or none.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        return try finishing(body)
    }

    /// Runs `body` in one read transaction: every statement sees the same committed state.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN DEFERRED")
        return try finishing(body)
    }

    private func finishing<T>(_ body: () throws -> T) throws -> T {
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    private var lastError: String { withSystemError(String(cString: sqlite3_errmsg(handle))) }

    /// SQLite says "disk I/O error" for a file-size limit; the system's reason says which.
    private func withSystemError(_ message: String) -> String {
        let code = sqlite3_errcode(handle)
        guard code == SQLITE_IOERR || code == SQLITE_CANTOPEN else { return message }
        let system = sqlite3_system_errno(handle)
        guard system != 0, let text = strerror(system) else { return message }
        return "\(message) (\(String(cString: text)))"
    }

    private func bind(_ value: Value, at index: Int32, in statement: OpaquePointer?) {
        switch value {
        case .integer(let v): sqlite3_bind_int64(statement, index, v)
        case .real(let v): sqlite3_bind_double(statement, index, v)
        case .text(let v): sqlite3_bind_text(statement, index, v, -1, limber_sqlite_transient())
        case .null: sqlite3_bind_null(statement, index)
        }
    }
}
