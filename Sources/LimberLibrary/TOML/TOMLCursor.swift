/// Moving over the bytes: whitespace, comments, line ends, and located errors.
extension TOMLParser {
    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { prefix in
            (0..<count).allSatisfy { bytes[index + $0] == prefix[$0] }
        }
    }

    func isNewline(_ byte: UInt8?) -> Bool {
        byte == 0x0A || byte == 0x0D
    }

    /// Spaces and tabs: TOML's only whitespace within a line.
    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }

    /// A line end: LF or CR LF (a lone CR is not one).
    mutating func newline() throws(TOMLError) {
        if peek() == 0x0A { index += 1; return }
        guard peek() == 0x0D, peek(1) == 0x0A else {
            throw failure("a carriage return (\\r) must be followed by a line feed")
        }
        index += 2
    }

    /// `# ...` up to the line end; control characters other than tab are refused.
    mutating func skipComment() throws(TOMLError) {
        guard peek() == UInt8(ascii: "#") else { return }
        index += 1
        while let byte = peek(), byte != 0x0A {
            if byte == 0x0D, peek(1) == 0x0A { return }
            if Self.isControl(byte) { throw failure("a comment contains the control character \(quotedCharacter(at: index))") }
            index += 1
        }
    }

    /// Whitespace, comments and line ends, as allowed between an array's values.
    mutating func skipBlankSpace() throws(TOMLError) {
        while true {
            skipSpaces()
            try skipComment()
            guard isNewline(peek()) else { return }
            try newline()
        }
    }

    /// The rest of a line after a value or header: spaces, an optional comment, then the end.
    mutating func endOfLine(after what: String) throws(TOMLError) {
        skipSpaces()
        try skipComment()
        guard let byte = peek() else { return }
        guard isNewline(byte) else {
            throw failure("unexpected text after \(what): put one key = value on each line")
        }
        try newline()
    }

    /// Control characters TOML refuses in strings and comments: all but tab.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F
    }

    // MARK: Errors

    func position(_ offset: Int) -> TOMLPosition {
        locator.position(at: offset)
    }

    func failure(_ message: String, at offset: Int? = nil) -> TOMLError {
        let place = position(offset ?? index)
        return TOMLError(line: place.line, column: place.column, message: message)
    }

    /// The character at `offset` for an error message: `'x'`, or an escape for a control.
    func quotedCharacter(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + FileText.quoted(String(decoding: bytes[offset..<end], as: UTF8.self)) + "'"
    }
}
