/// Why the full-screen interface cannot start. Each message fits on one line and says what to do.
public enum TerminalError: Error, Sendable, CustomStringConvertible {
    case notATerminal
    case unusableTerm(String)
    case startFailed(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "stdin and stdout must be a terminal; run limber in a terminal pane (for scripts, use 'limber status')"
        case .unusableTerm(let term):
            "TERM=\(term) cannot drive a full-screen display; run limber in a terminal such as xterm-256color or tmux-256color"
        case .startFailed(let term):
            "could not start the terminal (TERM=\(term)); check that TERM names an installed terminfo entry"
        }
    }
}
