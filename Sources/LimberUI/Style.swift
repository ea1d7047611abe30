/// How a cell is drawn. Colours are roles, not palette numbers: the terminal backend maps
/// them, and drops them under NO_COLOR or on monochrome terminals.
public struct Style: Sendable, Hashable {
    public enum Color: Sendable, Hashable {
        case accent, warning, calm
    }

    public var bold = false
    public var reverse = false
    public var dim = false
    public var color: Color?

    public init(bold: Bool = false, reverse: Bool = false, dim: Bool = false, color: Color? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.color = color
    }

    public static let plain = Style()
    public static let strong = Style(bold: true)
    public static let faint = Style(dim: true)
    public static let accent = Style(bold: true, color: .accent)
    public static let calm = Style(color: .calm)
    /// The due prompt: reverse video reads as "urgent" even without colour.
    public static let alarm = Style(bold: true, reverse: true, color: .warning)
}
