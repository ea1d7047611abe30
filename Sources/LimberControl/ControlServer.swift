#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The running timer's end of the control socket. Single-threaded and never blocking: the run
/// loop polls `descriptors` with the terminal, then calls `service`, which accepts, reads and
/// writes only what is ready.
///
/// No client can hold a slot: each request line must arrive whole within `requestSeconds` of
/// the connection (or of the previous request), however the bytes trickle in, and a client
/// that misses it is closed. Every request handed out is answered before its connection is
/// closed, even when the client sent several and then hung up its sending side.
public final class ControlServer {
    struct Client {
        var input: [UInt8] = []
        var output: [UInt8] = []
        /// Since when the next request line is awaited: the deadline runs from here, and bytes
        /// that arrive do not reset it.
        var awaitingSince: Double
        /// Requests handed to the run loop and not answered yet.
        var unanswered = 0
        /// Close once the output is written (the peer closed, or sent too much).
        var closing = false

        /// Done: nothing left to write or to answer.
        var finished: Bool { closing && output.isEmpty && unanswered == 0 }
    }

    public let path: String
    private let listener: Int32
    private let inode: UInt64
    private var clients: [Int32: Client] = [:]
    /// The user allowed to connect; tests set another to see the refusal.
    public var allowedUID: uid_t
    /// How long a client has to send one whole request line.
    public var requestSeconds = 1.0
    public var maxClients = 32
    /// Output a client may leave unread before it is dropped.
    static let maxOutput = 64 * 1024

    /// Listens on `path`. Call only while holding the data folder's instance lock: a socket
    /// file already there is then a dead timer's and is replaced. A symlink, or any other kind
    /// of file, is refused and left alone.
    public init(path: String, allowedUID: uid_t = getuid()) throws(ControlError) {
        self.path = path
        self.allowedUID = allowedUID
        try Self.removeStale(path)
        guard let fd = UnixSocket.make() else { throw .unavailable("cannot create a socket: \(UnixSocket.error())") }
        // bind creates the file with the umask's mode: make it 0600 from the start.
        let previous = umask(0o177)
        let bound = UnixSocket.withAddress(path) { bind(fd, $0, $1) }
        umask(previous)
        guard let bound else {
            close(fd)
            throw .unavailable("the socket path is too long: \(path); set XDG_RUNTIME_DIR or a shorter --data-dir")
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let why = UnixSocket.error()
            close(fd)
            throw .unavailable("cannot listen on \(path): \(why)")
        }
        var info = stat()
        lstat(path, &info)
        listener = fd
        inode = UInt64(info.st_ino)
    }

    deinit {
        for fd in clients.keys { close(fd) }
        close(listener)
        // Remove the file only if it is still ours (not one a newer timer put there).
        var info = stat()
        if lstat(path, &info) == 0, UInt64(info.st_ino) == inode { unlink(path) }
    }

