/// Text from files, flags and the environment on its way to a terminal. A control character in
/// an exercise pack or a config file (ESC starting an OSC 52 clipboard write or a title change,
/// a carriage return hiding part of a line) must reach the user as something they can read, not
/// as a command to their terminal. Every printer (Console, `limber config`, `limber exercises`,
/// errors) passes such text through `escaped`.
public enum SafeText {
    /// C0 controls (including tab and newline), DEL and C1 controls written as `\x1b`, `\x7f`,
    /// `\x9b`; everything else unchanged.
    public static func escaped(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return String(text) }
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

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
