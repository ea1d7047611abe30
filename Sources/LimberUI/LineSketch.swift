import LimberCore

/// A figure drawn with ASCII line characters, one to a cell: `|` `-` `_` `/` `\` by the
/// direction of each line, and the head as `O` or a small drawn ring, for terminals without
/// Unicode.
struct LineSketch {
    let projection: Projection
    var image: FigureImage

    init(width: Int, height: Int, bounds: Bounds) {
        projection = Projection(width: width, height: height, bounds: bounds)
        image = FigureImage(width: width, height: height)
    }

    mutating func draw(_ drawing: Drawing) {
        for stroke in drawing.strokes where stroke.layer == .prop { line(stroke.a, stroke.b, layer: .prop) }
        // Near limbs first: a cell keeps the first line drawn, so they hide the far ones.
        for stroke in drawing.strokes.reversed() where stroke.layer == .near { line(stroke.a, stroke.b, layer: .near) }
        for stroke in drawing.strokes where stroke.layer == .far { line(stroke.a, stroke.b, layer: .far) }
        head(drawing.head, drawing.headRadius)
    }

    /// One cell per step along the longer axis, so a line is one character thick. A slanted
    /// line uses `/` or `\` where it moves to the next row (or column) and `-`, `_` or `|`
    /// where it does not, which reads as a slope rather than a row of slashes.
    private mutating func line(_ a: Point, _ b: Point, layer: Drawing.Layer) {
        let start = projection.place(a), end = projection.place(b)
        let dx = end.x - start.x, dy = (end.y - start.y) / 2 // in cells: across, down
        let character = Self.character(dx: dx, dy: -dy * 2)
        let steps = max(1, cellIndex(max(abs(dx), abs(dy)).rounded(.up)))
        let across = abs(dx) >= abs(dy)
        var previous: (column: Int, row: Int)?
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            let x = start.x + dx * t, row = start.y / 2 + dy * t
            let cell = (column: cellIndex(x), row: cellIndex(row))
            var shown = character
            if character == "/" || character == "\\", let previous {
                let moved = across ? cell.row != previous.row : cell.column != previous.column
                if !moved { shown = across ? (row - row.rounded(.down) >= 0.5 ? "_" : "-") : "|" }
            }
            // The far side in dots: `:` up and down, `.` otherwise, so it reads as behind.
            if layer == .far { shown = character == "|" ? ":" : "." }
            put(cell.column, cell.row, level(shown, row), layer: layer)
            previous = cell
        }
    }

    /// Cell widths across, and cell widths up (a cell is two widths tall).
    static func character(dx: Double, dy: Double) -> Unicode.Scalar {
        let flat = abs(dy) <= abs(dx) * 0.45, steep = abs(dx) <= abs(dy) * 0.45
        if flat && steep { return "o" }
        if flat { return "-" }
        if steep { return "|" }
        return (dx > 0) == (dy > 0) ? "/" : "\\"
    }

    /// A level line in the lower half of a cell becomes `_`, so floors and seats sit low.
    private func level(_ character: Unicode.Scalar, _ row: Double) -> Unicode.Scalar {
        character == "-" && row - row.rounded(.down) >= 0.5 ? "_" : character
    }

    private mutating func put(_ column: Int, _ row: Int, _ character: Unicode.Scalar, layer: Drawing.Layer) {
        guard column >= 0, row >= 0, column < image.width, row < image.height else { return }
        // A figure's line is not overwritten by a prop, and a joint keeps the first line drawn.
        let prop = layer == .prop
        if image[column, row] != " ", prop || !image.isProp[row * image.width + column] { return }
        image.set(column, row, character, prop: prop, far: layer == .far)
    }

    /// The head: `O` when small, else a ring drawn row by row, as by hand:
    ///
    ///       ___
    ///      /   \
    ///     (     )
    ///      \___/
    private mutating func head(_ point: Point, _ headRadius: Double) {
        let center = projection.place(point)
        let radius = headRadius * projection.scale
        // Rows whose middle lies inside the circle (y in cell widths, down; a row is two tall).
        let span = cellIndex((center.y - radius) / 2)...max(cellIndex((center.y - radius) / 2), cellIndex((center.y + radius) / 2))
        let rows = span.filter { abs(center.y - (Double($0) + 0.5) * 2) < radius }
        guard rows.count >= 2, radius >= 1.5, let top = rows.first, let bottom = rows.last else {
            image.set(cellIndex(center.x), cellIndex(center.y / 2), radius < 0.8 ? "o" : "O", prop: false)
            return
        }
        for row in rows {
            let dy = center.y - (Double(row) + 0.5) * 2
            let half = (radius * radius - dy * dy).squareRoot()
            let left = cellIndex(center.x - half), right = max(left + 2, cellIndex(center.x + half))
            let ends: (Unicode.Scalar, Unicode.Scalar) = row == top ? ("/", "\\") : row == bottom ? ("\\", "/") : ("(", ")")
            for column in (left + 1)..<right {
                image.set(column, row, row == bottom ? "_" : " ", prop: false)
                if row == top { image.set(column, row - 1, "_", prop: false) }
            }
            image.set(left, row, ends.0, prop: false)
            image.set(right, row, ends.1, prop: false)
        }
    }
}
