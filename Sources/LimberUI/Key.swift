/// A key press (or resize), as the terminal decoded it.
public enum Key: Sendable, Equatable {
    case character(Character)
    case enter
    case escape
    case left, right, up, down
    case resize
}
