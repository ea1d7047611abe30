import LimberCore

/// The characters screens draw with: Unicode box and block glyphs, or plain ASCII when the
/// locale is not UTF-8 (or the user asks). All are one cell wide in every terminal.
public struct Glyphs: Sendable {
    public var rule: Unicode.Scalar
    public var barFull: Unicode.Scalar
    public var barEmpty: Unicode.Scalar
    public var pixel: Unicode.Scalar
    public var separator: String
    /// "times" in counts: `Cat-cow ×2`.
    public var times: String
    /// The keys that move between days.
    public var arrows: String
    public var boxCorners: (topLeft: Unicode.Scalar, topRight: Unicode.Scalar, bottomLeft: Unicode.Scalar, bottomRight: Unicode.Scalar)
    public var boxHorizontal: Unicode.Scalar
    public var boxVertical: Unicode.Scalar
    /// The summary's day strip: one shade per kind of time, away being `.` in both sets.
    public var shades: (sitting: Unicode.Scalar, standing: Unicode.Scalar, moving: Unicode.Scalar, paused: Unicode.Scalar)
    /// Upper, lower and full blocks for big digits at half height; nil where not available.
    public var halfBlocks: (upper: Unicode.Scalar, lower: Unicode.Scalar, full: Unicode.Scalar)?
    /// How exercise figures are drawn (the `figure` setting); always ASCII with ASCII glyphs.
    public var figure: FigureStyle = .braille

    /// These glyphs with figures drawn in `style`, where the glyphs allow it.
    public func figure(_ style: FigureStyle) -> Glyphs {
        var glyphs = self
        glyphs.figure = halfBlocks == nil ? .ascii : style
        return glyphs
    }

    /// Marks a list cut short at the edge of the pane.
    public var ellipsis: String { halfBlocks == nil ? "..." : "…" }

    /// Text from elsewhere (a notice, a warning quoting a file) drawn with these glyphs: folded
    /// to ASCII stand-ins when the glyphs are ASCII.
    public func text(_ text: String) -> String {
        halfBlocks == nil ? ASCIIText.folded(text) : text
    }

    public static let unicode = Glyphs(
        rule: "─", barFull: "█", barEmpty: "░", pixel: "█", separator: " · ", times: "×", arrows: "← →",
        boxCorners: ("┌", "┐", "└", "┘"), boxHorizontal: "─", boxVertical: "│",
        shades: ("█", "▓", "▒", "░"), halfBlocks: ("▀", "▄", "█"))

    public static let ascii = Glyphs(
        rule: "-", barFull: "#", barEmpty: ".", pixel: "#", separator: " - ", times: "x", arrows: "< >",
        boxCorners: ("+", "+", "+", "+"), boxHorizontal: "-", boxVertical: "|",
        shades: ("#", "=", "~", "-"), halfBlocks: nil, figure: .ascii)
}
