import LimberCore

/// A figure drawn with ASCII line characters, one to a cell: `|` `-` `_` `/` `\` by the
/// direction of each line, and the head as `O` or a ring of `( )`, for terminals without Unicode.
struct LineSketch {
    let projection: Projection
    var image: FigureImage

    init(width: Int, height: Int, bounds: Bounds) {
        projection = Projection(width: width, height: height, bounds: bounds)
        image = FigureImage(width: width, height: height)
    }

    mutating func draw(_ pose: Pose, _ props: [Prop]) {
        for prop in props {
            for (a, b) in zip(prop.points, prop.points.dropFirst()) { line(a, b, prop: true) }
        }
        // Near limbs first: a cell keeps the first line drawn, so they hide the far ones.
        let bones = Joint.bones.filter { $0 != (.head, .neck) }
        for bone in bones.reversed() where !DotRaster.isFar(bone, pose) { line(pose[bone.0], pose[bone.1], prop: false) }
        for bone in bones where DotRaster.isFar(bone, pose) { line(pose[bone.0], pose[bone.1], prop: false) }
        // The neck, up to the head's edge, so a small `O` head still sits on the body.
        let reach = pose[.head].distance(to: pose[.neck])
        if reach > 0 { line(pose[.neck], pose[.neck].toward(pose[.head], max(0, 1 - pose.headRadius / reach)), prop: false) }
        head(pose)
    }

    private mutating func line(_ a: Point, _ b: Point, prop: Bool) {
        let start = projection.place(a), end = projection.place(b)
        let character = Self.character(dx: end.x - start.x, dy: start.y - end.y)
        // One cell per step along the longer axis, so a slanted line is one character thick.
        let steps = max(1, cellIndex(max(abs(end.x - start.x), abs(end.y - start.y) / 2).rounded(.up)))
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            put(start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t, character, prop: prop)
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

    /// Writes at a point given in cell widths; a level line in the lower half of a cell
    /// becomes `_` so that floors and seats sit on the line below.
    private mutating func put(_ x: Double, _ y: Double, _ character: Unicode.Scalar, prop: Bool) {
        let row = y / 2
        var character = character
        if character == "-", row - row.rounded(.down) >= 0.5 { character = "_" }
        let column = cellIndex(x), cell = cellIndex(row)
        guard column >= 0, cell >= 0, column < image.width, cell < image.height else { return }
        // A figure's line is not overwritten by a prop, and a joint keeps the first line drawn.
        if image[column, cell] != " ", prop || !image.isProp[cell * image.width + column] { return }
        image.set(column, cell, character, prop: prop)
    }

    /// The head: `O` when small, else a ring of `( ) / \\ -` round its centre.
    private mutating func head(_ pose: Pose) {
        let center = projection.place(pose[.head])
        let radius = pose.headRadius * projection.scale
        if radius < 2.2 {
            image.set(cellIndex(center.x), cellIndex(center.y / 2), radius < 0.8 ? "o" : "O", prop: false)
            return
        }
        let rows = cellIndex((center.y / 2 - radius / 2 - 1).rounded(.down))...cellIndex((center.y / 2 + radius / 2 + 1).rounded(.up))
        let columns = cellIndex((center.x - radius - 1).rounded(.down))...cellIndex((center.x + radius + 1).rounded(.up))
        for row in rows {
            for column in columns {
                // The cell's centre, in cell widths, relative to the head's centre; y up.
                let dx = Double(column) + 0.5 - center.x, dy = center.y - (Double(row) + 0.5) * 2
                let distance = (dx * dx + dy * dy).squareRoot()
                // Cells are twice as tall as wide: a ring one cell thick is narrower at the sides.
                let thickness = 0.5 + 0.5 * abs(dy) / max(distance, 0.001)
                if abs(distance - radius) < thickness {
                    image.set(column, row, Self.ring(dx: dx, dy: dy), prop: false)
                } else if distance < radius - thickness {
                    image.set(column, row, " ", prop: false)
                }
            }
        }
    }

    /// The character for a point on a ring, by where it sits round the centre.
    static func ring(dx: Double, dy: Double) -> Unicode.Scalar {
        let flat = abs(dy) >= abs(dx) * 2.2, upright = abs(dx) >= abs(dy) * 1.2
        if flat { return "-" }
        if upright { return dx < 0 ? "(" : ")" }
        return (dx < 0) == (dy > 0) ? "/" : "\\"
    }
}
