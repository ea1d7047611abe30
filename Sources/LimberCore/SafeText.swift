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
        guard needsEscape(text) else { return String(text) }
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

    /// Whether `escaped` changes `text` (the byte `allowed` aside, such as a line break), read
    /// as UTF-8 bytes: C0 and DEL are single bytes, C1 is 0xC2 0x80–0x9F, the separators and
    /// overrides 0xE2 0x80 0xA8–0xAE and 0xE2 0x81 0xA6–0xA9. A year's summary is 100 KB of
    /// text, which a walk by scalars took most of the command's time to check (issue 22).
    public static func needsEscape(_ text: some StringProtocol, besides allowed: UInt8? = nil) -> Bool {
        // Over the string's own bytes where it has them (a native string does): a generic walk
        // of the UTF-8 view costs a call a byte from another module.
        if let found = text.utf8.withContiguousStorageIfAvailable({ needsEscape(bytes: $0, besides: allowed) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { needsEscape(bytes: $0, besides: allowed) }
    }

    private static func needsEscape(bytes: UnsafeBufferPointer<UInt8>, besides allowed: UInt8?) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            if (byte < 0x20 || byte == 0x7F), byte != allowed { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xE2, previous == 0x80, (0xA8...0xAE).contains(byte) { return true }
            if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(byte) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
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
