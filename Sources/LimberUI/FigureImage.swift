import LimberCore

/// A picture drawn into a block of cells: the figure area of the player, or one still printed
/// by `limber exercises show --pose`. Props are kept apart so they can be drawn fainter.
public struct FigureImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    var characters: [Unicode.Scalar]
    var isProp: [Bool]
    /// Cells of a limb on the far side of the body, drawn dim like props.
    var isFar: [Bool]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        characters = Array(repeating: " ", count: self.width * self.height)
        isProp = Array(repeating: false, count: self.width * self.height)
        isFar = isProp
    }

    subscript(x: Int, y: Int) -> Unicode.Scalar { characters[y * width + x] }

    mutating func set(_ x: Int, _ y: Int, _ character: Unicode.Scalar, prop: Bool, far: Bool = false) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        characters[y * width + x] = character
        isProp[y * width + x] = prop
        isFar[y * width + x] = far
    }

    /// Whether the cell at (x, y) shows a far limb.
    public func showsFar(_ x: Int, _ y: Int) -> Bool { isFar[y * width + x] }

    /// Each row as text, trailing spaces trimmed.
    public var lines: [String] {
        (0..<height).map { y in
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: characters[(y * width)..<((y + 1) * width)])
            var line = String(scalars)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The rows with blank rows above and below removed: the form printed for authors.
    public var trimmedLines: [String] {
        var rows = lines
        while rows.last?.isEmpty == true { rows.removeLast() }
        while rows.first?.isEmpty == true { rows.removeFirst() }
        return rows
    }

    /// Paints the image with its top-left corner at (x, y); blank cells leave the canvas as is.
    func draw(on canvas: inout Canvas, x: Int, y: Int, style: Style) {
        for row in 0..<height {
            for column in 0..<width where self[column, row] != " " {
                canvas.put(String(self[column, row]), x: x + column, y: y + row,
                           style: isProp[row * width + column] || isFar[row * width + column] ? .faint : style)
            }
        }
    }
}
