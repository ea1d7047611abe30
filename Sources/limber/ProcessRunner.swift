#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// Runs hooks and the notify command: argv arrays, no shell, output appended to a log file,
/// never waited on by the screen. `poll` (each pass of the run loop) reaps finished ones and
/// kills any still running after `timeout`. A failure is reported once per name.
final class ProcessRunner {
    struct Running {
        let pid: pid_t
        let name: String
        let started: Double
    }

    static let timeout = 10.0

    private let logPath: String
    private let clock: () -> Double
    private(set) var running: [Running] = []
    private var warned: Set<String> = []
    /// Warnings not yet shown.
    private(set) var warnings: [String] = []

    init(logPath: String, clock: @escaping () -> Double) {
        self.logPath = logPath
        self.clock = clock
    }

    func start(_ argv: [String], name: String, environment: [String: String]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, so the timeout can stop whatever it started, and so Ctrl-C in
        // the pane goes to limber alone.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var env = Environment.values
        env.merge(environment) { _, new in new }
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var args: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer {
            envp.forEach { free($0) }
            args.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, argv[0], &actions, &attributes, args, envp)
        guard result == 0 else {
            warn(name, "\(name) could not start \(argv[0]): \(String(cString: strerror(result)))")
            return
        }
        running.append(Running(pid: pid, name: name, started: clock()))
    }

    /// Reaps finished processes and stops overdue ones.
    func poll() {
        let now = clock()
        running.removeAll { process in
            var status: Int32 = 0
            let done = waitpid(process.pid, &status, WNOHANG)
            if done == process.pid {
                let signal = status & 0x7f, code = (status >> 8) & 0xff
                if signal != 0 || code != 0 {
                    warn(process.name, "\(process.name) failed (\(signal != 0 ? "signal \(signal)" : "exit \(code)")); see \(logPath)")
                }
                return true
            }
            if now - process.started >= Self.timeout {
                kill(-process.pid, SIGKILL)
                waitpid(process.pid, &status, 0)
                warn(process.name, "\(process.name) was stopped after \(Int(Self.timeout)) s; see \(logPath)")
                return true
            }
            return false
        }
    }

    /// Hands over the warnings to show, each once.
    func takeWarnings() -> [String] {
        defer { warnings.removeAll() }
        return warnings
    }

    private func warn(_ name: String, _ message: String) {
        guard warned.insert(name).inserted else { return }
        warnings.append(message)
    }
}
