import LimberCore

/// Draws a picture into a block of cells: limbs, head and props on a grid finer than the
/// cells (braille dots or half blocks), or with ASCII line characters. Pure: picture in,
/// cells out. The whole exercise's bounds fill the block, keeping proportions, so the figure
/// is as large as the room allows and does not move between poses.
public enum FigureRenderer {
    public static func render(_ picture: Picture, width: Int, height: Int, style: FigureStyle) -> FigureImage {
        switch picture {
        case .frame(let rows):
            return frame(rows, width: width, height: height)
        case .figure(let pose, let props, let bounds):
            guard width > 0, height > 0 else { return FigureImage(width: width, height: height) }
            if style == .ascii {
                var sketch = LineSketch(width: width, height: height, bounds: bounds)
                sketch.draw(pose, props)
                return sketch.image
            }
            var raster = DotRaster(width: width, height: height, style: style, bounds: bounds)
            raster.draw(pose, props)
            return raster.image
        }
    }

    /// A hand-drawn frame, centred; clipped when the block is smaller.
    static func frame(_ rows: [String], width: Int, height: Int) -> FigureImage {
        var image = FigureImage(width: width, height: height)
        let frameWidth = rows.map(\.unicodeScalars.count).max() ?? 0
        let left = (width - frameWidth) / 2, top = (height - rows.count) / 2
        for (y, row) in rows.enumerated() {
            for (x, character) in row.unicodeScalars.enumerated() where character != " " {
                image.set(left + x, top + y, character, prop: false)
            }
        }
        return image
    }
}

/// How the box maps onto a block of cells. Distances are measured in cell widths (a cell is
/// about twice as tall as it is wide), so a figure keeps its proportions in any style.
struct Projection {
    let scale: Double
    let left: Double
    let top: Double
    let bounds: Bounds

    init(width: Int, height: Int, bounds: Bounds) {
        let boxWidth = max(0.01, bounds.width), boxHeight = max(0.01, bounds.height)
        let room = (width: Double(width), height: Double(height) * 2)
        // A hair under the full size, so the far edges land inside the last cell.
        scale = min(room.width / boxWidth, room.height / boxHeight) * 0.999
        left = (room.width - boxWidth * scale) / 2
        top = (room.height - boxHeight * scale) / 2
        self.bounds = bounds
    }

    /// The point in cell widths from the block's top-left corner.
    func place(_ point: Point) -> (x: Double, y: Double) {
        (left + (point.x - bounds.minX) * scale, top + (bounds.maxY - point.y) * scale)
    }
}

/// A cell index from a coordinate, without trapping on a value out of range.
func cellIndex(_ value: Double) -> Int {
    guard value.isFinite else { return -1 }
    return Int(max(-1, min(1_000_000, value.rounded(.down))))
}
