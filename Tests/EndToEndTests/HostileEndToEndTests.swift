#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Issue 16, against the real binary: a status line never hangs or crashes whatever sits in its
/// cache, and files that are not what they should be are named, not waited on.
@Suite struct HostileEndToEndTests {
    typealias Timer = ControlEndToEndTests.Timer

    /// `limber ARGS` from another pane under a time limit: a hang shows as exit 124 instead
    /// of a stuck test run.
    static func limited(_ timer: Timer, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let home = timer.pane.home.path
        return try TmuxPane.run(["timeout", "10", "env", "HOME=\(home)", "XDG_DATA_HOME=\(home)/data",
                                 "XDG_CONFIG_HOME=\(home)/config", "XDG_RUNTIME_DIR=\(timer.runtime)", TmuxPane.binary] + arguments)
    }

    @Test func statusNeverHangsOrCrashesOnItsCache() throws {
        let timer = try Timer(["--interval", "10m"])
        let pane = timer.pane
        pane.waitFor("sitting 0m")
        #expect(try timer.limber(["status"]).output.hasPrefix("sitting"))
        let folder = timer.runtime + "/limber"
        let socket = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".sock") })
        let cache = folder + "/" + socket.dropLast(5) + ".status"
        #expect(access(cache, F_OK) == 0, "status keeps its last answer")
        try pane.kill("STOP")
        defer { try? pane.kill("CONT") }

        unlink(cache)
        #expect(mkfifo(cache, 0o600) == 0)
        let fifo = try Self.limited(timer, ["status"])
        #expect(fifo.status == 0, "\(fifo.error)")
        #expect(fifo.output.contains("not responding"), "\(fifo.output)")

        let planted = """
            {"saved":\(Date().timeIntervalSince1970),"status":{"state":"outside-hours","posture":"sitting","elapsed":10,\
            "remaining":50,"todaySitting":4242,"todayStanding":0,"awayAfter":300,\
            "promptsResume":{"daysAhead":1,"weekday":0,"minute":540}}}
            """
        for _ in 0..<2 { // the second run meets whatever the first left
            unlink(cache)
            #expect(FileManager.default.createFile(atPath: cache, contents: Data(planted.utf8)))
            let crashed = try Self.limited(timer, ["status"])
            #expect(crashed.status == 0, "\(crashed.error)")
            #expect(crashed.output.contains("not responding") && !crashed.output.contains("1:10"), "\(crashed.output)")
        }

        // A runtime folder others may write to: its cache is not believed.
        unlink(cache)
        let trusted = planted.replacingOccurrences(of: "\"weekday\":0", with: "\"weekday\":2")
        #expect(FileManager.default.createFile(atPath: cache, contents: Data(trusted.utf8)))
        #expect(try timer.limber(["status", "--format", "{today_sitting}"]).output.hasPrefix("1:10"))
        chmod(folder, 0o777)
        let shared = try Self.limited(timer, ["status", "--format", "{today_sitting}"])
        #expect(shared.status == 0)
        #expect(!shared.output.contains("1:10"), "\(shared.output)")
        #expect(shared.error.contains("other users can write to \(folder)"), "\(shared.error)")
        chmod(folder, 0o700)
        try pane.kill("CONT")
        pane.waitFor("sitting 0m")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// A FIFO or a folder at config.toml used to be passed over silently (defaults used); a huge
    /// file took seconds and gigabytes. Each is now one line naming it, at once.
    @Test func aConfigFileThatIsNotOneIsNamed() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("limber-cfg-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let config = home + "/config/limber/config.toml"
        try FileManager.default.createDirectory(atPath: home + "/config/limber/exercises", withIntermediateDirectories: true)
        func limber(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try TmuxPane.run(["timeout", "20", "env", "HOME=\(home)", "XDG_CONFIG_HOME=\(home)/config", "XDG_DATA_HOME=\(home)/data",
                              TmuxPane.binary] + arguments)
        }
        #expect(mkfifo(config, 0o600) == 0)
        let fifo = try limber(["config"])
        #expect(fifo.status == 78)
        #expect(fifo.error == "limber: \(config) is a FIFO (named pipe), not a regular file; the config file must be a regular file (move it away, or pass another with --config)\n")
        unlink(config)
        mkdir(config, 0o700)
        #expect(try limber(["summary"]).error.hasPrefix("limber: \(config) is a folder, not a regular file"))
        rmdir(config)
        // 40 MB: refused by its size, before any parsing.
        let huge = "a = [" + String(repeating: "1,", count: 20_000_000) + "]\n"
        #expect(FileManager.default.createFile(atPath: config, contents: Data(huge.utf8)))
        let big = try limber(["config"])
        #expect(big.status == 78)
        #expect(big.error.hasPrefix("limber: \(config) is larger than 256 KB"), "\(big.error)")
        unlink(config)
        // A config folder others can write to is not read from (its hooks run commands).
        #expect(FileManager.default.createFile(atPath: config, contents: Data("interval = \"10m\"\n".utf8)))
        chmod(home + "/config/limber", 0o777)
        let shared = try limber(["config"])
        #expect(shared.status == 78)
        #expect(shared.error == "limber: other users can write to \(home)/config/limber; not reading from it (make it private: chmod 700)\n")
        chmod(home + "/config/limber", 0o755)
        #expect(try limber(["config"]).status == 0)
        unlink(config)
        // An exercise file that is a FIFO is a named problem; the others still load.
        #expect(mkfifo(home + "/config/limber/exercises/stuck.toml", 0o600) == 0)
        let list = try limber(["exercises"])
        #expect(list.status == 1, "\(list.error)") // a problem in a file is reported with status 1
        #expect((list.output + list.error).contains("stuck.toml:1: cannot be read: it is a FIFO (named pipe), not a regular file"),
                "\(list.output)\(list.error)")
    }

    /// SIGTTIN and SIGTTOU used to stop limber with the full screen up and the cursor hidden;
    /// after SIGSTOP and `fg` the tty stayed in line mode, so `q` did nothing until Enter. Each
    /// stop now gives the terminal back (or, for SIGSTOP, takes it again on SIGCONT).
    @Test(arguments: ["TTIN", "TTOU", "STOP"])
    func everyStopGivesTheTerminalBackAndFgTakesItAgain(signal: String) throws {
        let pane = try TmuxPane.shell()
        pane.waitFor("a prompt") { $0.hasPrefix("$") }
        try pane.send("-l", "\(TmuxPane.quote(TmuxPane.binary)) --interval 10m")
        try pane.send("Enter")
        pane.waitFor("Next break in")
        // In the job-control shell, limber is the shell's child, a level below limberPID's.
        let shell = try pane.limberPID()
        let pid = try #require(Int32(try TmuxPane.run(["pgrep", "-P", "\(shell)"]).output.split(separator: "\n").first ?? ""))
        #expect(try TmuxPane.run(["kill", "-s", signal, "\(pid)"]).status == 0)
        pane.waitFor("Stopped")
        if signal != "STOP" { // SIGSTOP cannot be caught: nothing can be put back before it
            #expect(!pane.alternateScreenOn)
            #expect(pane.cursorVisible)
        }
        try pane.send("-l", "fg")
        try pane.send("Enter")
        pane.waitFor("Next break in")
        #expect(pane.alternateScreenOn)
        // Raw mode again: one key, no Enter.
        try pane.send("t")
        pane.waitFor("standing 0m")
        try pane.send("q")
        pane.waitFor("back at the prompt") { $0.split(separator: "\n").last?.hasPrefix("$") == true }
        #expect(!pane.alternateScreenOn)
    }

    /// `bg` after a stop continues limber in the background: it stops again at once rather than
    /// draw over the shell, and `fg` brings it back whole.
    @Test func bgKeepsItStoppedUntilFg() throws {
        let pane = try TmuxPane.shell()
        pane.waitFor("a prompt") { $0.hasPrefix("$") }
        try pane.send("-l", "\(TmuxPane.quote(TmuxPane.binary)) --interval 10m")
        try pane.send("Enter")
        pane.waitFor("Next break in")
        let shell = try pane.limberPID() // in the job-control shell, limber is the shell's child
        let pid = try #require(Int32(try TmuxPane.run(["pgrep", "-P", "\(shell)"]).output.split(separator: "\n").first ?? ""))
        func state() -> String { HookEndToEndTests.read("/proc/\(pid)/stat").split(separator: ")").last?.split(separator: " ").first.map(String.init) ?? "" }
        try pane.send("C-z")
        pane.waitFor("Stopped")
        try pane.send("-l", "bg")
        try pane.send("Enter")
        pane.waitFor("limber running in the background") { $0.contains("&") }
        pane.waitFor("limber stopped again") { _ in state() == "T" }
        #expect(!pane.alternateScreenOn)
        #expect(!pane.screen().contains("Next break in"))
        try pane.send("-l", "fg")
        try pane.send("Enter")
        pane.waitFor("Next break in")
        try pane.send("t")
        pane.waitFor("standing 0m")
        try pane.send("q")
        pane.waitFor("back at the prompt") { $0.split(separator: "\n").last?.hasPrefix("$") == true }
    }

    /// A hook used to share limber's terminal: it could write to /dev/tty over the screen. It
    /// runs in a session of its own now, without a controlling terminal.
    @Test func aHookHasNoTerminal() throws {
        let pane = try PromptingEndToEndTests.pane(config: """
        interval = "2s"
        latest = "10m"

        [hooks]
        on_break_due = ["/bin/sh", "-c", "echo HOOK-WAS-HERE > /dev/tty; echo tty=$?"]
        """)
        let log = HookEndToEndTests.logPath(pane)
        pane.waitFor("Break due")
        pane.waitFor("the hook's log entry", timeout: 20) { _ in HookEndToEndTests.read(log).contains("tty=") }
        #expect(HookEndToEndTests.read(log).contains("tty=2"), "\(HookEndToEndTests.read(log))")
        #expect(!pane.screen().contains("HOOK-WAS-HERE"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }
}
