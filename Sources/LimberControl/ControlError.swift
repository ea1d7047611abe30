/// What went wrong with the control socket, in words for one line.
public enum ControlError: Error, Equatable, CustomStringConvertible {
    /// A request that is not one (bad JSON, unknown command, wrong version, too long).
    case malformed(String)
    /// The socket or its folder could not be set up, and why.
    case unavailable(String)

    public var description: String {
        switch self {
        case .malformed(let why): "bad request: \(why)"
        case .unavailable(let why): why
        }
    }
}
