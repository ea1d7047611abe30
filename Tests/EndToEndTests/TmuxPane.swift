import Foundation
import Testing

/// The real limber binary in a tmux pane on a private socket, with its own temporary HOME.
/// Tests type with `send` and read the screen with `waitFor`, which polls until a deadline.
final class TmuxPane {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: String {
        ProcessInfo.processInfo.environment["LIMBER_BIN"]
            ?? packageRoot.appendingPathComponent(".build/debug/limber").path
    }

    let socket = "limber-e2e-\(UUID().uuidString.prefix(8))"
    let home: URL
    /// The pane's environment (HOME, the XDG folders and the test's own), for `limber` beside it.
    private(set) var environment: [String: String] = [:]
    /// Bytes the program wrote to the terminal, when `recordOutput` was asked for.
    let outputLog: URL

    /// Starts `limber args` in a shell that, once limber exits, prints its exit status and the
    /// tty mode, then waits: so a test can check the terminal was restored.
    /// - Parameter shellPrefix: shell commands run before limber in the pane (limits, traps).
    convenience init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
                     recordOutput: Bool = false, shellPrefix: String = "") throws {
        try self.init(command: { assignments in
            let command = ([Self.binary] + arguments).map(Self.quote).joined(separator: " ")
            return "trap : INT; \(shellPrefix) env \(assignments) \(command); echo \"EXIT=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; echo DONE; sleep 600"
        }, width: width, height: height, environment: environment, recordOutput: recordOutput)
    }

    /// An interactive bash with job control, for Ctrl-Z and `fg`.
    static func shell(environment: [String: String] = [:]) throws -> TmuxPane {
        try TmuxPane(command: { assignments in
            "env \(assignments) PS1='$ ' bash --norc --noprofile -i"
        }, width: 80, height: 24, environment: environment, recordOutput: false)
    }

    private init(command: (String) -> String, width: Int, height: Int, environment: [String: String],
                 recordOutput: Bool) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        outputLog = home.appendingPathComponent("output.log")
        for sub in ["config", "data", "state"] {
            try FileManager.default.createDirectory(at: home.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        // Unit tests in the same process briefly narrow the umask (the socket and the database
        // are created 0600), so folders made meanwhile would be 0700: a test that runs limber as
        // another user (setpriv) then could not look inside. Set the modes, not the race's.
        for path in [home.path] + ["config", "data", "state"].map({ home.appendingPathComponent($0).path }) {
            chmod(path, 0o755)
        }
        var env = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "LANG": "C.UTF-8",
        ]
        env.merge(environment) { _, new in new }
        self.environment = env
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let script = command(assignments)
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e", "sh", "-c", script])
        if recordOutput {
            try tmux(["pipe-pane", "-o", "-t", "e2e", "cat >> \(Self.quote(outputLog.path))"])
        }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: home)
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Self.run(["tmux", "-L", socket] + arguments).output
    }

    /// Runs a command to completion with posix_spawn and waitpid. Foundation's Process waits
    /// for its own descriptors to close, which never happens when the command leaves a tmux
    /// server running; output goes through files for the same reason.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limber-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        let status = try Spawn.run(arguments, stdout: outPath, stderr: errPath)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (status, output, error)
    }

    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", "e2e"])) ?? ""
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "e2e"] + keys)
    }

    /// Polls the screen until `predicate` holds or the deadline passes; records the last
    /// screen in the failure.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if predicate(last) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(last)", sourceLocation: sourceLocation)
        return false
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    func waitForRegex(_ pattern: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        waitFor("/\(pattern)/", timeout: timeout, sourceLocation: sourceLocation) {
            $0.range(of: pattern, options: .regularExpression) != nil
        }
    }

    /// `limber ARGS` as another pane would run it: the same HOME and folders as this pane's.
    func limber(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try Self.run(["env"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [Self.binary] + arguments)
    }

    /// Polls `limber status` until its line matches `pattern`. The screen shows the stretch in
    /// whole minutes (`sitting 0m`); its seconds (`sitting 0:03`) are in the status line.
    /// - Parameter options: for `status`, such as the pane's `--data-dir`.
    @discardableResult
    func waitForStatus(_ pattern: String, options: [String] = [], timeout: Double = 10,
                       sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? limber(["status"] + options).output) ?? ""
            if last.range(of: pattern, options: .regularExpression) != nil { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for status /\(pattern)/; it said: \(last)", sourceLocation: sourceLocation)
        return false
    }

    /// Waits until the screen has changed `count` times: the big clock ticks every second, so
    /// this is "the screen keeps counting".
    @discardableResult
    func waitForTicks(_ count: Int = 2, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        for _ in 0..<count {
            let before = screen()
            guard waitFor("the screen to change", timeout: timeout, sourceLocation: sourceLocation, { $0 != before }) else {
                return false
            }
        }
        return true
    }

    var alternateScreenOn: Bool {
        ((try? tmux(["display-message", "-p", "-t", "e2e", "#{alternate_on}"])) ?? "").hasPrefix("1")
    }

    var cursorVisible: Bool {
        ((try? tmux(["display-message", "-p", "-t", "e2e", "#{cursor_flag}"])) ?? "").hasPrefix("1")
    }

    /// The pane title (OSC 2), which limber sets while it runs and must put back.
    var title: String {
        ((try? tmux(["display-message", "-p", "-t", "e2e", "#{pane_title}"])) ?? "").trimmingCharacters(in: .newlines)
    }

    /// The pid of limber itself (the child of the pane's shell).
    func limberPID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Self.run(["pgrep", "-P", shell]).output
        guard let pid = children.split(separator: "\n").first.flatMap({ Int32($0) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return pid
    }

    /// After limber exits: the exit line and the restored tty.
    func expectExitedAndRestored(status: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) {
        guard waitFor("DONE", sourceLocation: sourceLocation) else { return }
        let text = screen()
        #expect(text.contains("EXIT=\(status)"), "exit status; screen:\n\(text)", sourceLocation: sourceLocation)
        #expect(text.contains("icanon echo"), "tty mode restored; screen:\n\(text)", sourceLocation: sourceLocation)
        #expect(!alternateScreenOn, "alternate screen left on", sourceLocation: sourceLocation)
        #expect(cursorVisible, "cursor left hidden", sourceLocation: sourceLocation)
        #expect(!title.contains("Limber") && !title.contains("Break due"), "title left as '\(title)'", sourceLocation: sourceLocation)
    }

    /// Sends a signal to limber itself, by name (`TERM`, `USR1`…).
    func kill(_ signal: String) throws {
        let pid = try limberPID()
        let result = try Self.run(["kill", "-s", signal, "\(pid)"])
        #expect(result.status == 0, "kill -s \(signal): \(result.error)")
    }
}
