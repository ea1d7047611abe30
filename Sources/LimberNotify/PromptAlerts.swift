import LimberCore

/// Keeps every channel outside the pane in step with the prompt. The run loop's effects side
/// calls `ring` when the engine rings the bell and `follow` once a pass; the input side polls
/// `pollRequests` and reads `take`. All of it derives from the engine's state, so the engine's
/// quiet rules (not away, paused or outside active hours; one ring per prompt plus the
/// overdue reminder) hold for every channel.
public final class PromptAlerts {
    public let channels: [any PromptChannel]
    /// What the channels were last told; nil when nothing is showing.
    private var current: PromptView?

    public init(channels: [any PromptChannel]) {
        self.channels = channels
    }

    /// The engine rang: the prompt appeared, came back after a snooze, or is still overdue.
    public func ring(_ state: TimerState, firstExercise: String?) {
        guard let view = PromptView(state, firstExercise: firstExercise) else { return }
        let first = current == nil || current?.stage == .snoozed
        current = view
        for channel in channels { channel.ring(view, first: first) }
    }

    /// Once a pass: replace what shows when the prompt changed, close it when the prompt ended.
    public func follow(_ state: TimerState) {
        for channel in channels { channel.settle() }
        guard let shown = current else { return }
        guard let view = PromptView(state) else {
            current = nil
            for channel in channels { channel.end() }
            return
        }
        // Only a change of stage (or of the answers left) is news; the minutes counting on are not.
        guard view.stage != shown.stage || view.answers != shown.answers else { return }
        current = view
        for channel in channels { channel.update(view) }
    }

    /// Descriptors to poll, only while a channel has something open.
    public var pollRequests: [(fd: Int32, events: Int16)] { channels.compactMap(\.pollRequest) }

    /// Whether any channel has something open (the loop then reads `take` on every wake).
    public var isOpen: Bool { channels.contains { $0.pollRequest != nil } }

    public func take() -> [PromptAnswer] { channels.flatMap { $0.take() } }

    public func takeWarnings() -> [String] { channels.flatMap { $0.takeWarnings() } }

    /// At quit: close whatever shows.
    public func close() {
        if current != nil { for channel in channels { channel.end() } }
        current = nil
    }
}
