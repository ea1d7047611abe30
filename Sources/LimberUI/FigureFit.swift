import LimberCore

/// Whether a 3D figure fits the player's figure box at every pane size it is drawn in, from
/// 40×12 to 200×60: every key pose of both sides, and the way between them (a quarter, half
/// and three quarters along each move, and the switch between sides), inside the box with the
/// width of its strokes; and at 80×24 at least 12 rows tall, so it reads, unless the pane's
/// width is what limits it (`widthBound`).
public enum FigureFit {
    public static let widths = 40...200
    public static let heights = 12...60
    /// The rows a figure keeps at 80×24.
    public static let rowsAt80x24 = 12

    public static func problems(_ exercise: Exercise) -> [String] {
        guard let first = exercise.keyPoses.first, let picture = exercise.picture(first, side: exercise.sides[0]) else { return [] }
        let extents = Self.extents(exercise)
        guard !extents.isEmpty else { return [] }
        var problems: [String] = []
        var misses: [String] = []
        for width in widths {
            for height in heights {
                guard let box = PlayerLayout(Size(width: width, height: height), for: picture).figure else { continue }
                let dots = extents.compactMap { overflow($0.extent, bounds: $0.bounds, box: box) }.max() ?? 0
                if dots > 0 { misses.append("\(width)x\(height) by \(dots) dot\(dots == 1 ? "" : "s")") }
            }
        }
        if let firstMiss = misses.first {
            problems.append("the figure leaves its box at \(misses.count) pane size\(misses.count == 1 ? "" : "s") (first \(firstMiss)); the poses or the way between them reach outside what the still poses span")
        }
        let rows = Self.rows(exercise, size: Size(width: 80, height: 24)) ?? 0
        if rows < rowsAt80x24 && !widthBound(exercise, size: Size(width: 80, height: 24)) {
            problems.append("at 80x24 the figure is \(rows) rows tall, fewer than \(rowsAt80x24); a figure much wider than tall is drawn small")
        }
        return problems
    }

    /// The rows the figure spans in the player at `size` over its whole movement (its tallest
    /// moment), nil for a figure not drawn with the 3D body or a pane too small for one.
    public static func rows(_ exercise: Exercise, size: Size) -> Int? {
        span(exercise, size: size)?.rows
    }

    /// The columns the figure spans in the player at `size` over its whole movement (its widest
    /// moment), with its box; nil as for `rows`.
    static func columns(_ exercise: Exercise, size: Size) -> (drawn: Int, box: PlayerLayout.Box)? {
        span(exercise, size: size).map { ($0.columns, $0.box) }
    }

    /// The rows and columns the figure spans in its player box at `size`, each at its largest
    /// over the movement.
    private static func span(_ exercise: Exercise, size: Size) -> (rows: Int, columns: Int, box: PlayerLayout.Box)? {
        guard let first = exercise.keyPoses.first, let picture = exercise.picture(first, side: exercise.sides[0]),
              let box = PlayerLayout(size, for: picture).figure else { return nil }
        let spans = extents(exercise).map { extent, bounds in
            let projection = Projection(width: box.width, height: box.height, bounds: bounds)
            let topLeft = projection.place(Point(extent.minX, extent.maxY)), bottomRight = projection.place(Point(extent.maxX, extent.minY))
            // Cell rows are two cell-widths tall.
            let rows = cellIndex((bottomRight.y / 2).rounded(.up)) - cellIndex((topLeft.y / 2).rounded(.down))
            let columns = cellIndex(bottomRight.x.rounded(.up)) - cellIndex(topLeft.x.rounded(.down))
            return (rows, columns)
        }
        guard let rows = spans.map(\.0).max(), let columns = spans.map(\.1).max() else { return nil }
        return (rows, columns, box)
    }

    /// Whether the pane's width, not the layout, limits the figure at `size`: its box is the
    /// pane's full width (less the one-column margins) and the figure spans at least 90% of
    /// it. A cell is twice as tall as wide, so at 80×24 a bird dog reaching out (about four
    /// times as wide as tall) fills 78 columns with 10 rows; no layout draws it taller. A
    /// figure the layout narrows (beside the words) is not width-bound.
    public static func widthBound(_ exercise: Exercise, size: Size) -> Bool {
        guard let (drawn, box) = columns(exercise, size: size) else { return false }
        return box.width >= size.width - 2 && Double(drawn) >= 0.9 * Double(box.width)
    }

    /// The box around everything a 3D figure draws while it moves, on the screen plane, for
    /// each box it is drawn to the scale of (a side seen from the right has its own).
    static func extents(_ exercise: Exercise) -> [(extent: Bounds, bounds: Bounds)] {
        guard case .body = exercise.look else { return [] }
        var groups: [(bounds: Bounds, points: [Point])] = []
        func add(_ picture: Picture?) {
            guard case .drawing(let drawing, let bounds)? = picture else { return }
            if let index = groups.firstIndex(where: { $0.bounds == bounds }) {
                groups[index].points += drawing.extremes
            } else {
                groups.append((bounds, drawing.extremes))
            }
        }
        for side in exercise.sides {
            for pose in exercise.keyPoses { add(exercise.picture(pose, side: side)) }
            for (from, to) in exercise.moves {
                for t in [0.25, 0.5, 0.75] { add(exercise.picture(from: from, to: to, t, side: side)) }
            }
        }
        if exercise.sided, let start = exercise.start ?? exercise.targets.last {
            for t in [0.25, 0.5, 0.75] { add(exercise.pictureSwitching(start, t)) }
        }
        return groups.map { group in
            let xs = group.points.map(\.x), ys = group.points.map(\.y)
            return (Bounds(minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 0, maxY: ys.max() ?? 0), group.bounds)
        }
    }

    /// How many braille dots the extent reaches past the box, strokes' width included (0 or
    /// less when it fits).
    static func overflow(_ extent: Bounds, bounds: Bounds, box: PlayerLayout.Box) -> Int? {
        let projection = Projection(width: box.width, height: box.height, bounds: bounds)
        let low = projection.place(Point(extent.minX, extent.maxY)), high = projection.place(Point(extent.maxX, extent.minY))
        // Braille dots: two across and four down a cell, a cell two cell-widths tall.
        let (x0, y0, x1, y1) = (low.x * 2, low.y * 2, high.x * 2, high.y * 2)
        let half = Double(max(1, min(8, cellIndex(projection.scale * 2 * 0.011))) - 1) / 2
        let past = [-(x0 - half), x1 + half - Double(box.width * 2), -(y0 - half), y1 + half - Double(box.height * 4)].max() ?? 0
        return past.isFinite ? Int(past.rounded(.up)) : nil
    }
}
