import LimberCore

/// What a screen needs besides the timer state.
public struct ScreenContext: Sendable {
    public var size: Size
    public var glyphs: Glyphs
    public var now: Moment
    /// A one-line message, e.g. why a key did nothing.
    public var notice: String?
    public var showHelp: Bool
    /// One still frame instead of the animation.
    public var reducedMotion: Bool
    /// Playing one exercise to try it (`limber exercises show`), not a break.
    public var practice: Bool

    public init(size: Size, glyphs: Glyphs, now: Moment, notice: String? = nil, showHelp: Bool = false,
                reducedMotion: Bool = false, practice: Bool = false) {
        self.practice = practice
        self.reducedMotion = reducedMotion
        self.size = size
        self.glyphs = glyphs
        self.now = now
        self.notice = notice
        self.showHelp = showHelp
    }

    /// The figure style in effect: plain ASCII screens get ASCII figures.
    public var figureStyle: FigureStyle { glyphs.halfBlocks == nil ? .ascii : glyphs.figure }
}
