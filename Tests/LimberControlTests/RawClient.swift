import Foundation
@testable import LimberControl

/// A bare client socket, driven step by step from the test (the server is serviced by hand in
/// between), so socket tests need no threads and no sleeps.
final class RawClient {
    let fd: Int32

    init(_ path: String) throws {
        guard let fd = UnixSocket.make() else { throw ControlError.unavailable("socket") }
        self.fd = fd
        let result = UnixSocket.withAddress(path) { connect(fd, $0, $1) }
        guard result == 0 else {
            close(fd)
            throw ControlError.unavailable("connect: \(UnixSocket.error())")
        }
    }

    deinit { close(fd) }

    func send(_ text: String) {
        _ = UnixSocket.send(fd, Array(text.utf8)[...])
    }

    /// Everything readable now: text, or nil when the server hung up with nothing more to say.
    func read() -> String? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &buffer, buffer.count, 0)
        if count > 0 { return String(decoding: buffer[0..<count], as: UTF8.self) }
        return count == 0 ? nil : ""
    }

    /// The replies readable now, decoded.
    func replies() -> [ControlReply] {
        (read() ?? "").split(separator: "\n").compactMap { ControlProtocol.decodeReply(Array($0.utf8)) }
    }
}

/// A private temporary folder, removed at the end.
final class TempFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("limber-ctl-\(UUID().uuidString.prefix(8))").path
        mkdir(path, 0o700)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
