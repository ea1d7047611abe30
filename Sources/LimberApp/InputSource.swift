import LimberControl
import LimberUI

/// Something that woke the run loop.
public enum Input: Sendable, Equatable {
    case key(Key)
    /// A request from another process, with the connection to answer on.
    case request(ControlRequest, client: Int32)
}

/// Everything the run loop waits on, together: keys and requests, up to a timeout.
/// `PollingInput` polls the terminal and the control socket; tests script inputs on a fake clock.
public protocol InputSource: AnyObject {
    /// Waits up to `milliseconds` for input; returns what arrived (nothing when the time ran out).
    func wait(timeoutMilliseconds milliseconds: Int) -> [Input]
    func reply(_ reply: ControlReply, to client: Int32)
}
