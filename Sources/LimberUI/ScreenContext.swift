import LimberCore

/// What a screen needs besides the timer state.
public struct ScreenContext: Sendable {
    public var size: Size
    public var glyphs: Glyphs
    public var now: Moment
    /// A one-line message, e.g. why a key did nothing.
    public var notice: String?
    public var showHelp: Bool

    public init(size: Size, glyphs: Glyphs, now: Moment, notice: String? = nil, showHelp: Bool = false) {
        self.size = size
        self.glyphs = glyphs
        self.now = now
        self.notice = notice
        self.showHelp = showHelp
    }
}
