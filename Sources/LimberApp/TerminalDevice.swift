import LimberUI

/// The screen the run loop paints and the keys it reads: ncurses in the program, a recorder
/// of frames in tests.
public protocol TerminalDevice: AnyObject {
    var size: Size { get }
    /// The descriptor keys arrive on, for poll.
    var inputDescriptor: Int32 { get }
    func draw(_ canvas: Canvas)
    /// Forget the last frame so the next draw repaints everything (after a resize).
    func invalidate()
    /// A key, waiting up to `milliseconds` (0: only what has already arrived).
    func readKey(timeoutMilliseconds milliseconds: Int) -> Key?
}
