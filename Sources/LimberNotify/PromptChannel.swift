import LimberCore
import LimberLibrary

/// One way a due break reaches the person outside the pane (a desktop notification, a tmux
/// popup). `PromptAlerts` tells each channel when the prompt appears, changes and ends; a
/// channel that can be answered has a descriptor for the run loop to poll while it is open.
public protocol PromptChannel: AnyObject {
    var channel: NotifyChannel { get }
    /// The prompt appeared (`first`: after nothing showed, or after a snooze) or rings again
    /// (the overdue reminder).
    func ring(_ view: PromptView, first: Bool)
    /// The prompt changed without ringing (snoozed): replace what shows, if anything does.
    func update(_ view: PromptView)
    /// The prompt ended (answered anywhere, natural break, away, paused): close what shows.
    func end()
    /// A descriptor and poll events to wait on, only while something is open.
    var pollRequest: (fd: Int32, events: Int16)? { get }
    /// Handles what arrived; returns answers given outside the pane.
    func take() -> [PromptAnswer]
    /// Problems to say once on screen (a bus that went away).
    func takeWarnings() -> [String]
    /// Once a pass: tidy up (reap a process that has exited).
    func settle()
}

extension PromptChannel {
    public func settle() {}
}

/// A channel that is on, or off and why (for `limber config`).
public struct ChannelStatus: Sendable, Equatable {
    public var channel: NotifyChannel
    /// What it does when on, or why it is off.
    public var detail: String
    public var isOn: Bool

    public init(_ channel: NotifyChannel, on detail: String) {
        self.channel = channel
        self.detail = detail
        isOn = true
    }

    public init(_ channel: NotifyChannel, off reason: String) {
        self.channel = channel
        detail = reason
        isOn = false
    }

    /// `on (session bus)`, `off (not inside tmux)`.
    public var text: String { (isOn ? "on" : "off") + " (\(detail))" }
}
