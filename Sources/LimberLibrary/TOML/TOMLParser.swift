/// A complete TOML 1.0.0 reader, checked against the official conformance suite
/// (Tests/Fixtures/toml-test). It reads bytes, so invalid UTF-8 is refused rather than
/// replaced, and it keeps what Limber's errors need: the line and column of every key and
/// value, and keys in file order. It never traps: nesting is limited to `maxDepth` and each
/// key is checked for duplicates with one lookup, so hostile files get a located error in
/// linear time.
public struct TOMLParser {
    /// Deeper arrays, inline tables or dotted keys are refused (they would only ever come from
    /// a hostile file, and unbounded nesting would overflow the stack).
    public static let maxDepth = 64

    let bytes: [UInt8]
    var index: Int
    let locator: TOMLLocator

    public static func parse(_ source: String) throws(TOMLError) -> TOMLTable {
        try parse(bytes: Array(source.utf8))
    }

    public static func parse(bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        let start = bytes.starts(with: TOMLEncoding.byteOrderMark) ? 3 : 0
        var parser = TOMLParser(bytes: bytes, index: start, locator: TOMLLocator(bytes: bytes, start: start))
        if let bad = TOMLEncoding.firstInvalidByte(in: bytes) {
            throw parser.failure("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16)))", at: bad)
        }
        return try parser.document()
    }

    // MARK: Document

    /// Lines of `key = value`, `[table]` and `[[array of tables]]`, comments and blank lines.
    private mutating func document() throws(TOMLError) -> TOMLTable {
        let root = TOMLTableNode(origin: .closed, position: TOMLPosition(line: 1, column: 1), depth: 0)
        var current = root
        while true {
            skipSpaces()
            guard let byte = peek() else { break }
            switch byte {
            case UInt8(ascii: "#"), 0x0A, 0x0D:
                try endOfLine(after: "")
                continue
            case UInt8(ascii: "["):
                current = try header(in: root)
                try endOfLine(after: "the table header")
            default:
                try keyValue(into: current)
                try endOfLine(after: "the value")
            }
        }
        return root.table()
    }

    /// `[a.b]` or `[[a.b]]`: the table that the following keys go into.
    private mutating func header(in root: TOMLTableNode) throws(TOMLError) -> TOMLTableNode {
        let place = position(index)
        let isArray = peek(1) == UInt8(ascii: "[")
        index += isArray ? 2 : 1
        skipSpaces()
        let path = try key()
        skipSpaces()
        for _ in 0..<(isArray ? 2 : 1) {
            guard peek() == UInt8(ascii: "]") else {
                throw failure(isArray ? "expected ']]' to close the [[table]] header" : "expected ']' to close the [table] header")
            }
            index += 1
        }
        return try open(path, isArray: isArray, at: place, in: root)
    }

    /// `key = value`, where the key may be dotted; added to `table` by TOML's rules.
    mutating func keyValue(into table: TOMLTableNode) throws(TOMLError) {
        let path = try key()
        skipSpaces()
        guard peek() == UInt8(ascii: "=") else {
            throw failure(peek() == nil || isNewline(peek()) ? "expected '=' and a value after the key" : "expected '=' after the key")
        }
        index += 1
        skipSpaces()
        let place = position(index)
        let value = try self.value(depth: table.depth + path.count)
        try insert(value, at: path, valuePosition: place, into: table)
    }

    // MARK: Keys

    struct KeyPart {
        var name: String
        var offset: Int
        var position: TOMLPosition
    }

    /// A bare, quoted or dotted key (`name`, `"a b"`, `hooks.on_skip`).
    mutating func key() throws(TOMLError) -> [KeyPart] {
        var parts = [try simpleKey()]
        while true {
            let save = index
            skipSpaces()
            guard peek() == UInt8(ascii: ".") else {
                index = save
                return parts
            }
            index += 1
            skipSpaces()
            parts.append(try simpleKey())
            if parts.count > Self.maxDepth {
                throw failure("a dotted key has more than \(Self.maxDepth) parts", at: parts[0].offset)
            }
        }
    }

    private mutating func simpleKey() throws(TOMLError) -> KeyPart {
        let start = index
        let place = position(start) // before the value's, so positions are asked for in order
        switch peek() {
        case UInt8(ascii: "\""):
            if starts(with: "\"\"\"") { throw failure("a key cannot be a multi-line string") }
            return KeyPart(name: try basicString(), offset: start, position: place)
        case UInt8(ascii: "'"):
            if starts(with: "'''") { throw failure("a key cannot be a multi-line string") }
            return KeyPart(name: try literalString(), offset: start, position: place)
        default:
            while let byte = peek(), Self.isBareKeyByte(byte) { index += 1 }
            guard index > start else { throw failure(expectedKey()) }
            return KeyPart(name: String(decoding: bytes[start..<index], as: UTF8.self), offset: start, position: place)
        }
    }

    private func expectedKey() -> String {
        guard let byte = peek() else { return "expected a key" }
        if byte >= 0x80 {
            return "expected a key: a bare key may use only A-Z a-z 0-9 _ -; put other characters in \"quotes\""
        }
        if byte == UInt8(ascii: "=") { return "expected a key before '='" }
        return "expected a key, found \(quotedCharacter(at: index))"
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    // MARK: Values

    mutating func value(depth: Int) throws(TOMLError) -> TOMLValue {
        guard depth <= Self.maxDepth else {
            throw failure("values are nested more than \(Self.maxDepth) levels deep")
        }
        switch peek() {
        case UInt8(ascii: "\""):
            return .string(starts(with: "\"\"\"") ? try multilineBasicString() : try basicString())
        case UInt8(ascii: "'"):
            return .string(starts(with: "'''") ? try multilineLiteralString() : try literalString())
        case UInt8(ascii: "["):
            return try array(depth: depth)
        case UInt8(ascii: "{"):
            return try inlineTable(depth: depth)
        default:
            return try scalar()
        }
    }

    /// `[1, 2, 3]`, across lines, with comments and a trailing comma allowed.
    private mutating func array(depth: Int) throws(TOMLError) -> TOMLValue {
        index += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlankSpace()
            if peek() == UInt8(ascii: "]") { index += 1; return .array(items) }
            items.append(try value(depth: depth + 1))
            try skipBlankSpace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(items)
            case nil: throw failure("an array is not closed; end it with ']'")
            default: throw failure("expected ',' or ']' in an array, found \(quotedCharacter(at: index))")
            }
        }
    }

    /// `{ a = 1, b.c = 2 }` on one line, no trailing comma; closed once written.
    private mutating func inlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        let table = TOMLTableNode(origin: .closed, position: position(index), depth: depth)
        index += 1
        skipSpaces()
        if peek() == UInt8(ascii: "}") { index += 1; return .table(table.table()) }
        while true {
            try keyValue(into: table)
            skipSpaces()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                skipSpaces()
                if peek() == UInt8(ascii: "}") { throw failure("an inline table cannot end with a comma") }
            case UInt8(ascii: "}"):
                index += 1
                return .table(table.table())
            case nil:
                throw failure("an inline table is not closed; end it with '}' on the same line")
            case let byte? where isNewline(byte) || byte == UInt8(ascii: "#"):
                throw failure("an inline table must be on one line; use a [table] header for several lines")
            default:
                throw failure("expected ',' or '}' in an inline table, found \(quotedCharacter(at: index))")
            }
        }
    }
}
