import Foundation
import Testing

/// `limber tmux`'s snippet, loaded as a user's .tmux.conf into a real tmux server with limber on
/// its PATH: the pane, the status bar and the key bindings do what the snippet says.
@Suite struct TmuxSnippetEndToEndTests {
    /// A tmux server on a private socket whose config is the snippet, with a temporary HOME and
    /// a PATH that finds this build's limber as `limber`.
    final class Server {
        let socket = "limber-snippet-\(UUID().uuidString.prefix(8))"
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("limber-snippet-\(UUID().uuidString.prefix(8))")

        init() throws {
            let bin = home.appendingPathComponent("bin"), runtime = home.appendingPathComponent("run")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("limber").path,
                                                       withDestinationPath: TmuxPane.binary)
            let snippet = try TmuxPane.run([TmuxPane.binary, "tmux"])
            #expect(snippet.status == 0)
            let config = home.appendingPathComponent("tmux.conf")
            try snippet.output.write(to: config, atomically: true, encoding: .utf8)
            let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            let started = try TmuxPane.run([
                "env", "HOME=\(home.path)", "PATH=\(path)", "XDG_RUNTIME_DIR=\(runtime.path)", "LANG=C.UTF-8",
                "XDG_CONFIG_HOME=\(home.path)/config", "XDG_DATA_HOME=\(home.path)/data", "XDG_STATE_HOME=\(home.path)/state",
                "tmux", "-L", socket, "-f", config.path, "new-session", "-d", "-x", "80", "-y", "23", "-s", "work", // the size of the client below
            ])
            #expect(started.status == 0, "tmux would not start with the snippet: \(started.error)")
        }

        deinit {
            _ = try? tmux(["kill-server"])
            try? FileManager.default.removeItem(at: home)
        }

        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            try TmuxPane.run(["tmux", "-L", socket] + arguments).output
        }

        /// Polls a tmux query until `predicate` holds or 10 s pass; records the last answer.
        @discardableResult
        func waitFor(_ what: String, _ query: [String], sourceLocation: SourceLocation = #_sourceLocation,
                     _ predicate: (String) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(10)
            var last = ""
            while Date() < deadline {
                last = (try? tmux(query)) ?? ""
                if predicate(last) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("timed out waiting for \(what); last answer:\n\(last)", sourceLocation: sourceLocation)
            return false
        }

        func status() -> String {
            (try? TmuxPane.run(["env", "HOME=\(home.path)", "XDG_RUNTIME_DIR=\(home.path)/run",
                                "XDG_DATA_HOME=\(home.path)/data", "XDG_CONFIG_HOME=\(home.path)/config",
                                TmuxPane.binary, "status"]).output) ?? ""
        }
    }

    @Test func theSnippetStartsLimberInASmallPaneAndBindsTheKeys() throws {
        let server = try Server()
        // The first window gets a second, 12-line pane running limber.
        server.waitFor("limber's pane in the first window", ["list-panes", "-t", "work:^", "-F", "#{pane_height} #{pane_current_command}"]) {
            $0.split(separator: "\n").contains("12 limber")
        }
        // A client attached from another tmux's pane, as a user's terminal: its status bar and
        // its keys are the real ones.
        let terminal = try TmuxPane.shell()
        try terminal.send("env -u TMUX tmux -L \(server.socket) attach -t work", "Enter")
        terminal.waitForRegex(#"sitting \d+:\d\d · break in \d+:\d\d \| \d\d:\d\d"#)
        terminal.waitFor("Next break in")
        // prefix P pauses, and pressed again resumes; each shows the new line as a message.
        try terminal.send("C-b", "P")
        #expect(waitForStatus(server) { $0.hasPrefix("paused") })
        terminal.waitFor("paused · sitting")
        try terminal.send("C-b", "P")
        #expect(waitForStatus(server) { $0.hasPrefix("sitting") })
        // prefix Z when nothing is due: the refusal, as a message.
        try terminal.send("C-b", "Z")
        terminal.waitFor("limber: ")
        // prefix B starts a break.
        try terminal.send("C-b", "B")
        #expect(waitForStatus(server) { $0.hasPrefix("on break") })
        // A second session does not start a second timer. tmux runs a session's hook (and waits
        // for its if-shell) before the next command in the same list, so no waiting here.
        let panes = try server.tmux(["new-session", "-d", "-s", "second", ";", "list-panes", "-t", "second:^", "-F", "#{pane_id}"])
        #expect(panes.split(separator: "\n").count == 1, "panes: \(panes)")
    }

    @Test func theSnippetIsPlainASCIIAndTakesNoOptions() throws {
        let result = try TmuxPane.run([TmuxPane.binary, "tmux"])
        #expect(result.status == 0)
        #expect(result.output.unicodeScalars.allSatisfy { $0.isASCII }, "tmux.conf text in any locale")
        for text in ["set-hook -g session-created", "split-window", "#(limber status)", "bind-key B", "bind-key Z", "bind-key P",
                     "a popup on the client you last typed in", "Enter plays the break in it", "tmux 3.2 or newer"] {
            #expect(result.output.contains(text), "missing \(text)")
        }
        let extra = try TmuxPane.run([TmuxPane.binary, "tmux", "--bogus"])
        #expect(extra.status == 64, "an unknown option is a usage error")
    }

    private func waitForStatus(_ server: Server, _ predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        var last = ""
        while Date() < deadline {
            last = server.status()
            if predicate(last) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("status never matched; last: \(last)")
        return false
    }
}
