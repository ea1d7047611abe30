/// Text for a terminal whose locale is not UTF-8 (`LANG=C`): there a `·` or `×` arrives as two
/// or three bytes the terminal shows as garbage, and may swallow the rest of the line. The
/// glyphs Limber uses have plain stand-ins (the same ones `Glyphs.ascii` draws with); any other
/// character becomes `?`.
public enum ASCIIText {
    /// `text` with every non-ASCII character replaced by its stand-in.
    public static func folded(_ text: some StringProtocol) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII { result.unicodeScalars.append(scalar) } else { result += standIn(scalar) }
        }
        return result
    }

    static func standIn(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "·", "•", "–", "—", "─", "━", "−": return "-"
        case "…": return "..."
        case "×": return "x"
        case "←": return "<"
        case "→": return ">"
        case "‘", "’": return "'"
        case "“", "”": return "\""
        case "█": return "#"
        case "▓": return "="
        case "▒": return "~"
        case "░": return "."
        case "│": return "|"
        case "┌", "┐", "└", "┘": return "+"
        case "\u{a0}": return " "
        default: return "?"
        }
    }
}
