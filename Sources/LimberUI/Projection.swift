import LimberCore

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
