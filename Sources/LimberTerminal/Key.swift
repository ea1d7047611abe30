/// A key press (or resize), decoded from ncurses.
public enum Key: Sendable, Equatable {
    case character(Character)
    case enter
    case escape
    case left, right, up, down
    case resize
}
