import LimberControl
import LimberCore
import LimberNotify
import LimberUI

/// Something that woke the run loop.
public enum Input: Sendable, Equatable {
    case key(Key)
    /// A request from another process, with the connection to answer on.
    case request(ControlRequest, client: Int32)
    /// A presence source saw something.
    case presence(PresenceSourceKind, PresenceSignal)
    /// The prompt was answered outside the pane (a notification's button).
    case answer(PromptAnswer)
}

/// Everything the run loop waits on, together: keys and requests, up to a timeout.
/// `PollingInput` polls the terminal, the control socket and the presence sources; tests
/// script inputs on a fake clock.
public protocol InputSource: AnyObject {
    /// Waits up to `milliseconds` for input; returns what arrived (nothing when the time ran out).
    func wait(timeoutMilliseconds milliseconds: Int) -> [Input]
    func reply(_ reply: ControlReply, to client: Int32)
}
