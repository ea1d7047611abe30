#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore
import LimberProcess

/// Runs hooks and the notify command: argv arrays, no shell, never waited on by the screen.
///
/// Each run gets its own process group and a pipe for its output. `poll` (each pass of the run
/// loop) reads the pipes, ends runs whose command exited, stops runs still going after
/// `timeout`, and writes one entry per run to the hooks log. When a run ends, whatever it left
/// in its process group is killed with it; a child that left the group (`setsid`) is the
/// hook's own business. At most four run at once, eight more wait, the rest are dropped.
/// A failure is reported once per name.
final class ProcessRunner {
    struct Request {
        let argv: [String]
        let name: String
        let environment: [String: String]
    }

    final class Run {
        let pid: pid_t
        let request: Request
        let started: Double
        let startTime: String
        var pipe: Int32
        var output = HookOutput()

        init(pid: pid_t, request: Request, started: Double, startTime: String, pipe: Int32) {
            self.pid = pid
            self.request = request
            self.started = started
            self.startTime = startTime
            self.pipe = pipe
        }
    }

    static let timeout = 10.0
    /// How long hooks get to finish after SIGTERM when limber quits.
    static let quitGrace = 1.0

    private let log: HookLogFile
    private let clock: () -> Double
    private var queue = HookQueue<Request>()
    private(set) var running: [Run] = []
    private var warned: Set<String> = []
    /// Warnings not yet shown.
    private(set) var warnings: [String] = []

    init(logPath: String, clock: @escaping () -> Double) {
        self.log = HookLogFile(path: logPath)
        self.clock = clock
    }

    func start(_ argv: [String], name: String, environment: [String: String]) {
        guard !argv.isEmpty else { return }
        let request = Request(argv: argv, name: name, environment: environment)
        switch queue.offer(request) {
        case .start: launch(request)
        case .wait: break
        case .drop:
            warn(name + " dropped", "\(name) dropped: \(queue.maxRunning) hooks running and \(queue.maxWaiting) waiting")
        }
    }

    /// Reads output, ends finished runs, stops overdue ones, starts waiting ones.
    func poll() {
        let now = clock()
        var ended: [(run: Run, ending: HookEnding?)] = []
        for run in running {
            drain(run)
            if leaderExited(run) {
                ended.append((run, nil))
            } else if now - run.started >= Self.timeout {
                ended.append((run, .timedOut(seconds: Int(Self.timeout))))
            }
        }
        running.removeAll { run in ended.contains { $0.run === run } }
        for (run, ending) in ended { finish(run, ending: ending) }
    }

    /// On quit: runs still going get SIGTERM (their whole group) and `quitGrace` to finish, then
    /// SIGKILL. Runs that were waiting never start. Returns within about `quitGrace`.
    func stopAll() {
        _ = queue.removeWaiting()
        guard !running.isEmpty else { return }
        for run in running { kill(-run.pid, SIGTERM) }
        let deadline = clock() + Self.quitGrace
        while clock() < deadline, running.contains(where: { !leaderExited($0) }) {
            running.forEach(drain)
            usleep(10_000)
        }
        for run in running { finish(run, ending: .stoppedAtQuit, startNext: false) }
        running.removeAll()
    }

    /// Hands over the warnings to show, each once.
    func takeWarnings() -> [String] {
        defer { warnings.removeAll() }
        return warnings
    }

    private func launch(_ request: Request) {
        var next: Request? = request
        while let request = next {
            if let run = spawn(request) {
                running.append(run)
                return
            }
            next = queue.finished()
        }
    }

    private func spawn(_ request: Request) -> Run? {
        guard let ends = ChildProcess.pipe() else {
            warn(request.name, "\(request.name) could not start: \(String(cString: strerror(errno)))")
            return nil
        }
        _ = fcntl(ends.read, F_SETFL, fcntl(ends.read, F_GETFL) | O_NONBLOCK)
        defer { close(ends.write) }
        var env = Environment.values
        env.merge(request.environment) { _, new in new }
        // Its own session: its own process group, which the timeout stops whole, and no
        // controlling terminal (it cannot write over the screen nor read the keys meant for
        // limber); Ctrl-C in the pane goes to limber alone.
        let options = ChildProcess.Options(stdout: .descriptor(ends.write), stderr: .descriptor(ends.write), group: .session,
                                           environment: .exactly(env.map { "\($0.key)=\($0.value)" }))
        switch ChildProcess.spawn(request.argv, options) {
        case .success(let pid):
            return Run(pid: pid, request: request, started: clock(), startTime: Self.timestamp(), pipe: ends.read)
        case .failure(let error):
            close(ends.read)
            warn(request.name, "\(request.name) could not start \(request.argv[0]): \(error)")
            return nil
        }
    }

    /// Reads what the run has written so far, keeping what `HookOutput` allows.
    private func drain(_ run: Run) {
        guard run.pipe >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = read(run.pipe, &buffer, buffer.count)
            if count > 0 {
                run.output.append(buffer[0..<count])
                continue
            }
            if count < 0 && errno == EINTR { continue }
            if count == 0 || errno != EAGAIN {
                close(run.pipe)
                run.pipe = -1
            }
            return
        }
    }

    /// Whether the run's command has exited. It is not reaped yet: while its zombie exists its
    /// pid cannot be reused, so killing its process group cannot hit a stranger.
    private func leaderExited(_ run: Run) -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(run.pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_signo == SIGCHLD
    }

    /// Kills what is left of the run's group, reaps it, logs it and warns if it failed.
    /// `ending` nil means the command exited and its status says how.
    private func finish(_ run: Run, ending: HookEnding?, startNext: Bool = true) {
        kill(-run.pid, SIGKILL)
        let status = ChildProcess.wait(run.pid)
        drain(run)
        if run.pipe >= 0 { close(run.pipe) }
        let signal = status & 0x7f, code = (status >> 8) & 0xff
        let ended = ending ?? (signal != 0 ? .signalled(signal) : .exited(code))
        let entry = HookLogEntry.bytes(time: run.startTime, name: run.request.name, argv: run.request.argv,
                                       ending: ended, output: run.output)
        if let problem = log.append(entry) { warn("hooks.log", problem) }
        if ended.isFailure {
            let what = ending == nil ? "failed (\(signal != 0 ? "signal \(signal)" : "exit \(code)"))" : "was \(ended.text)"
            warn(run.request.name, "\(run.request.name) \(what); see \(log.path)")
        }
        if startNext, let next = queue.finished() { launch(next) }
    }

    /// Local time for the log, like 2026-11-27 17:30:12.
    private static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M:%S", &parts)
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func warn(_ key: String, _ message: String) {
        guard warned.insert(key).inserted else { return }
        warnings.append(message)
    }
}
