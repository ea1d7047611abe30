#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a short command (`tmux -V`) and returns its output, or nil when it cannot be started,
/// fails, or takes longer than `timeout` seconds (it is then killed). For the one check at
/// start and in `limber config`, never while the timer counts.
enum CommandOutput {
    static func read(_ argv: [String], timeout: Double = 2) -> String? {
        var fds: [Int32] = [0, 0]
        guard !argv.isEmpty, pipe(&fds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let args: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { args.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawnp(&pid, argv[0], &actions, &attributes, args, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard started == 0 else { return nil }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var left = Int32(timeout * 1000)
        var ended = false
        while left > 0, output.count < 65_536 {
            var entry = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
            let before = Self.milliseconds()
            let ready = poll(&entry, 1, left)
            left -= Int32(clamping: Self.milliseconds() - before)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = Glibc.read(fds[0], &chunk, chunk.count)
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
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
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
