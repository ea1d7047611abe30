/// A small TOML reader: comments, bare and quoted keys, basic and literal strings (single and
/// multi-line), integers, floats, booleans, arrays (across lines), `[table]` and `[[table]]`.
/// Dotted keys, dates and inline tables are not needed by Limber's files and are reported as
/// errors rather than misread.
public struct TOMLParser {
    private let text: [Unicode.Scalar]
    private var index = 0
    private var line = 1

    public static func parse(_ source: String) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(text: Array(source.unicodeScalars))
        return try parser.document()
    }

    private init(text: [Unicode.Scalar]) {
        self.text = text
    }

    // MARK: Document

    private mutating func document() throws(TOMLError) -> TOMLTable {
        var root = TOMLTable(line: 1)
        var current: [String]? = nil // the header path of the table being filled
        var isArrayTable = false
        while true {
            skipBlankLinesAndComments()
            guard let c = peek() else { break }
            if c == "[" {
                let headerLine = line
                let double = peek(1) == "["
                index += double ? 2 : 1
                skipSpaces()
                let name = try key()
                skipSpaces()
                try expect(double ? "]]" : "]")
                try endOfLine()
                current = [name]
                isArrayTable = double
                try open(name, arrayTable: double, line: headerLine, in: &root)
                continue
            }
            let keyLine = line
            let name = try key()
            skipSpaces()
            try expect("=")
            skipSpaces()
            let value = try self.value()
            try endOfLine()
            if let path = current {
                try insert(name, value, line: keyLine, under: path[0], arrayTable: isArrayTable, in: &root)
            } else {
                try root.set(name, value, line: keyLine)
            }
        }
        return root
    }

    private func open(_ name: String, arrayTable: Bool, line: Int, in root: inout TOMLTable) throws(TOMLError) {
        let fresh = TOMLValue.table(TOMLTable(line: line))
        if arrayTable {
            if root[name] == nil {
                try root.set(name, .array([fresh]), line: line)
            } else {
                try root.update(name) { (value: inout TOMLValue) throws(TOMLError) in
                    guard case .array(var items) = value else {
                        throw TOMLError(line: line, message: "'\(name)' is not an array of tables")
                    }
                    items.append(fresh)
                    value = .array(items)
                }
            }
        } else {
            try root.set(name, fresh, line: line)
        }
    }

    private func insert(_ key: String, _ value: TOMLValue, line: Int, under name: String, arrayTable: Bool,
                        in root: inout TOMLTable) throws(TOMLError) {
        try root.update(name) { (container: inout TOMLValue) throws(TOMLError) in
            switch container {
            case .table(var table) where !arrayTable:
                try table.set(key, value, line: line)
                container = .table(table)
            case .array(var items) where arrayTable:
                guard case .table(var table)? = items.last else { return }
                try table.set(key, value, line: line)
                items[items.count - 1] = .table(table)
                container = .array(items)
            default:
                throw TOMLError(line: line, message: "'\(name)' is not a table")
            }
        }
    }

    // MARK: Keys

    private mutating func key() throws(TOMLError) -> String {
        if peek() == "\"" { return try basicString() }
        if peek() == "'" { return try literalString() }
        var name = ""
        while let c = peek(), c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" {
            name.unicodeScalars.append(c)
            index += 1
        }
        guard !name.isEmpty else { throw error("expected a key name") }
        if peek() == "." { throw error("dotted keys are not supported; use a [table] header") }
        return name
    }

    // MARK: Values

    private mutating func value() throws(TOMLError) -> TOMLValue {
        guard let c = peek() else { throw error("expected a value") }
        switch c {
        case "\"":
            return .string(starts(with: "\"\"\"") ? try multilineString(quote: "\"") : try basicString())
        case "'":
            return .string(starts(with: "'''") ? try multilineString(quote: "'") : try literalString())
        case "[":
            return try array()
        case "{":
            throw error("inline tables are not supported; use a [table] header")
        case "t", "f":
            return try boolean()
        default:
            return try number()
        }
    }

    private mutating func boolean() throws(TOMLError) -> TOMLValue {
        if starts(with: "true") { index += 4; return .boolean(true) }
        if starts(with: "false") { index += 5; return .boolean(false) }
        throw error("expected a value (strings need quotes)")
    }

    private mutating func number() throws(TOMLError) -> TOMLValue {
        var raw = ""
        while let c = peek(), "+-0123456789._eE".unicodeScalars.contains(c) {
            raw.unicodeScalars.append(c)
            index += 1
        }
        let digits = raw.replacingUnderscores()
        if let integer = Int(digits) { return .integer(integer) }
        if let float = Double(digits), !digits.isEmpty, float.isFinite { return .float(float) }
        throw error(raw.isEmpty ? "expected a value (strings need quotes)" : "'\(raw)' is not a number")
    }

    private mutating func array() throws(TOMLError) -> TOMLValue {
        index += 1 // [
        var items: [TOMLValue] = []
        while true {
            skipWhitespaceCommentsAndNewlines()
            if peek() == "]" { index += 1; return .array(items) }
            items.append(try value())
            skipWhitespaceCommentsAndNewlines()
            if peek() == "," { index += 1; continue }
            if peek() == "]" { index += 1; return .array(items) }
            throw error("expected ',' or ']' in an array")
        }
    }

    // MARK: Strings

    private mutating func basicString() throws(TOMLError) -> String {
        index += 1
        var result = ""
        while let c = peek() {
            index += 1
            switch c {
            case "\"": return result
            case "\n": throw error("a string in \"quotes\" must end on the same line; use \"\"\" for several lines", line: line)
            case "\\": result.unicodeScalars.append(try escape())
            default: result.unicodeScalars.append(c)
            }
        }
        throw error("a string is not closed")
    }

    private mutating func literalString() throws(TOMLError) -> String {
        index += 1
        var result = ""
        while let c = peek() {
            index += 1
            if c == "'" { return result }
            if c == "\n" { throw error("a string in 'quotes' must end on the same line") }
            result.unicodeScalars.append(c)
        }
        throw error("a string is not closed")
    }

    private mutating func multilineString(quote: Unicode.Scalar) throws(TOMLError) -> String {
        let startLine = line
        index += 3
        if peek() == "\n" { index += 1; line += 1 } // a newline right after the quotes is dropped
        var result = ""
        while let c = peek() {
            if c == quote, peek(1) == quote, peek(2) == quote {
                index += 3
                return result
            }
            index += 1
            if c == "\n" { line += 1 }
            if c == "\\", quote == "\"" {
                if trimLineEndingBackslash() { continue }
                result.unicodeScalars.append(try escape())
            } else {
                result.unicodeScalars.append(c)
            }
        }
        throw error("a multi-line string is not closed", line: startLine)
    }

    /// In a """ string, a backslash at the end of a line joins it to the next, dropping the
    /// newline and the next line's leading whitespace.
    private mutating func trimLineEndingBackslash() -> Bool {
        var probe = index
        while probe < text.count, text[probe] == " " || text[probe] == "\t" { probe += 1 }
        guard probe < text.count, text[probe] == "\n" else { return false }
        index = probe
        while let c = peek(), c == " " || c == "\t" || c == "\n" {
            if c == "\n" { line += 1 }
            index += 1
        }
        return true
    }

    private mutating func escape() throws(TOMLError) -> Unicode.Scalar {
        guard let c = peek() else { throw error("a string is not closed") }
        index += 1
        switch c {
        case "n": return "\n"
        case "t": return "\t"
        case "\"": return "\""
        case "\\": return "\\"
        case "u":
            var hex = ""
            for _ in 0..<4 {
                guard let h = peek() else { break }
                hex.unicodeScalars.append(h)
                index += 1
            }
            guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw error("'\\u\(hex)' is not a valid escape")
            }
            return scalar
        default:
            throw error("'\\\(c)' is not a valid escape (use \\\\ for a backslash)")
        }
    }

    // MARK: Whitespace

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < text.count ? text[index + offset] : nil
    }

    private func starts(with prefix: String) -> Bool {
        var i = index
        for c in prefix.unicodeScalars {
            guard i < text.count, text[i] == c else { return false }
            i += 1
        }
        return true
    }

    private mutating func skipSpaces() {
        while let c = peek(), c == " " || c == "\t" || c == "\r" { index += 1 }
    }

    private mutating func skipComment() {
        if peek() == "#" { while let c = peek(), c != "\n" { index += 1 } }
    }

    private mutating func skipWhitespaceCommentsAndNewlines() {
        while true {
            skipSpaces()
            skipComment()
            guard peek() == "\n" else { return }
            index += 1
            line += 1
        }
    }

    private mutating func skipBlankLinesAndComments() {
        skipWhitespaceCommentsAndNewlines()
    }

    private mutating func endOfLine() throws(TOMLError) {
        skipSpaces()
        skipComment()
        guard let c = peek() else { return }
        guard c == "\n" else { throw error("unexpected text after the value: put one key = value on each line") }
        index += 1
        line += 1
    }

    private mutating func expect(_ token: String) throws(TOMLError) {
        guard starts(with: token) else { throw error("expected '\(token)'") }
        index += token.unicodeScalars.count
    }

    private func error(_ message: String, line: Int? = nil) -> TOMLError {
        TOMLError(line: line ?? self.line, message: message)
    }
}

private extension String {
    func replacingUnderscores() -> String {
        String(unicodeScalars.filter { $0 != "_" }.map(Character.init))
    }
}
