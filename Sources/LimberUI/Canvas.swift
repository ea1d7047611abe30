#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// An in-memory grid of cells that screens paint into. Writes outside the grid are clipped,
/// so a screen can never crash on a small pane.
public struct Canvas: Sendable, Equatable {
    /// One cell: a Unicode scalar, the combining mark drawn over it if any, and its style.
    /// Scalars, not Characters: comparing and copying them is far cheaper, and the run loop
    /// compares whole frames to skip repaints. A character two cells wide (CJK, most emoji)
    /// is in its first cell; the second holds `Canvas.continuation`.
    public struct Cell: Sendable, Equatable {
        public var character: Unicode.Scalar
        public var style: Style
        /// A combining accent on the character (`e` + U+0301); only the first one is kept.
        public var mark: Unicode.Scalar?

        init(character: Unicode.Scalar, style: Style, mark: Unicode.Scalar? = nil) {
            self.character = character
            self.style = style
            self.mark = mark
        }
    }

    /// The second cell of a wide character: nothing of its own is drawn there.
    public static let continuation: Unicode.Scalar = "\u{0}"

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

    /// The columns of row `y` that differ from `other` (a canvas of the same size), from the
    /// first to the last changed cell, or nil when the row is the same. The terminal is sent
    /// only these: a second's tick of the clock is a few cells of an 80-cell row. A span never
    /// starts on the second half of a wide character.
    public func changedColumns(from other: Canvas, row y: Int) -> Range<Int>? {
        let base = y * width
        var first = -1, last = -1
        // Most rows are unchanged: the same bytes are the same cells, and memcmp says so
        // without a comparison per cell (the generic slice comparison was 17 % of the idle
        // timer's instructions, issue 22). Bytes that differ are checked cell by cell.
        cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                let stride = MemoryLayout<Cell>.stride
                guard memcmp(mine.baseAddress! + base, theirs.baseAddress! + base, width * stride) != 0 else { return }
                for x in 0..<width where mine[base + x] != theirs[base + x] {
                    if first < 0 { first = x }
                    last = x
                }
            }
        }
        guard first >= 0 else { return nil }
        if first > 0, self[first, y].character == Self.continuation || other[first, y].character == Self.continuation {
            first -= 1
        }
        return first..<(last + 1)
    }

    /// Writes `text` from column `x` on row `y`, each character in the cells it takes on a
    /// terminal (`DisplayWidth`), clipped to the grid. A control character (from an exercise
    /// file, say) is written as its escape, `\x1b`, so it can never reach the terminal as a
    /// command; so is a bidirectional override (`SafeText.escape`, the one rule).
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain) {
        guard y >= 0, y < height else { return }
        var column = x
        for scalar in text.unicodeScalars {
            if column >= width { break }
            if let escape = SafeText.escape(scalar) {
                for escaped in escape.unicodeScalars {
                    set(Cell(character: escaped, style: style), column, y)
                    column += 1
                }
                continue
            }
            switch DisplayWidth.of(scalar) {
            case 0:
                // A combining mark goes on the character before it.
                if column > 0, column <= width, cells[y * width + column - 1].mark == nil {
                    cells[y * width + column - 1].mark = scalar
                }
            case 2:
                // A wide character that would be cut at the edge is not drawn at all.
                guard column + 1 < width else { return }
                set(Cell(character: scalar, style: style), column, y)
                set(Cell(character: Self.continuation, style: style), column + 1, y)
                column += 2
            default:
                set(Cell(character: scalar, style: style), column, y)
                column += 1
            }
        }
    }

    /// Puts one cell, clearing the other half of a wide character it writes over, so no half
    /// character is left for the terminal to draw.
    private mutating func set(_ cell: Cell, _ column: Int, _ y: Int) {
        guard column >= 0, column < width else { return }
        let index = y * width + column
        if cells[index].character == Self.continuation, column > 0, cell.character != Self.continuation {
            cells[index - 1] = Cell(character: " ", style: cells[index - 1].style)
        }
        if column + 1 < width, cells[index + 1].character == Self.continuation, cell.character != Self.continuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Writes `text` centred on row `y`.
    public mutating func center(_ text: String, y: Int, style: Style = .plain) {
        put(text, x: (width - DisplayWidth.of(text)) / 2, y: y, style: style)
    }

    /// Writes `text` so that it ends at the right edge (minus `margin`).
    public mutating func putRight(_ text: String, y: Int, margin: Int = 0, style: Style = .plain) {
        put(text, x: width - margin - DisplayWidth.of(text), y: y, style: style)
    }

    /// Fills row `y` with one character a cell wide (a rule), without working out each cell's
    /// width as `put` does.
    public mutating func fill(_ scalar: Unicode.Scalar, y: Int, style: Style = .plain) {
        guard y >= 0, y < height, DisplayWidth.of(scalar) == 1, !SafeText.isControl(scalar) else { return }
        for x in 0..<width { cells[y * width + x] = Cell(character: scalar, style: style) }
    }

    /// Paints a whole row with a style, keeping its characters.
    public mutating func paintRow(_ y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for x in 0..<width { cells[y * width + x].style = style }
    }

    /// The characters of each row, trailing spaces trimmed: the form golden files use.
    public var lines: [String] {
        (0..<height).map { y in
            var line = String(rowScalars(y))
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The scalars of cells `range` of row `y` as a terminal is sent them: marks after their
    /// character, nothing for the second half of a wide one.
    public func rowScalars(_ y: Int, _ range: Range<Int>? = nil) -> String.UnicodeScalarView {
        var scalars = String.UnicodeScalarView()
        for x in range ?? 0..<width {
            let cell = self[x, y]
            guard cell.character != Self.continuation else { continue }
            scalars.append(cell.character)
            if let mark = cell.mark { scalars.append(mark) }
        }
        return scalars
    }

    public var text: String { lines.joined(separator: "\n") }
}
