/// Where the player puts the figure and the words, from the pane's size alone, so a still
/// printed for a size (`limber exercises show --pose --size`) matches the player at that size.
public struct PlayerLayout: Sendable, Equatable {
    public struct Box: Sendable, Equatable {
        public var x, y, width, height: Int
    }

    /// Nil when the pane is too small for a figure to read.
    public var figure: Box?
    public var text: Box

    public init(_ size: Size) {
        // Below the header's two rows, above the routine bar and the key hints.
        let top = 2, rows = max(0, size.height - 4)
        if size.width >= 40, rows >= 6 {
            // The words need about 20 columns; past that the figure and the words share the width.
            let textWidth = size.width < 60 ? size.width - 19 : min(44, size.width * 2 / 5)
            let figureWidth = size.width - textWidth - 5
            figure = Box(x: 1, y: top, width: figureWidth, height: rows - 1)
            text = Box(x: 1 + figureWidth + 3, y: top, width: textWidth, height: rows)
        } else if rows >= 12 {
            let figureHeight = rows / 2
            figure = Box(x: 1, y: top, width: size.width - 2, height: figureHeight)
            text = Box(x: 1, y: top + figureHeight + 1, width: size.width - 2, height: rows - figureHeight - 2)
        } else {
            figure = nil
            text = Box(x: 1, y: top, width: max(1, size.width - 2), height: rows)
        }
    }
}
