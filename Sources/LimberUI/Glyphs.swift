/// The characters screens draw with: Unicode box and block glyphs, or plain ASCII when the
/// locale is not UTF-8 (or the user asks). All are one cell wide in every terminal.
public struct Glyphs: Sendable, Equatable {
    public var rule: Character
    public var barFull: Character
    public var barEmpty: Character
    public var pixel: Character
    public var separator: String
    public var boxCorners: (topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character)
    public var boxHorizontal: Character
    public var boxVertical: Character

    public static let unicode = Glyphs(
        rule: "─", barFull: "█", barEmpty: "░", pixel: "█", separator: " · ",
        boxCorners: ("┌", "┐", "└", "┘"), boxHorizontal: "─", boxVertical: "│")

    public static let ascii = Glyphs(
        rule: "-", barFull: "#", barEmpty: ".", pixel: "#", separator: " - ",
        boxCorners: ("+", "+", "+", "+"), boxHorizontal: "-", boxVertical: "|")

    public static func == (lhs: Glyphs, rhs: Glyphs) -> Bool {
        lhs.rule == rhs.rule && lhs.pixel == rhs.pixel && lhs.separator == rhs.separator
    }
}
