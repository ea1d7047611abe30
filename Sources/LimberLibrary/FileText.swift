/// Text that came from a file, made safe for a one-line message on a terminal: control
/// characters are shown as escapes (`\x1b`, `\n`) so a file cannot send terminal sequences,
/// and long text is cut so a 5 MB value is never echoed back.
public enum FileText {
    public static let quoteLimit = 60

    /// `text` escaped and cut to `limit` characters (with "…" when cut).
    public static func quoted(_ text: some StringProtocol, limit: Int = quoteLimit) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { return result + "…" }
            result += escaped(scalar)
            count += 1
        }
        return result
    }

    /// `text` with every control character escaped, not cut.
    public static func escaped(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in text.unicodeScalars { result += escaped(scalar) }
        return result
    }

    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}": // C0, DEL and C1 (0x9B is a CSI on some terminals)
            let hex = String(scalar.value, radix: 16)
            return "\\x" + (hex.count < 2 ? "0" : "") + hex
        case "\u{2028}", "\u{2029}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": // line breaks and bidi overrides
            return "\\u{" + String(scalar.value, radix: 16) + "}"
        default:
            return String(scalar)
        }
    }
}
