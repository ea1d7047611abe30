#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Commands and `limber status` from a second process against the TUI in a tmux pane. The
/// runtime folder is the pane's own, so the socket lives where it would on a desktop.
@Suite struct ControlEndToEndTests {
    /// The TUI's pane and its runtime folder (made first, as systemd makes it at login).
    final class Timer {
        let pane: TmuxPane
        let runtime: String

        init(_ arguments: [String]? = nil) throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limber-run-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            runtime = folder.path
            pane = try arguments.map { try TmuxPane($0, environment: ["XDG_RUNTIME_DIR": folder.path]) }
                ?? TmuxPane.shell(environment: ["XDG_RUNTIME_DIR": folder.path])
        }

        deinit { try? FileManager.default.removeItem(atPath: runtime) }

        /// `limber ARGS` as another pane would run it: same HOME, data and runtime folders.
        func limber(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try limber([], arguments)
        }

        /// The same, with extra `NAME=value` settings in its environment (e.g. a locale).
        func limber(_ environment: [String], _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try TmuxPane.run(["env"] + environment + ["HOME=\(pane.home.path)", "XDG_DATA_HOME=\(pane.home.path)/data",
                              "XDG_CONFIG_HOME=\(pane.home.path)/config", "XDG_RUNTIME_DIR=\(runtime)", TmuxPane.binary]
                             + arguments)
        }
    }

    @Test func eachCommandChangesTheFirstPanesScreen() throws {
        let timer = try Timer(["--interval", "4s", "--snooze", "3s", "--latest", "60s", "--break-length", "30s"])
        let pane = timer.pane
        pane.waitFor("sitting 0m")

        let stand = try timer.limber(["stand"])
        #expect(stand.status == 0, "\(stand.error)")
        #expect(stand.output.hasPrefix("standing 0:0"), "\(stand.output)")
        pane.waitFor("Standing from another pane")
        pane.waitFor("standing 0m")
        #expect(try timer.limber(["sit"]).output.hasPrefix("sitting 0:0"))
        pane.waitFor("Sitting from another pane")

        let early = try timer.limber(["snooze"])
        #expect(early.status == 1)
        #expect(early.error == "limber: no break is due to snooze\n")

        pane.waitFor("Break due")
        let snooze = try timer.limber(["snooze"])
        #expect(snooze.status == 0, "\(snooze.error)")
        #expect(snooze.output.contains("snoozed"), "\(snooze.output)")
        pane.waitFor("Snoozed: the prompt returns in")
        pane.waitFor("Snoozed from another pane")

        #expect(try timer.limber(["skip"]).status == 0)
        pane.waitFor("Next break in")
        pane.waitFor("Break skipped from another pane")

        let pause = try timer.limber(["pause"])
        #expect(pause.output.hasPrefix("paused · sitting"), "\(pause.output)")
        pane.waitFor("Paused for")
        pane.waitFor("paused · sitting 0m")
        #expect(try timer.limber(["resume"]).status == 0)
        pane.waitFor("Resumed from another pane")

        let onBreak = try timer.limber(["break"])
        #expect(onBreak.output.hasPrefix("on break · "), "\(onBreak.output)")
        pane.waitFor("on break")
        pane.waitFor("Break started from another pane")
        let refused = try timer.limber(["pause"])
        #expect(refused.status == 1)
        #expect(refused.error == "limber: a break is running; Space pauses it\n")

        try pane.send("Escape")
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let none = try timer.limber(["break"])
        #expect(none.status == 1)
        #expect(none.error.hasPrefix("limber: no timer is running for "), "\(none.error)")
    }

    /// issue 18 item 16: every command exits 1, with one line saying why, when there is nothing
    /// for it to do; and 0 when it did something.
    @Test func everyCommandWithNothingToDoExitsOne() throws {
        let timer = try Timer(["--interval", "10m", "--presence", "off", "--break-length", "30s"])
        let pane = timer.pane
        pane.waitFor("sitting 0m")
        func expect(_ arguments: [String], _ status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try timer.limber(arguments)
            #expect(result.status == status, "limber \(arguments.joined(separator: " ")): \(result.error)", sourceLocation: sourceLocation)
            if status == 1 {
                #expect(result.error.hasPrefix("limber: ") && result.error.filter { $0 == "\n" }.count == 1,
                        "\(result.error)", sourceLocation: sourceLocation)
            }
        }
        for nothing in [["sit"], ["resume"], ["snooze"], ["skip"], ["back"], ["back", "--was-here"]] { try expect(nothing, 1) }
        try expect(["stand"], 0)
        try expect(["stand"], 1)
        try expect(["sit"], 0)
        try expect(["away"], 0)
        try expect(["away"], 1)
        try expect(["back"], 0)
        try expect(["pause"], 0)
        try expect(["pause"], 1)
        try expect(["away"], 1)
        try expect(["resume"], 0)
        try expect(["break"], 0)
        try expect(["break"], 1)
        try expect(["pause"], 1)
        try pane.send("Escape")
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func aTimedPauseResumesByItself() throws {
        let timer = try Timer(["--interval", "10m"])
        let pane = timer.pane
        pane.waitForStatus("^sitting 0:0[1-9]")
        let pause = try timer.limber(["pause", "--for", "3s"])
        #expect(pause.status == 0, "\(pause.error)")
        #expect(pause.output.contains("resumes in 0:0"), "\(pause.output)")
        pane.waitFor("Paused: resumes by itself in")
        pane.waitFor("Next break in", timeout: 15)
        #expect(try timer.limber(["status", "--format", "{state}"]).output == "working\n")
        let bad = try timer.limber(["pause", "--for", "soon"])
        #expect(bad.status == 64)
        #expect(bad.error.hasPrefix("limber: --for: 'soon' is not a duration from 1s to 7d"))
        // issue 18 item 15: the unit the message uses is a unit limber reads.
        let days = try timer.limber(["pause", "--for", "2d"])
        #expect(days.status == 0, "\(days.error)")
        #expect(days.output.contains("resumes in 4"), "\(days.output)") // 48:00:00, or 47:59:59 a second later
        #expect(try timer.limber(["pause", "--for", "8d"]).error.contains("not a duration from 1s to 7d"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// Status asks the TUI: the state names and the JSON keys, and the socket's file.
    @Test func statusIsWhatTheScreenShows() throws {
        let timer = try Timer(["--interval", "3s", "--snooze", "2s"])
        let pane = timer.pane
        pane.waitFor("Break due")
        let json = try timer.limber(["status", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["state"] as? String == "due")
        #expect(object["responding"] as? Bool == true)
        #expect((object["remaining_seconds"] as? Int ?? 1) <= 0)
        #expect(try timer.limber(["status"]).output.contains("break due +"))
        try pane.send("Enter")
        pane.waitFor("1 of ")
        try pane.send("Space")
        pane.waitFor("Space resume")
        #expect(try timer.limber(["status", "--format", "{state}"]).output == "break-paused\n")
        let runtime = timer.runtime
        let files = try FileManager.default.contentsOfDirectory(atPath: runtime + "/limber")
        #expect(files.contains { $0.hasSuffix(".sock") }, "\(files)")
        try pane.send("q")
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.expectExitedAndRestored()
        #expect(try FileManager.default.contentsOfDirectory(atPath: runtime + "/limber").allSatisfy { !$0.hasSuffix(".sock") })
    }

    /// A client that connects and says nothing holds up neither the screen nor other clients;
    /// the socket is private.
    @Test func aSilentClientBlocksNothing() throws {
        let timer = try Timer(["--interval", "10m"])
        let pane = timer.pane
        pane.waitForStatus("^sitting 0:0[1-9]")
        let folder = timer.runtime + "/limber"
        let socketFile = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".sock") })
        let path = folder + "/" + socketFile
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect((try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int) == 0o700)

        let silent = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(silent) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(silent, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(connected == 0)
        pane.waitForTicks(2) // the big clock keeps counting
        let status = try timer.limber(["status"])
        #expect(status.output.hasPrefix("sitting 0:0"), "\(status.output)")
        pane.waitForTicks(2)
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// With no TUI, status gives today's totals from the history: the figures of `summary`.
    @Test func withNoTUIStatusIsStoppedWithTheSummarysFigures() throws {
        let timer = try Timer(["--interval", "10m"])
        let pane = timer.pane
        pane.waitForStatus("^sitting 0:0[3-9]")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let status = try timer.limber(["status", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        #expect(object["state"] as? String == "stopped")
        let summary = try timer.limber(["summary", "--format", "json"])
        let day = try #require((try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [[String: Any]])?.first)
        let sitting = try #require(object["today_sitting_seconds"] as? Int)
        #expect(sitting >= 3)
        #expect(sitting == day["sitting_seconds"] as? Int)
        // The stretch was recorded at the quit: the longest sitting is there at once.
        #expect((day["longest_sitting_seconds"] as? Int ?? 0) >= 3, "\(day)")
        // With no timer, the line gives today's totals, as its help says.
        #expect(try timer.limber(["status"]).output == "stopped · today sitting 0:\(sitting < 10 ? "0" : "")\(sitting), standing 0:00\n")
    }

    /// Something that is not a socket at the socket's path: status says so on stderr but the
    /// status bar still gets a line (here: no timer, so `stopped`), exit 0.
    @Test func aLinkAtTheSocketPathDoesNotBlankTheStatusLine() throws {
        let timer = try Timer(["--interval", "10m"])
        let pane = timer.pane
        pane.waitForStatus("^sitting 0:0[1-9]")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let socket = pane.home.path + "/data/limber/limber.sock"
        try FileManager.default.createSymbolicLink(atPath: socket, withDestinationPath: "/nonexistent-target")
        let status = try TmuxPane.run(["env", "-u", "XDG_RUNTIME_DIR", "HOME=\(pane.home.path)",
                                       "XDG_DATA_HOME=\(pane.home.path)/data", "XDG_CONFIG_HOME=\(pane.home.path)/config",
                                       TmuxPane.binary, "status"])
        #expect(status.status == 0)
        #expect(status.output.hasPrefix("stopped · today sitting 0:0"), "\(status.output)")
        #expect(status.error.contains(socket), "\(status.error)")
    }

    /// Ctrl-Z: the TUI cannot answer; status says so from its last answer, quickly, exit 0.
    @Test func aStoppedTUIIsNotRespondingAndStatusStillAnswersAtOnce() throws {
        let timer = try Timer()
        let pane = timer.pane
        pane.waitFor("a prompt") { $0.hasPrefix("$") }
        try pane.send("-l", "\(TmuxPane.quote(TmuxPane.binary)) --interval 10m")
        try pane.send("Enter")
        pane.waitForStatus("^sitting 0:0[2-9]")
        let before = try timer.limber(["status"])
        #expect(before.output.hasPrefix("sitting 0:0"), "\(before.output)")
        try pane.send("C-z")
        pane.waitFor("Stopped")
        let start = Date()
        let stopped = try timer.limber(["status"])
        let took = Date().timeIntervalSince(start)
        #expect(stopped.status == 0)
        #expect(stopped.output.hasPrefix("sitting 0:0"), "\(stopped.output)")
        #expect(stopped.output.hasSuffix(" · not responding\n"), "\(stopped.output)")
        // 0.3 s to answer, plus starting the process; generous for a loaded machine.
        #expect(took < 2, "status took \(took) s")
        let command = try timer.limber(["break"])
        #expect(command.status == 1)
        #expect(command.error.contains("not responding"))
        try pane.send("-l", "fg")
        try pane.send("Enter")
        pane.waitFor("Next break in")
        // The command that gave up did not happen behind its back.
        #expect(!pane.screen().contains("on break"))
        #expect(try timer.limber(["status"]).output.hasPrefix("sitting"))
        try pane.send("q")
        pane.waitFor("back at the prompt") { $0.split(separator: "\n").last?.hasPrefix("$") == true }
    }
}
