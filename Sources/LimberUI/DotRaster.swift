import LimberCore

/// A figure drawn dot by dot, then packed into braille cells (2 × 4 dots) or half blocks
/// (1 × 2). Both give square dots, so circles stay round.
struct DotRaster {
    enum Ink: UInt8 { case none, prop, far, figure }

    let width: Int
    let height: Int
    let style: FigureStyle
    let projection: Projection
    /// Dots per cell across and down.
    let across: Int
    let down: Int
    var dots: [Ink]
    /// Lines thicken as the figure grows, so a large figure does not look like wire.
    let thickness: Int

    init(width: Int, height: Int, style: FigureStyle, bounds: Bounds) {
        self.width = width
        self.height = height
        self.style = style
        (across, down) = style == .braille ? (2, 4) : (1, 2)
        projection = Projection(width: width, height: height, bounds: bounds)
        dots = Array(repeating: .none, count: width * across * height * down)
        let dotsPerBox = projection.scale * Double(across)
        thickness = max(1, min(8, cellIndex(dotsPerBox * 0.011)))
    }

    var dotsWide: Int { width * across }
    var dotsHigh: Int { height * down }

    mutating func draw(_ drawing: Drawing) {
        for stroke in drawing.strokes {
            switch stroke.layer {
            // The floor one dot lower than where things rest on it, so a foot flat on the
            // floor or a shin along it is drawn on the floor line rather than merged into it.
            case .prop where stroke.a.y == 0 && stroke.b.y == 0: line(stroke.a, stroke.b, .prop, thickness: 1, drop: 1)
            case .prop: line(stroke.a, stroke.b, .prop, thickness: 1)
            // The far side: a thinner, dotted line, so it reads as behind without colour.
            case .far: line(stroke.a, stroke.b, .far, thickness: max(1, thickness - 1), dotted: style == .braille)
            case .near: line(stroke.a, stroke.b, .figure, thickness: thickness)
            }
        }
        head(drawing.head, drawing.headRadius)
    }

    /// From the box to dot coordinates.
    private func dot(_ point: Point) -> (x: Double, y: Double) {
        let place = projection.place(point)
        return (place.x * Double(across), place.y / 2 * Double(down))
    }

    private mutating func line(_ a: Point, _ b: Point, _ ink: Ink, thickness: Int, dotted: Bool = false, drop: Double = 0) {
        var start = dot(a), end = dot(b)
        // Dropped no lower than the last row of dots.
        let lowest = Double(dotsHigh) - 0.5
        (start.y, end.y) = (max(start.y, min(lowest, start.y + drop)), max(end.y, min(lowest, end.y + drop)))
        let steps = max(1, cellIndex(max(abs(end.x - start.x), abs(end.y - start.y)).rounded(.up)))
        for step in 0...steps where !dotted || step % 2 == 0 {
            let t = Double(step) / Double(steps)
            stamp(start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t, ink, thickness)
        }
    }

    /// The head: a ring, or a filled dot when it is too small for a ring to read.
    private mutating func head(_ point: Point, _ headRadius: Double) {
        let center = dot(point)
        let radius = headRadius * projection.scale * Double(across)
        if radius < 2 {
            stamp(center.x, center.y, .figure, max(2, cellIndex(radius * 2)))
            return
        }
        let steps = max(12, cellIndex(radius * 8))
        for step in 0..<steps {
            let angle = Double(step) / Double(steps) * 2 * Double.pi
            stamp(center.x + radius * Angle.cosine(angle), center.y + radius * Angle.sine(angle), .figure, thickness)
        }
    }

    /// A square of `size` dots around a point.
    private mutating func stamp(_ x: Double, _ y: Double, _ ink: Ink, _ size: Int) {
        let x0 = cellIndex(x - Double(size - 1) / 2), y0 = cellIndex(y - Double(size - 1) / 2)
        for dy in 0..<size {
            for dx in 0..<size { plot(x0 + dx, y0 + dy, ink) }
        }
    }

    private mutating func plot(_ x: Int, _ y: Int, _ ink: Ink) {
        guard x >= 0, y >= 0, x < dotsWide, y < dotsHigh else { return }
        let index = y * dotsWide + x
        if ink.rawValue > dots[index].rawValue { dots[index] = ink }
    }

    private func ink(_ x: Int, _ y: Int) -> Ink { dots[y * dotsWide + x] }

    var image: FigureImage {
        var image = FigureImage(width: width, height: height)
        for row in 0..<height {
            for column in 0..<width {
                var bits: UInt32 = 0
                var strongest = Ink.none
                for dy in 0..<down {
                    for dx in 0..<across {
                        let ink = self.ink(column * across + dx, row * down + dy)
                        guard ink != .none else { continue }
                        bits |= Self.bit(dx, dy, style: style)
                        if ink.rawValue > strongest.rawValue { strongest = ink }
                    }
                }
                guard bits != 0 else { continue }
                // Blocks cannot dot a line: a far limb's cell is a light shade instead.
                let character = style == .blocks && strongest == .far ? "░" : Self.character(bits, style: style)
                image.set(column, row, character, prop: strongest == .prop, far: strongest == .far)
            }
        }
        return image
    }

    /// Braille numbers its dots down the left column (1 2 3, then 7) and then the right.
    static func bit(_ x: Int, _ y: Int, style: FigureStyle) -> UInt32 {
        if style != .braille { return y == 0 ? 1 : 2 }
        let left: [UInt32] = [0x01, 0x02, 0x04, 0x40], right: [UInt32] = [0x08, 0x10, 0x20, 0x80]
        return x == 0 ? left[y] : right[y]
    }

    static func character(_ bits: UInt32, style: FigureStyle) -> Unicode.Scalar {
        if style == .braille { return Unicode.Scalar(0x2800 + bits)! }
        switch bits {
        case 1: return "▀"
        case 2: return "▄"
        default: return "█"
        }
    }
}
