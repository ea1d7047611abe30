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
    /// Whether the header (its two rows) and the routine bar are drawn. In a short pane they
    /// give way to a figure that would otherwise be too small to read; the key hints stay.
    public var chrome: Bool

    /// A figure drawn fewer rows tall than this is hard to read: at 40×12 a floor figure
    /// beside the words is under 4 rows, and cat-cow's `cow` reads as the letter "h". Six
    /// rows (24 braille dots) show the head, the back's curve and the limbs apart.
    static let readableRows = 6.0

    /// - Parameter figureAspect: the figure's width over its height (its bounds), if known.
    ///   A wide figure (on the floor, reaching out) goes above the words when that draws it
    ///   larger than beside them.
    public init(_ size: Size, figureAspect: Double? = nil) {
        self = Self.arranged(size, figureAspect, chrome: true)
        // The header and the bar go only for a real gain: a figure drawn too small with them
        // that is at least a row taller without them (the floor figures in a 40×12 pane).
        guard let aspect = figureAspect, let framed = figure,
              Self.drawnRows(framed, aspect) < Self.readableRows else { return }
        let bare = Self.arranged(size, aspect, chrome: false)
        if let box = bare.figure, Self.drawnRows(box, aspect) >= Self.drawnRows(framed, aspect) + 1 {
            self = bare
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

    private init(figure: Box?, text: Box, chrome: Bool) {
        self.figure = figure
        self.text = text
        self.chrome = chrome
    }

    /// The figure beside the words, or above them when that draws it larger. With chrome, the
    /// room is between the header's two rows and the routine bar above the key hints; without,
    /// everything above the key hints, the figure and the words with no blank row between.
    private static func arranged(_ size: Size, _ aspect: Double?, chrome: Bool) -> PlayerLayout {
        let top = chrome ? 2 : 0, rows = max(0, size.height - top - (chrome ? 2 : 1))
        guard size.width >= 40, rows >= 6 else {
            if rows >= 12 {
                let figureHeight = rows / 2
                return PlayerLayout(figure: Box(x: 1, y: top, width: size.width - 2, height: figureHeight),
                                    text: Box(x: 1, y: top + figureHeight + 1, width: size.width - 2, height: rows - figureHeight - 2),
                                    chrome: chrome)
            }
            return PlayerLayout(figure: nil, text: Box(x: 1, y: top, width: max(1, size.width - 2), height: rows), chrome: chrome)
        }
        // The words need about 20 columns; past that the figure and the words share the width.
        let textWidth = size.width < 60 ? size.width - 19 : min(44, size.width * 2 / 5)
        let figureWidth = size.width - textWidth - 5
        let beside = PlayerLayout(figure: Box(x: 1, y: top, width: figureWidth, height: rows - 1),
                                  text: Box(x: 1 + figureWidth + 3, y: top, width: textWidth, height: rows), chrome: chrome)
        let words = wordsBelow(size.width), gap = chrome ? 1 : 0
        guard let aspect, rows - words - gap >= 3 else { return beside }
        let above = Box(x: 1, y: top, width: size.width - 2, height: rows - words - gap)
        guard drawnRows(above, aspect) > drawnRows(beside.figure!, aspect) else { return beside }
        return PlayerLayout(figure: above, text: Box(x: 1, y: top + above.height + gap, width: size.width - 2, height: words),
                            chrome: chrome)
    }

    /// Rows the words get under a wide figure: the name, the counter, the step and the safety
    /// line; in a pane under 60 columns the name, the counter and a step of up to three lines.
    static func wordsBelow(_ width: Int) -> Int {
        width < 60 ? 5 : 7
    }

    /// How tall (in cell widths) a figure of this aspect is drawn in a box: cells are two wide tall.
    static func drawnHeight(_ box: Box, _ aspect: Double) -> Double {
        min(Double(box.width) / max(aspect, 0.01), Double(box.height) * 2)
    }

    /// The same in rows.
    static func drawnRows(_ box: Box, _ aspect: Double) -> Double {
        drawnHeight(box, aspect) / 2
    }
}
