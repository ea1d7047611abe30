import Foundation
import LimberTestSupport
import Testing

/// Time away end to end: `limber away` / `limber back` and `u`; a lock from a mocked logind on a
/// private bus; typing in another tmux window through the terminal source.
@Suite struct PresenceEndToEndTests {
    /// limber in a pane with its own runtime folder and extra environment, and `limber ARGS`
    /// run as another pane would.
    final class Timer {
        let pane: TmuxPane
        let runtime: String
        let environment: [String: String]

        init(_ arguments: [String], environment: [String: String] = [:]) throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limber-run-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            runtime = folder.path
            self.environment = environment.merging(["XDG_RUNTIME_DIR": folder.path]) { _, new in new }
            pane = try TmuxPane(arguments, environment: self.environment)
        }

        deinit { try? FileManager.default.removeItem(atPath: runtime) }

        func limber(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            let env = environment.merging(["HOME": pane.home.path, "XDG_DATA_HOME": "\(pane.home.path)/data",
                                           "XDG_CONFIG_HOME": "\(pane.home.path)/config"]) { _, new in new }
            return try TmuxPane.run(["env"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                                    + [TmuxPane.binary] + arguments)
        }

        /// `limber status --json`'s number for `key`.
        func statusNumber(_ key: String) throws -> Double? {
            let output = try limber(["status", "--json"]).output
            guard let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else { return nil }
            return (object[key] as? NSNumber)?.doubleValue
        }
    }

