import LimberCore

/// Text that came from a file, made safe for a one-line message on a terminal: control
/// characters are shown as escapes (`\x1b`, `\n`, by `SafeText`, the one escaper) so a file
/// cannot send terminal sequences, and long text is cut so a 5 MB value is never echoed back.
public enum FileText {
    public static let quoteLimit = 60

    /// `text` escaped and cut to `limit` characters (with "…" when cut).
    public static func quoted(_ text: some StringProtocol, limit: Int = quoteLimit) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { return result + "…" }
            result += SafeText.escape(scalar, namedBreaks: true) ?? String(scalar)
            count += 1
        }
        return result
    }

    /// `text` with every control character escaped, not cut (`SafeText`, breaks by name).
    public static func escaped(_ text: some StringProtocol) -> String {
        SafeText.escaped(text, namedBreaks: true)
    }
}
