#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starting a child process, the one way limber does it: `posix_spawnp` with an argv (no
/// shell), each standard stream given, a clean signal mask and default signal dispositions (a
/// child inherits the mask of the thread that spawns it, and limber, like a test thread,
/// blocks or ignores some: a child that kept them could not be told to stop).
public enum ChildProcess {
    /// Where one of the child's standard streams goes.
    public enum Stream: Sendable, Equatable {
        /// /dev/null.
        case null
        /// A copy of this descriptor, as it is in the child at that point: a pipe's end, or
        /// `1` to send standard error where standard output went.
        case descriptor(Int32)
        /// A file, created (mode 0600) if missing, emptied unless `append`.
        case file(String, append: Bool)
    }

    /// The child's process group.
    public enum Group: Sendable, Equatable {
        /// limber's own: Ctrl-C in the pane reaches it too.
        case inherited
        /// One of its own, which `kill(-pid, …)` stops whole.
        case own
        /// A session of its own (so also its own group) and no controlling terminal: it cannot
        /// open /dev/tty, write over the screen or read keys meant for limber. macOS spawns no
        /// sessions, so there it gets a group of its own.
        case session
    }

    /// The child's environment.
    public enum Environment: Sendable, Equatable {
        /// This process's, as it is now.
        case inherited
        /// This process's, without these variables.
        case inheritedWithout([String])
        /// Exactly these `NAME=value` entries.
        case exactly([String])
    }

    public struct Options: Sendable, Equatable {
        public var stdin: Stream
        public var stdout: Stream
        public var stderr: Stream
        public var group: Group
        public var environment: Environment

        public init(stdin: Stream = .null, stdout: Stream = .null, stderr: Stream = .null,
                    group: Group = .inherited, environment: Environment = .inherited) {
            self.stdin = stdin
            self.stdout = stdout
            self.stderr = stderr
            self.group = group
            self.environment = environment
        }
    }

    /// Starts `argv[0]` (looked up on PATH) and returns its pid, or the error number
    /// (`strerror` says it) when it could not be started. Never waits for it.
    public static func spawn(_ argv: [String], _ options: Options = Options()) -> Result<pid_t, SpawnError> {
        guard let program = argv.first else { return .failure(SpawnError(code: EINVAL)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, stream) in [(Int32(0), options.stdin), (1, options.stdout), (2, options.stderr)] {
            switch stream {
            case .null: posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
            case .descriptor(let source): posix_spawn_file_actions_adddup2(&actions, source, fd)
            case .file(let path, let append):
                posix_spawn_file_actions_addopen(&actions, fd, path, O_WRONLY | O_CREAT | O_NOFOLLOW | (append ? O_APPEND : O_TRUNC), 0o600)
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        switch options.group {
        case .inherited: break
        case .own:
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        case .session:
            #if os(Linux)
            // glibc's POSIX_SPAWN_SETSID (2.26+; the header shows it only with _GNU_SOURCE). A
            // session leader leads its group too, so no SETPGROUP: setpgid would fail on it.
            flags |= 0x80
            #else
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            #endif
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let args: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { args.forEach { free($0) } }
        var pid: pid_t = 0
        // Never `environ` itself: the child shares our memory until it execs, and a `setenv` of
        // a new name on another thread reallocates and frees that array under it (execve then
        // fails with EFAULT, "Bad address": seen when tests set a bus address while another
        // spawned). A copy of our own lives until posix_spawnp returns.
        let entries: [String]
        switch options.environment {
        case .inherited: entries = current()
        case .inheritedWithout(let names): entries = current().filter { entry in !names.contains { entry.hasPrefix($0 + "=") } }
        case .exactly(let given): entries = given
        }
        let result = spawn(&pid, program, &actions, &attributes, args, entries)
        return result == 0 ? .success(pid) : .failure(SpawnError(code: result))
    }

    private static func spawn(_ pid: inout pid_t, _ program: String, _ actions: inout posix_spawn_file_actions_t,
                              _ attributes: inout posix_spawnattr_t, _ args: [UnsafeMutablePointer<CChar>?],
                              _ entries: [String]) -> Int32 {
        let envp: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        return posix_spawnp(&pid, program, &actions, &attributes, args, envp)
    }

    /// This process's environment as `NAME=value` entries.
    public static func current() -> [String] {
        var entries: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            entries.append(String(cString: pointer))
            entry += 1
        }
        return entries
    }

    /// A pipe whose ends are closed on exec: a child gets only the end given as one of its
    /// streams, never a copy that would keep the pipe open after it exits.
    public static func pipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [-1, -1]
        guard Glibc_pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Waits for the child to exit and returns its wait status.
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    /// True once the child has exited (and is reaped); never blocks.
    public static func reap(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        return result == pid || (result == -1 && errno == ECHILD)
    }

    /// A wait status as the shell's `$?`: the exit code, or 128 plus the signal that ended it.
    /// (WIFEXITED and WEXITSTATUS are macros Swift cannot import.)
    public static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// Why a child could not be started: an `errno` value.
public struct SpawnError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Int32

    public init(code: Int32) {
        self.code = code
    }

    public var description: String { String(cString: strerror(code)) }
}

#if canImport(Glibc)
private func Glibc_pipe(_ ends: inout [Int32]) -> Int32 { Glibc.pipe(&ends) }
#else
private func Glibc_pipe(_ ends: inout [Int32]) -> Int32 { Darwin.pipe(&ends) }
#endif