    @Test func awayThenBackShowsTheWelcomeAndURestoresTheStretch() throws {
        let timer = try Timer(["--presence", "off", "--interval", "10m"])
        let pane = timer.pane
        pane.waitFor("sitting 0m")
        let started = Date()
        let away = try timer.limber(["away"])
        #expect(away.status == 0, "\(away.error)")
        #expect(away.output.hasPrefix("away"), "\(away.output)")
        pane.waitFor("(limber away)")
        // A few seconds away, so giving them back shows in the stretch.
        pane.waitFor("Away 4s", timeout: 15)
        let back = try timer.limber(["back"])
        #expect(back.status == 0, "\(back.error)")
        pane.waitFor("Welcome back: away ")
        // A few seconds are under away-after: away time, but no break (issue 18 item 12).
        pane.waitFor("too short for a break · u I was here")
        try pane.send("u")
        pane.waitFor("the welcome-back line to go") { !$0.contains("Welcome back") }
        let elapsed = try timer.statusNumber("elapsed_seconds") ?? 0
        // The stretch runs from the start again, away time included.
        #expect(elapsed >= Date().timeIntervalSince(started) - 2, "elapsed \(elapsed)")
        let summary = try timer.limber(["summary", "--format", "csv", "--days", "1"])
        #expect(summary.output.contains("presence_corrections"), "\(summary.output) \(summary.error)")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// issue 18 item 12: a short absence is away time, but the stretch goes on and it is no
    /// movement break.
    @Test func aShortAwayKeepsTheStretch() throws {
        let timer = try Timer(["--presence", "off", "--interval", "10m"])
        let pane = timer.pane
        pane.waitForStatus("^sitting 0:0[6-9]", timeout: 15)
        #expect(try timer.limber(["away"]).status == 0)
        pane.waitFor("(limber away)")
        #expect(try timer.limber(["back"]).status == 0)
        pane.waitFor("too short for a break")
        let elapsed = try timer.statusNumber("elapsed_seconds") ?? 0
        #expect(elapsed >= 6, "the stretch started again: \(elapsed)")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let summary = try timer.limber(["summary", "--format", "json"])
        #expect(summary.output.contains("\"natural_breaks\" : 0") || summary.output.contains("\"natural_breaks\": 0"), "\(summary.output)")
    }

    /// issue 18 item 18: any key in limber is the person at the desk, whatever the source:
    /// here a key limber has no use for ends the away time the terminal source decided.
    @Test func anyKeyEndsAwayForTheTerminalSource() throws {
        let ttys = FileManager.default.temporaryDirectory.appendingPathComponent("limber-ttys-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: ttys, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: ttys) }
        let timer = try Timer(["--presence", "terminal", "--idle-after", "15s", "--interval", "10m"],
                              environment: ["LIMBER_TTY_DIR": ttys.path])
        let pane = timer.pane
        try pane.tmux(["new-window", "-d", "-t", "e2e", "-n", "quiet", "cat > /dev/null"])
        let tty = try pane.tmux(["display-message", "-p", "-t", "e2e:quiet", "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.createSymbolicLink(atPath: ttys.appendingPathComponent("0").path, withDestinationPath: tty)
        pane.waitFor("(no input)", timeout: 60)
        try pane.send("a")
        // A key settles the return at once (as any key but u does): the away line goes.
        pane.waitFor("the away line to go") { !$0.contains("(no input)") && $0.contains("sitting") }
        #expect(try timer.limber(["status"]).output.hasPrefix("sitting"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func aLockFromLogindShowsAwayOnScreenAndInStatusWithinTwoSeconds() throws {
        let logind = try MockLogind()
        let timer = try Timer(["--presence", "desktop", "--interval", "10m"],
                              environment: ["DBUS_SYSTEM_BUS_ADDRESS": logind.address, "XDG_SESSION_ID": MockLogind.session])
        let pane = timer.pane
        pane.waitFor("sitting 0m")
        let config = try timer.limber(["config", "--presence", "desktop"])
        #expect(config.output.contains("presence source desktop: active"), "\(config.output)")
        try logind.update(["LockedHint": "True"])
        pane.waitFor("(screen locked)", timeout: 2)
        #expect(try timer.limber(["status"]).output.hasPrefix("away"))
        try logind.update(["LockedHint": "False"])
        pane.waitFor("Welcome back: away ")
        #expect(try timer.limber(["status"]).output.hasPrefix("sitting"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func withoutASystemBusTheDesktopSourceIsOffAndSaysWhy() throws {
        let timer = try Timer(["--presence", "off"], environment: ["DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/bus"])
        let config = try timer.limber(["config", "--presence", "auto"])
        #expect(config.output.contains("presence source desktop: off (no system bus)"), "\(config.output)")
        #expect(config.output.contains("presence source terminal: active"), "\(config.output)")
    }

    @Test func typingInAnotherWindowKeepsThePersonPresent() throws {
        // The terminal source looks only at the typing window's terminal (a link to it), so
        // other programs on this machine cannot keep the person present.
        let ttys = FileManager.default.temporaryDirectory.appendingPathComponent("limber-ttys-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: ttys, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: ttys) }
        let timer = try Timer(["--presence", "terminal", "--idle-after", "20s", "--interval", "10m"],
                              environment: ["LIMBER_TTY_DIR": ttys.path])
        let pane = timer.pane
        try pane.tmux(["new-window", "-d", "-t", "e2e", "-n", "typing", "cat > /dev/null"])
        let tty = try pane.tmux(["display-message", "-p", "-t", "e2e:typing", "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.createSymbolicLink(atPath: ttys.appendingPathComponent("0").path, withDestinationPath: tty)
        pane.waitFor("sitting 0m")
        // Type for 40 s, twice the idle time: never away.
        let typingEnds = Date().addingTimeInterval(40)
        while Date() < typingEnds {
            try pane.tmux(["send-keys", "-t", "e2e:typing", "hello", "Enter"])
            let screen = pane.screen()
            #expect(!screen.contains("Away"), "\(screen)")
            if screen.contains("Away") { break }
            Thread.sleep(forTimeInterval: 2)
        }
        #expect(try timer.limber(["status"]).output.hasPrefix("sitting"))
        // Stop typing: away once the idle time has passed (the kernel keeps tty times to 8 s).
        pane.waitFor("(no input)", timeout: 60)
        #expect(try timer.limber(["status"]).output.hasPrefix("away"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }
}
