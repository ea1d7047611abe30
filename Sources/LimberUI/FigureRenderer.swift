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
            return render(Drawing(pose, props: props), bounds: bounds, width: width, height: height, style: style)
        case .drawing(let drawing, let bounds):
            return render(drawing, bounds: bounds, width: width, height: height, style: style)
        }
    }

    static func render(_ drawing: Drawing, bounds: Bounds, width: Int, height: Int, style: FigureStyle) -> FigureImage {
        guard width > 0, height > 0 else { return FigureImage(width: width, height: height) }
        if style == .ascii {
            var sketch = LineSketch(width: width, height: height, bounds: bounds)
            sketch.draw(drawing)
            return sketch.image
        }
        var raster = DotRaster(width: width, height: height, style: style, bounds: bounds)
        raster.draw(drawing)
        return raster.image
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
