#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// The asking end: `limber status` and the commands. One request, one reply, a hard deadline:
/// a status line must never hang, whatever state the timer is in.
public enum ControlClient {
    public enum Outcome: Equatable {
        case reply(ControlReply)
        /// Nobody listens on the socket: no timer runs for this data folder.
        case noTimer
        /// A timer holds the socket but did not answer in time (stopped with Ctrl-Z, hung).
        case notResponding
        /// The timer answered that every connection slot is taken.
        case busy
        /// The socket cannot be used (a symlink, another user's socket).
        case failed(String)
    }

    /// How long a timer has to answer: under the 0.3 s a status line promises, leaving room
    /// for the process to start and print.
    public static let deadline = 0.25

    public static func send(_ request: ControlRequest, to path: String, timeout: Double = deadline) -> Outcome {
        let start = monotonic()
        var info = stat()
        guard lstat(path, &info) == 0 else { return .noTimer }
        // connect() would follow a symlink: refuse one rather than talk to whatever it names.
        guard (info.st_mode & S_IFMT) == S_IFSOCK else { return .failed("\(path) is not a socket; remove it") }
        guard let fd = UnixSocket.make() else { return .failed("cannot create a socket: \(UnixSocket.error())") }
        defer { close(fd) }
        let connected = UnixSocket.withAddress(path) { connect(fd, $0, $1) }
        guard let connected else { return .failed("the socket path is too long: \(path)") }
        if connected != 0 {
            switch errno {
            case ECONNREFUSED, ENOENT: return .noTimer
            // A full queue: the timer is not accepting (stopped) and others are waiting.
            case EAGAIN, EWOULDBLOCK, EINPROGRESS: return .notResponding
            default: return .failed("cannot connect to \(path): \(UnixSocket.error())")
            }
        }
        guard PeerCredentials.uid(of: fd) == getuid() else { return .failed("\(path) belongs to another user; not asking it") }
        var line = ControlProtocol.encode(request)[...]
        var input: [UInt8] = []
        while true {
            let left = timeout - (monotonic() - start)
            if left <= 0 { return .notResponding }
            var entry = pollfd(fd: fd, events: Int16(line.isEmpty ? POLLIN : POLLIN | POLLOUT), revents: 0)
            let ready = poll(&entry, 1, Int32(min(60_000, max(1, (left * 1000).rounded(.up)))))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return .notResponding }
            if !line.isEmpty, entry.revents & Int16(POLLOUT) != 0 {
                guard let written = UnixSocket.send(fd, line) else {
                    // The timer hung up before reading (busy, or quitting): its answer, if it
                    // sent one, is still there to read.
                    line = []
                    continue
                }
                line = line.dropFirst(written)
                // Nothing more to ask: the timer reads the request and the end together, answers,
                // and hangs up, woken once instead of twice.
                if line.isEmpty { shutdown(fd, Int32(SHUT_WR)) }
            }
            if entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = recv(fd, &buffer, buffer.count, 0)
                if count > 0 {
                    input += buffer[0..<count]
                    if let newline = input.firstIndex(of: 10) {
                        guard let reply = ControlProtocol.decodeReply(Array(input[..<newline])) else {
                            return .failed("the timer sent an answer this limber does not understand; is it another version?")
                        }
                        return reply == ControlReply.busy ? .busy : .reply(reply)
                    }
                    if input.count > 64 * 1024 { return .failed("the timer's answer is too long") }
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    // Someone listened (connect worked) but hung up without an answer.
                    return .notResponding
                }
            }
        }
    }

    public static func monotonic() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
