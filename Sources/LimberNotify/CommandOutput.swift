#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberProcess

/// Runs a short command (`tmux -V`) and returns its output, or nil when it cannot be started,
/// fails, or takes longer than `timeout` seconds (it is then killed). For the one check at
/// start and in `limber config`, never while the timer counts.
enum CommandOutput {
    static func read(_ argv: [String], timeout: Double = 2) -> String? {
        guard let ends = ChildProcess.pipe() else { return nil }
        defer { close(ends.read) }
        let started = ChildProcess.spawn(argv, ChildProcess.Options(stdout: .descriptor(ends.write)))
        close(ends.write)
        guard case .success(let pid) = started else { return nil }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var left = Int32(timeout * 1000)
        var ended = false
        while left > 0, output.count < 65_536 {
            var entry = pollfd(fd: ends.read, events: Int16(POLLIN), revents: 0)
            let before = Self.milliseconds()
            let ready = poll(&entry, 1, left)
            left -= Int32(clamping: Self.milliseconds() - before)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = Glibc.read(ends.read, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                ended = true
                break
            }
            output += chunk[0..<count]
        }
        var status: Int32 = 0
        // Its output ended: it is exiting, so wait for it, within the time left.
        var exited = false
        while ended, !exited, left > 0 {
            exited = waitpid(pid, &status, WNOHANG) == pid
            if !exited {
                usleep(2_000)
                left -= 2
            }
        }
        guard exited else {
            kill(pid, SIGKILL)
            ChildProcess.wait(pid)
            return nil
        }
        guard status == 0 else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
