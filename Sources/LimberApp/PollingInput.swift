#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberControl

/// Waits on the terminal and the control socket together with one poll(2), so the loop sleeps
/// until a key, a request, a client's idle deadline or its own timeout, whichever is first.
public final class PollingInput: InputSource {
    private let terminal: any TerminalDevice
    private let server: ControlServer?
    private let uptime: () -> Double

    public init(terminal: any TerminalDevice, server: ControlServer?, uptime: @escaping () -> Double) {
        self.terminal = terminal
        self.server = server
        self.uptime = uptime
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
        let ready = poll(&entries, nfds_t(entries.count), Int32(clamping: timeout))
        var inputs: [Input] = []
        // A signal (resize, resume after Ctrl-Z, quit) interrupts poll; ncurses then has a
        // key (KEY_RESIZE) or nothing to give. Keys already buffered by ncurses are drained too.
        if ready < 0 || entries[0].revents != 0 {
            while inputs.count < 64, let key = terminal.readKey(timeoutMilliseconds: 0) { inputs.append(.key(key)) }
        }
        if let server {
            let socketReady = ready > 0 && entries.dropFirst().contains { $0.revents != 0 }
            if socketReady {
                inputs += server.service(now: uptime()).map { .request($0.request, client: $0.client) }
            } else {
                server.closeIdle(now: uptime())
            }
        }
        return inputs
    }

    public func reply(_ reply: ControlReply, to client: Int32) {
        server?.reply(reply, to: client)
    }
}