    private static func removeStale(_ path: String) throws(ControlError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw .unavailable("\(path) is a symlink; remove it")
        case S_IFSOCK where info.st_uid == getuid():
            unlink(path)
        default:
            throw .unavailable("\(path) is in the way (not our socket); remove it")
        }
    }

    /// The descriptors to poll, and what for.
    public var descriptors: [(fd: Int32, events: Int16)] {
        [(listener, Int16(POLLIN))] + clients.map { fd, client in
            (fd, Int16(client.output.isEmpty ? POLLIN : POLLIN | POLLOUT))
        }
    }

    /// The earliest time (uptime) a client that has not sent its request is to be closed.
    public var nextDeadline: Double? {
        clients.values.filter { $0.unanswered == 0 }.map { $0.awaitingSince + requestSeconds }.min()
    }

    public var clientCount: Int { clients.count }

    /// Accepts, reads and writes what is ready; closes idle clients. Returns the complete
    /// requests, each with the client to reply to. Bad requests are answered here.
    public func service(now: Double) -> [(client: Int32, request: ControlRequest)] {
        // Clients that hung up or sent too much had a pass to get their answers: done.
        for (fd, client) in clients where client.finished { drop(fd) }
        acceptAll(now: now)
        var requests: [(Int32, ControlRequest)] = []
        for fd in Array(clients.keys) {
            requests += read(fd, now: now).map { (fd, $0) }
            flush(fd)
        }
        closeIdle(now: now)
        return requests
    }

    /// Queues a reply and writes what the socket takes now.
    public func reply(_ reply: ControlReply, to fd: Int32) {
        guard var client = clients[fd] else { return }
        client.output += ReplyWriter.line(reply)
        client.unanswered = max(0, client.unanswered - 1)
        clients[fd] = client
        flush(fd)
        if let client = clients[fd], client.finished { drop(fd) }
    }

    /// Closes the clients whose request did not arrive whole in time. One waiting for its
    /// answer is left alone: the run loop answers within the same pass.
    public func closeIdle(now: Double) {
        for (fd, client) in clients where client.unanswered == 0 && now - client.awaitingSince >= requestSeconds { drop(fd) }
    }

    private func acceptAll(now: Double) {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            guard PeerCredentials.uid(of: fd) == allowedUID else {
                // Someone else's process: say why once, then hang up without reading anything.
                _ = UnixSocket.send(fd, ReplyWriter.line(ControlReply.failure("refused: this timer belongs to another user"))[...])
                close(fd)
                continue
            }
            // Slots whose time ran out are freed first, so a full table means clients that are
            // all still within their second.
            if clients.count >= maxClients { closeIdle(now: now) }
            guard clients.count < maxClients else {
                _ = UnixSocket.send(fd, ReplyWriter.line(ControlReply.busy)[...])
                close(fd)
                continue
            }
            clients[fd] = Client(awaitingSince: now)
        }
    }

    private func read(_ fd: Int32, now: Double) -> [ControlRequest] {
        guard var client = clients[fd], !client.closing else { return [] }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var peerClosed = false
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 {
                client.input += buffer[0..<count]
                if client.input.count > ControlProtocol.maxLine * 2 { break }
                continue
            }
            if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { peerClosed = true }
            break
        }
        var requests: [ControlRequest] = []
        while let newline = client.input.firstIndex(of: 10) {
            let line = Array(client.input[..<newline])
            client.input.removeSubrange(...newline)
            if line.count > ControlProtocol.maxLine {
                client.output += Self.tooLong
                client.closing = true
                break
            }
            // The next request has its own second, from the end of this one.
            client.awaitingSince = now
            switch ControlProtocol.decode(line) {
            case .success(let request):
                requests.append(request)
                client.unanswered += 1
            case .failure(let error): client.output += ReplyWriter.line(ControlReply.failure("\(error)"))
            }
        }
        if !client.closing, client.input.count > ControlProtocol.maxLine {
            client.output += Self.tooLong
            client.input.removeAll()
            client.closing = true
        }
        if peerClosed {
            client.closing = true
            // A client that hung up entirely gave up waiting (it said "not responding"): what
            // it asked must not happen behind its back. One that only stopped sending still
            // gets its answers.
            if Self.peerGone(fd) {
                clients[fd] = client
                drop(fd)
                return []
            }
        }
        clients[fd] = client
        return requests
    }

    /// A line longer than the protocol allows: refused, and the connection closed.
    private static let tooLong = ReplyWriter.line(.failure("\(ControlError.malformed("request over \(ControlProtocol.maxLine) bytes"))"))

    private static func peerGone(_ fd: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: 0, revents: 0)
        return poll(&entry, 1, 0) > 0 && entry.revents & Int16(POLLHUP) != 0
    }

    private func flush(_ fd: Int32) {
        guard var client = clients[fd] else { return }
        if !client.output.isEmpty {
            guard let written = UnixSocket.send(fd, client.output[...]) else { return drop(fd) }
            client.output.removeFirst(written)
        }
        if client.output.count > Self.maxOutput { return drop(fd) }
        clients[fd] = client
    }

    private func drop(_ fd: Int32) {
        guard clients.removeValue(forKey: fd) != nil else { return }
        close(fd)
    }
}
