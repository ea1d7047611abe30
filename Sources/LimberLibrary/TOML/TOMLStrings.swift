import LimberCore

/// The four string forms: "basic" with escapes, 'literal' as written, and their multi-line
/// """ and ''' forms. Text is gathered as bytes (already checked UTF-8) and decoded once.
extension TOMLParser {
    mutating func basicString() throws(TOMLError) -> String {
        let start = index
        index += 1
        var text: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &text)
            case 0x0A, 0x0D:
                throw failure("a string in \"quotes\" must end on the same line; use \"\"\" for several lines")
            default:
                try plain(byte, into: &text, in: "a string")
            }
        }
        throw failure("a string is not closed; end it with \"", at: start)
    }

    mutating func literalString() throws(TOMLError) -> String {
        let start = index
        index += 1
        var text: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "'"):
                index += 1
                return String(decoding: text, as: UTF8.self)
            case 0x0A, 0x0D:
                throw failure("a string in 'quotes' must end on the same line; use ''' for several lines")
            default:
                try plain(byte, into: &text, in: "a string")
            }
        }
        throw failure("a string is not closed; end it with '", at: start)
    }

    mutating func multilineBasicString() throws(TOMLError) -> String {
        try multilineString(quote: UInt8(ascii: "\""))
    }

    mutating func multilineLiteralString() throws(TOMLError) -> String {
        try multilineString(quote: UInt8(ascii: "'"))
    }

    /// Between triple quotes. A line end right after the opening quotes is dropped; line ends
    /// are kept as "\n" (CR LF included); one or two quotes may sit just before the closing three.
    private mutating func multilineString(quote: UInt8) throws(TOMLError) -> String {
        let start = index
        index += 3
        if isNewline(peek()) { try newline() }
        var text: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case quote:
                var run = 0
                while peek(run) == quote { run += 1 }
                if run >= 3 {
                    let taken = min(run, 5) // up to two quotes belong to the text
                    text.append(contentsOf: repeatElement(quote, count: taken - 3))
                    index += taken
                    return String(decoding: text, as: UTF8.self)
                }
                text.append(contentsOf: repeatElement(quote, count: run))
                index += run
            case UInt8(ascii: "\\") where quote == UInt8(ascii: "\""):
                if try !skipLineEndingBackslash() { try escape(into: &text) }
            case 0x0A, 0x0D:
                try newline()
                text.append(0x0A)
            default:
                try plain(byte, into: &text, in: "a multi-line string")
            }
        }
        throw failure("a multi-line string is not closed; end it with \(quote == UInt8(ascii: "'") ? "'''" : "\"\"\"")", at: start)
    }

    /// In a """ string, a backslash that is the last thing on its line joins the next line on,
    /// dropping the line end and all whitespace up to the next text.
    private mutating func skipLineEndingBackslash() throws(TOMLError) -> Bool {
        var probe = index + 1
        while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
        guard probe < bytes.count, isNewline(bytes[probe]) else { return false }
        index = probe
        while let byte = peek(), byte == 0x20 || byte == 0x09 || isNewline(byte) {
            if isNewline(byte) { try newline() } else { index += 1 }
        }
        return true
    }

    /// One byte of text as written; control characters must be escaped instead.
    private mutating func plain(_ byte: UInt8, into text: inout [UInt8], in what: String) throws(TOMLError) {
        guard !Self.isControl(byte) else {
            throw failure("\(what) contains the control character \(quotedCharacter(at: index)); write it as an escape like \\u001B")
        }
        text.append(byte)
        index += 1
    }

    /// `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`.
    private mutating func escape(into text: inout [UInt8]) throws(TOMLError) {
        let start = index
        index += 1
        guard let letter = peek() else { throw failure("a string is not closed", at: start) }
        index += 1
        let simple: UInt8? = switch letter {
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        default: nil
        }
        if let simple {
            text.append(simple)
            return
        }
        guard letter == UInt8(ascii: "u") || letter == UInt8(ascii: "U") else {
            throw failure("\(quotedEscape(start, index)) is not a valid escape (use \\\\ for a backslash)", at: start)
        }
        let length = letter == UInt8(ascii: "u") ? 4 : 8
        var code: UInt32 = 0
        for _ in 0..<length {
            guard let byte = peek(), let digit = byte.hexDigitValue else {
                throw failure("\(quotedEscape(start, index + 1)) is not a valid escape: \\\(letter == UInt8(ascii: "u") ? "u" : "U") takes \(length) hex digits", at: start)
            }
            code = code << 4 | UInt32(digit)
            index += 1
        }
        guard let scalar = Unicode.Scalar(code) else {
            throw failure("\(quotedEscape(start, index)) is not a Unicode character (surrogates and values past 10FFFF are not)", at: start)
        }
        text.append(contentsOf: String(scalar).utf8)
    }

    private func quotedEscape(_ start: Int, _ end: Int) -> String {
        var end = min(end, bytes.count)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + FileText.quoted(String(decoding: bytes[start..<end], as: UTF8.self)) + "'"
    }
}
