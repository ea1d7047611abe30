import LimberCore

/// Where the player puts the figure and the words, from the pane's size and the figure's shape
/// alone, so a still printed for a size (`limber exercises show --pose --size`) matches the
/// player at that size.
public struct PlayerLayout: Sendable, Equatable {
    public struct Box: Sendable, Equatable {
        public var x, y, width, height: Int
    }

    /// Nil when the pane is too small for a figure to read.
    public var figure: Box?
    public var text: Box

    /// Rows the words get under a wide figure: the name, the counter, the step and the safety line.
    static let wordsBelow = 7

    /// - Parameter figureAspect: the figure's width over its height (its bounds), if known.
    ///   A wide figure (on the floor, reaching out) goes above the words when that draws it
    ///   larger than beside them.
    public init(_ size: Size, figureAspect: Double? = nil) {
        // Below the header's two rows, above the routine bar and the key hints.
        let top = 2, rows = max(0, size.height - 4)
        if size.width >= 40, rows >= 6 {
            // The words need about 20 columns; past that the figure and the words share the width.
            let textWidth = size.width < 60 ? size.width - 19 : min(44, size.width * 2 / 5)
            let figureWidth = size.width - textWidth - 5
            figure = Box(x: 1, y: top, width: figureWidth, height: rows - 1)
            text = Box(x: 1 + figureWidth + 3, y: top, width: textWidth, height: rows)
            if let aspect = figureAspect, size.width >= 60, rows - Self.wordsBelow - 1 >= 6 {
                let above = Box(x: 1, y: top, width: size.width - 2, height: rows - Self.wordsBelow - 1)
                if Self.drawnHeight(above, aspect) > Self.drawnHeight(figure!, aspect) {
                    figure = above
                    text = Box(x: 1, y: top + above.height + 1, width: size.width - 2, height: Self.wordsBelow)
                }
            }
        } else if rows >= 12 {
            let figureHeight = rows / 2
            figure = Box(x: 1, y: top, width: size.width - 2, height: figureHeight)
            text = Box(x: 1, y: top + figureHeight + 1, width: size.width - 2, height: rows - figureHeight - 2)
        } else {
            figure = nil
            text = Box(x: 1, y: top, width: max(1, size.width - 2), height: rows)
        }
    }

    /// The layout for a picture: skeleton figures lend their shape.
    public init(_ size: Size, for picture: Picture?) {
        if let bounds = picture?.bounds, bounds.height > 0 {
            self.init(size, figureAspect: bounds.width / bounds.height)
        } else {
            self.init(size)
        }
    }

    /// How tall (in cell widths) a figure of this aspect is drawn in a box: cells are two wide tall.
    static func drawnHeight(_ box: Box, _ aspect: Double) -> Double {
        min(Double(box.width) / max(aspect, 0.01), Double(box.height) * 2)
    }
}
