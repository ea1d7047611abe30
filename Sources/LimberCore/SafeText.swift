/// Text from files, flags and the environment on its way to a terminal. A control character in
/// an exercise pack or a config file (ESC starting an OSC 52 clipboard write or a title change,
/// a carriage return hiding part of a line) must reach the user as something they can read, not
/// as a command to their terminal. Every printer (Console, `limber config`, `limber exercises`,
/// errors) passes such text through `escaped`.
public enum SafeText {
    /// C0 controls (including tab and newline), DEL and C1 controls written as `\x1b`, `\x7f`,
    /// `\x9b`; everything else unchanged.
    public static func escaped(_ text: some StringProtocol) -> String {
        guard hasControl(text) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\x" + hex(scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `text` holds a control character (other than `allowed`), read as UTF-8 bytes:
    /// C0 and DEL are single bytes, C1 is 0xC2 0x80–0x9F. A year's summary is 100 KB of text,
    /// which a walk by scalars took most of the command's time to check (issue 22).
    public static func hasControl(_ text: some StringProtocol, besides allowed: UInt8? = nil) -> Bool {
        var afterC2 = false
        for byte in text.utf8 {
            if afterC2, byte >= 0x80, byte <= 0x9F { return true }
            afterC2 = byte == 0xC2
            if (byte < 0x20 || byte == 0x7F), byte != allowed { return true }
        }
        return false
    }

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
