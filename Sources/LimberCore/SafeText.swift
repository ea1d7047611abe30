/// Text from files, flags and the environment on its way to a terminal. A control character in
/// an exercise pack or a config file (ESC starting an OSC 52 clipboard write or a title change,
/// a carriage return hiding part of a line) must reach the user as something they can read, not
/// as a command to their terminal. Every printer (Console, `limber config`, `limber exercises`,
/// errors) passes such text through `escaped`.
public enum SafeText {
    /// C0 controls (including tab and newline), DEL and C1 controls written as `\x1b`, `\x7f`,
    /// `\x9b`, line separators and bidirectional overrides as `\u{202e}`; everything else
    /// unchanged. `namedBreaks` writes newline, tab and return as `\n`, `\t`, `\r` (messages
    /// quoting a file, `FileText`). The one escaper of text on its way to a terminal.
    public static func escaped(_ text: some StringProtocol) -> String {
        escaped(text, namedBreaks: false)
    }

    public static func escaped(_ text: some StringProtocol, namedBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: { escape($0) != nil }) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if let escape = escape(scalar, namedBreaks: namedBreaks) {
                result += escape
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// How `scalar` is written, or nil when it is written as it is.
    public static func escape(_ scalar: Unicode.Scalar, namedBreaks: Bool = false) -> String? {
        if namedBreaks {
            switch scalar {
            case "\n": return "\\n"
            case "\t": return "\\t"
            case "\r": return "\\r"
            default: break
            }
        }
        if isControl(scalar) { return "\\x" + hex(scalar.value) }
        // A line or paragraph separator breaks a one-line message; a bidirectional override
        // makes text read in another order than it runs ("Trojan Source").
        if scalar.value == 0x2028 || scalar.value == 0x2029 || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value) {
            return "\\u{" + String(scalar.value, radix: 16) + "}"
        }
        return nil
    }

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
