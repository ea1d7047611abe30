/// A parsed TOML value. Only what exercise and config files need: strings, numbers, booleans,
/// arrays and tables (with `[table]` and `[[array of tables]]` headers).
public enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([TOMLValue])
    case table(TOMLTable)

    /// The TOML name of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .boolean: "true or false"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// A table that remembers its keys' order and the line each was written on, so errors can
/// point at the line.
public struct TOMLTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: TOMLValue
        public var line: Int
    }

    public private(set) var entries: [Entry] = []
    /// The line of the table's header (1 for the top level).
    public var line: Int

    public init(line: Int) {
        self.line = line
    }

    public subscript(key: String) -> TOMLValue? {
        entries.first { $0.key == key }?.value
    }

    public func line(of key: String) -> Int {
        entries.first { $0.key == key }?.line ?? line
    }

    public var keys: [String] { entries.map(\.key) }

    mutating func set(_ key: String, _ value: TOMLValue, line: Int) throws(TOMLError) {
        guard self[key] == nil else {
            throw TOMLError(line: line, message: "key '\(key)' is defined twice")
        }
        entries.append(Entry(key: key, value: value, line: line))
    }

    mutating func update(_ key: String, _ body: (inout TOMLValue) throws(TOMLError) -> Void) throws(TOMLError) {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return }
        try body(&entries[index].value)
    }
}

/// A syntax error with the line it was found on.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}
