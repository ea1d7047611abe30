#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberControl
import LimberCore
import LimberNotify
import LimberPresence

/// Waits on the terminal, the control socket and the presence sources together with one
/// poll(2), so the loop sleeps until a key, a request, a client's idle deadline, a source's
/// descriptor or check time, or its own timeout, whichever is first.
public final class PollingInput: InputSource {
    private let terminal: any TerminalDevice
    private let server: ControlServer?
    private let uptime: () -> Double
    private let presence: [any PresenceSource]
    private let clock: () -> Moment
    /// Channels outside the pane that can be answered; polled only while one has something open.
    private let prompts: PromptAlerts?

    public init(terminal: any TerminalDevice, server: ControlServer?, presence: [any PresenceSource] = [],
                prompts: PromptAlerts? = nil, clock: @escaping () -> Moment) {
        self.terminal = terminal
        self.server = server
        self.presence = presence
        self.prompts = prompts
        self.clock = clock
        uptime = { clock().uptime }
    }

    public func wait(timeoutMilliseconds milliseconds: Int) -> [Input] {
        var entries = [pollfd(fd: terminal.inputDescriptor, events: Int16(POLLIN), revents: 0)]
        var timeout = milliseconds
        if let server {
            entries += server.descriptors.map { pollfd(fd: $0.fd, events: $0.events, revents: 0) }
            if let deadline = server.nextDeadline {
                let seconds = min(Double(timeout) / 1000, max(0, deadline - uptime()))
                timeout = Int((seconds * 1000).rounded(.up))
            }
        }
        let serverCount = entries.count - 1
        for source in presence {
            if let fd = source.descriptor { entries.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            // A source's check waits for the next wake-up (at most a second away) rather than
            // waking the loop itself: a few seconds' lateness does not matter to idle minutes,
            // and each extra wake-up costs a pass of the loop.
            if source.nextCheck != nil { timeout = min(timeout, 1000) }
        }
        // A notification waiting for its server's reply: look again within a second, so a
        // reply that never comes times out (sd-bus keeps the deadline) instead of waiting on.
        let promptsOpen = prompts?.isOpen ?? false
        if let prompts, promptsOpen {
            entries += prompts.pollRequests.map { pollfd(fd: $0.fd, events: $0.events, revents: 0) }
            timeout = min(timeout, 1000)
        }
        let ready = poll(&entries, nfds_t(entries.count), Int32(clamping: timeout))
        var inputs: [Input] = []
        // A signal (resize, resume after Ctrl-Z, quit) interrupts poll; ncurses then has a
        // key (KEY_RESIZE) or nothing to give. Keys already buffered by ncurses are drained too.
        if ready < 0 || entries[0].revents != 0 {
            while inputs.count < 64, let key = terminal.readKey(timeoutMilliseconds: 0) { inputs.append(.key(key)) }
        }
        if let server {
            let socketReady = ready > 0 && entries.dropFirst().prefix(serverCount).contains { $0.revents != 0 }
            if socketReady {
                inputs += server.service(now: uptime()).map { .request($0.request, client: $0.client) }
            } else {
                server.closeIdle(now: uptime())
            }
        }
        inputs += presenceInputs(entries.dropFirst(1 + serverCount))
        // Reading an idle bus costs one non-blocking read: done on every wake while open.
        if let prompts, promptsOpen { inputs += prompts.take().map { .answer($0) } }
        return inputs
    }

    /// Checks each source whose descriptor is readable or whose check time has come.
    private func presenceInputs(_ polled: ArraySlice<pollfd>) -> [Input] {
        guard !presence.isEmpty else { return [] }
        let now = clock()
        var inputs: [Input] = []
        for source in presence {
            let readable = source.descriptor.map { fd in polled.contains { $0.fd == fd && $0.revents != 0 } } ?? false
            let due = source.nextCheck.map { $0 <= now.uptime } ?? false
            guard readable || due else { continue }
            inputs += source.check(at: now).map { .presence(source.kind, $0) }
        }
        return inputs
    }

    public func reply(_ reply: ControlReply, to client: Int32) {
        server?.reply(reply, to: client)
    }
}
