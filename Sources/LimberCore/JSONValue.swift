/// A JSON value as limber writes it: the one encoder behind the control reply, `status --json`
/// and `summary --format json`, with the one string escaper.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A figure sent as it is (the control reply's seconds).
    case number(Double)
    case integer(Int)
    case bool(Bool)
    /// Keys in the order given: outputs keep a documented order.
    case object([(String, JSONValue)])
    case array([JSONValue])
    /// Written by nothing limber writes; read back as a missing value (`JSONReader`).
    case null

    /// The text, on one line; `spaced` puts a space after each `:` and `,` (the outputs people read).
    public func text(spaced: Bool = false) -> String {
        var out: [UInt8] = []
        write(to: &out, spaced: spaced)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the text's UTF-8 to `out`: a year's summary is thousands of objects, written as
    /// bytes into one buffer (appending to a String cost ~3 times as many instructions).
    public func write(to out: inout [UInt8], spaced: Bool = false) {
        switch self {
        case .string(let value): Self.quote(value, into: &out)
        // JSON has no infinity or NaN; a figure that is not finite is written as 0.
        case .number(let value): out += (value.isFinite ? value.description : "0").utf8
        case .integer(let value): out += String(value).utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (index, field) in fields.enumerated() {
                if index > 0 { Self.comma(&out, spaced) }
                Self.quote(field.0, into: &out)
                out.append(UInt8(ascii: ":"))
                if spaced { out.append(UInt8(ascii: " ")) }
                field.1.write(to: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { Self.comma(&out, spaced) }
                value.write(to: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "]"))
        case .null: out += "null".utf8
        }
    }

    private static func comma(_ out: inout [UInt8], _ spaced: Bool) {
        out.append(UInt8(ascii: ","))
        if spaced { out.append(UInt8(ascii: " ")) }
    }

    /// A JSON string (RFC 8259): quotes, backslashes and every control character escaped, so
    /// any text (an exercise id, an error from another process) stays one valid line.
    public static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `quoted(text)` appended to `out`.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text (ids, names, days) needs no escape: one pass over its bytes says so.
        if !SafeText.needsEscape(text), !text.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C }) {
            out += text.utf8
        } else {
            for scalar in text.unicodeScalars { escape(scalar, into: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        switch scalar {
        case "\"": out += "\\\"".utf8
        case "\\": out += "\\\\".utf8
        case "\n": out += "\\n".utf8
        case "\t": out += "\\t".utf8
        case "\r": out += "\\r".utf8
        // C1 controls too: in a log or a terminal, U+009B is a CSI as much as ESC [ is.
        case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}":
            let hex = String(scalar.value, radix: 16)
            out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
        default: out += String(scalar).utf8
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }
}

/// Whole seconds for the outputs people and scripts read, rounded as the text shows them;
/// never traps on a huge or non-finite value.
public func wholeSeconds(_ seconds: Double, _ rule: FloatingPointRoundingRule) -> Int {
    Int(exactly: seconds.rounded(rule)) ?? (seconds < 0 || seconds.isNaN ? 0 : Int(Int32.max))
}
