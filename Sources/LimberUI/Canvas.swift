import LimberCore

/// An in-memory grid of cells that screens paint into. Writes outside the grid are clipped,
/// so a screen can never crash on a small pane.
public struct Canvas: Sendable, Equatable {
    /// One cell: a Unicode scalar (every glyph we draw is one scalar, one cell wide) and
    /// its style. Scalars, not Characters: comparing and copying them is far cheaper, and
    /// the run loop compares whole frames to skip repaints.
    public struct Cell: Sendable, Equatable {
        public var character: Unicode.Scalar
        public var style: Style
    }

    public let size: Size
    public private(set) var cells: [Cell]

    public init(_ size: Size) {
        self.size = size
        cells = Array(repeating: Cell(character: " ", style: .plain), count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Whether row `y` holds the same cells in both canvases (of the same size).
    public func rowEquals(_ other: Canvas, _ y: Int) -> Bool {
        let range = (y * width)..<((y + 1) * width)
        return cells[range] == other.cells[range]
    }

    /// Writes `text` from column `x` on row `y`, one cell per character, clipped to the grid.
    /// A control character (from an exercise file, say) is written as its escape, `\x1b`, so
    /// it can never reach the terminal as a command.
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain) {
        guard y >= 0, y < height else { return }
        var column = x
        for character in text.unicodeScalars {
            if column >= width { break }
            if SafeText.isControl(character) {
                for escaped in SafeText.escaped(String(character)).unicodeScalars {
                    if column >= 0, column < width { cells[y * width + column] = Cell(character: escaped, style: style) }
                    column += 1
                }
                continue
            }
            if column >= 0 {
                cells[y * width + column] = Cell(character: character, style: style)
            }
            column += 1
        }
    }

    /// Writes `text` centred on row `y`.
    public mutating func center(_ text: String, y: Int, style: Style = .plain) {
        put(text, x: (width - text.unicodeScalars.count) / 2, y: y, style: style)
    }

    /// Writes `text` so that it ends at the right edge (minus `margin`).
    public mutating func putRight(_ text: String, y: Int, margin: Int = 0, style: Style = .plain) {
        put(text, x: width - margin - text.unicodeScalars.count, y: y, style: style)
    }

    /// Paints a whole row with a style, keeping its characters.
    public mutating func paintRow(_ y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for x in 0..<width { cells[y * width + x].style = style }
    }

    /// The characters of each row, trailing spaces trimmed: the form golden files use.
    public var lines: [String] {
        (0..<height).map { y in
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: (0..<width).map { self[$0, y].character })
            var line = String(scalars)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
