import Foundation
import Testing

/// The config file, the title, the bell, desktop notifications and hooks, in the real binary.
@Suite struct PromptingEndToEndTests {
    static func writeConfig(_ pane: TmuxPane, _ text: String) throws {
        let folder = pane.home.appendingPathComponent("config/limber")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }

    /// A pane whose config file is written before limber starts (limber waits for `go`).
    static func pane(config: String, arguments: [String] = [], width: Int = 80, recordOutput: Bool = false) throws -> TmuxPane {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("limber-cfg-\(UUID().uuidString.prefix(8))")
        let folder = home.appendingPathComponent("limber")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try config.replacingOccurrences(of: "HOME", with: home.path)
            .write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return try TmuxPane(arguments, width: width, environment: ["XDG_CONFIG_HOME": home.path], recordOutput: recordOutput)
    }

    static func output(_ pane: TmuxPane) -> String {
        String(decoding: (try? Data(contentsOf: pane.outputLog)) ?? Data(), as: UTF8.self)
    }

    @Test func titleBellAndNotificationReachTheTerminal() throws {
        let pane = try Self.pane(config: "interval = \"2s\"\nnotify = \"osc\"\n", recordOutput: true)
        let before = try pane.tmux(["display-message", "-p", "-t", "e2e", "#{pane_title}"])
        pane.waitFor("Break due")
        pane.waitFor("the title, bell and notification bytes") { _ in
            let bytes = Self.output(pane)
            let withoutOSC = bytes.replacingOccurrences(of: "\u{1B}\\][^\u{07}]*\u{07}", with: "", options: .regularExpression)
            return bytes.contains("\u{1B}]2;Break due · Limber\u{07}")
                && bytes.contains("]777;notify;Limber;Break due: time to stand up and move")
                && bytes.contains("]9;Break due: time to stand up and move")
                && withoutOSC.contains("\u{07}")
        }
        #expect(Self.output(pane).contains("\u{1B}]2;Limber · break in 1m\u{07}"))
        #expect(try pane.tmux(["display-message", "-p", "-t", "e2e", "#{pane_title}"]) == "Break due · Limber\n")
        try pane.send("q")
        pane.expectExitedAndRestored()
        #expect(try pane.tmux(["display-message", "-p", "-t", "e2e", "#{pane_title}"]) == before, "title restored")
    }

    @Test func noBellWhenTurnedOff() throws {
        let pane = try Self.pane(config: "interval = \"1s\"\nbell = false\n", recordOutput: true)
        pane.waitFor("Break due")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let withoutOSC = Self.output(pane).replacingOccurrences(of: "\u{1B}\\][^\u{07}]*\u{07}", with: "", options: .regularExpression)
        #expect(!withoutOSC.contains("\u{07}"))
    }

    @Test func hooksRunWithTheirEnvironmentFailuresShowAndSlowOnesAreStopped() throws {
        let pane = try Self.pane(config: """
        interval = "2s"
        snooze = "2s"
        latest = "10m"
        notify = "command"
        notify_command = ["/bin/sh", "-c", 'echo "$0" >> HOME/notified']

        [hooks]
        on_break_due = ["/bin/sh", "-c", "echo $LIMBER_EVENT $LIMBER_POSTURE $LIMBER_STRETCH_SECONDS >> HOME/hook.out; echo from the hook"]
        on_snooze = ["false"]
        on_skip = ["sleep", "30"]
        """)
        // Until the pane's shell has exec'd limber, its child is not limber yet: poll.
        pane.waitFor("limber's environment") { _ in Self.configHome(pane) != nil }
        let home = try #require(Self.configHome(pane))
        pane.waitFor("Break due")
        pane.waitFor("the hook's file") { _ in (try? String(contentsOfFile: home + "/hook.out", encoding: .utf8)) == "break_due sitting 2\n" }
        pane.waitFor("the notify command's file") { _ in
            (try? String(contentsOfFile: home + "/notified", encoding: .utf8)) == "Break due: time to stand up and move\n"
        }
        try pane.send("z")
        pane.waitFor("Warning: on_snooze failed (exit 1)")
        // The log's path is written from ~, so the warning fits the pane.
        pane.waitFor("see ~/state/limber/hooks.log")
        pane.waitFor("Break due")
        try pane.send("x")
        // The screen keeps counting while the slow hook runs.
        pane.waitForTicks(2)
        pane.waitFor("Warning: on_skip was stopped after 10 s", timeout: 20)
        let log = try String(contentsOfFile: pane.home.path + "/state/limber/hooks.log", encoding: .utf8)
        #expect(log.contains("from the hook"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// The pane's XDG_CONFIG_HOME, read from limber's own environment.
    static func configHome(_ pane: TmuxPane) -> String? {
        guard let pid = try? pane.limberPID(),
              let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return nil }
        let vars = String(decoding: environ, as: UTF8.self).split(separator: "\0")
        return vars.first { $0.hasPrefix("XDG_CONFIG_HOME=") }.map { String($0.dropFirst("XDG_CONFIG_HOME=".count)) }
    }

    @Test func configInitWritesOnceAndConfigShowsSources() throws {
        let pane = try TmuxPane(["--version"])
        let env = ["env", "XDG_CONFIG_HOME=\(pane.home.path)/config", "HOME=\(pane.home.path)", TmuxPane.binary]
        let first = try TmuxPane.run(env + ["config", "--init"])
        #expect(first.status == 0)
        let path = "\(pane.home.path)/config/limber/config.toml"
        #expect(first.output == "wrote \(path)\n")
        try ("interval = \"50m\"\n" + (try String(contentsOfFile: path, encoding: .utf8))).write(toFile: path, atomically: true, encoding: .utf8)
        let again = try TmuxPane.run(env + ["config", "--init"])
        #expect(again.status == 1)
        #expect(again.error.contains("already exists; it was not overwritten"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("interval = \"50m\""))
        let shown = try TmuxPane.run(env + ["config", "--snooze", "2m"])
        #expect(shown.output.contains("interval "))
        #expect(shown.output.range(of: #"interval\s+50m\s+\#(path):\d+"#, options: .regularExpression) != nil)
        #expect(shown.output.range(of: #"snooze\s+2m\s+command line \(--snooze\)"#, options: .regularExpression) != nil)
        // latest is not set, so it follows the file's interval.
        #expect(shown.output.range(of: #"latest\s+1h5m\s+interval \+ 15m"#, options: .regularExpression) != nil)
        try "interval = \"50m\"\nintervall = 3\n".write(toFile: path, atomically: true, encoding: .utf8)
        let bad = try TmuxPane.run(env + ["config"])
        #expect(bad.status == 78)
        #expect(bad.error == "limber: \(path):2: intervall: unknown key (did you mean 'interval'?)\n")
        // The status bar keeps its line; the typo goes to stderr.
        let status = try TmuxPane.run(env + ["status"])
        #expect(status.status == 0 && !status.output.isEmpty, "\(status.output)")
        #expect(status.error.hasPrefix("limber: \(path):2: intervall: unknown key (did you mean 'interval'?)"))
        let missing = try TmuxPane.run(env + ["--config", "/nonexistent/limber.toml"])
        #expect(missing.status == 64)
        #expect(missing.error.hasPrefix("limber: --config: cannot read /nonexistent/limber.toml"))
    }

    @Test func completionScriptsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try TmuxPane.run([TmuxPane.binary, "--generate-completion-script", shell])
            #expect(result.status == 0)
            #expect(result.output.contains("limber"))
            #expect(result.output.contains("interval"))
        }
    }
}
