import Foundation
import LimberTestSupport
import Testing

/// Desktop notifications end to end: the real binary with its session bus pointed at a private
/// dbus-daemon running python-dbusmock's notification server.
@Suite struct NotifyEndToEndTests {
    static func timer(_ server: MockNotifications, _ arguments: [String] = []) throws -> PresenceEndToEndTests.Timer {
        try PresenceEndToEndTests.Timer(["--presence", "off", "--notify", "desktop", "--interval", "3s", "--snooze", "3s",
                                         "--latest", "10m"] + arguments,
                                        environment: ["DBUS_SESSION_BUS_ADDRESS": server.address])
    }

    @Test func theButtonsSnoozeAndStartTheBreakAndItsNotificationCloses() throws {
        let server = try MockNotifications()
        let timer = try Self.timer(server)
        let pane = timer.pane
        pane.waitFor("Break due")
        try server.wait(for: "a notification") { try server.notifyCalls().count == 1 }
        let first = try #require(try server.notifyCalls().first)
        #expect(first.replacesID == 0)
        #expect(first.summary == "Break due")
        #expect(first.actions == ["start", "Start break", "snooze", "Snooze 3s", "skip", "Skip"])

        try server.invoke(1, "snooze")
        pane.waitFor("Snoozed: the prompt returns in")
        pane.waitFor("Snoozed from the notification")
        #expect(try timer.limber(["status"]).output.contains("snoozed"))
        // The same notification now says so: replaced, not stacked.
        try server.wait(for: "the snoozed notification") { try server.notifyCalls().last?.summary == "Break snoozed" }
        #expect(try server.notifyCalls().allSatisfy { $0.replacesID == 0 || $0.replacesID == 1 })

        // The snooze runs out and the prompt is back in the same notification; Start break starts the routine.
        pane.waitFor("Break due", timeout: 15)
        try server.wait(for: "the prompt back") { try server.notifyCalls().last?.summary == "Break due" }
        try server.invoke(1, "start")
        pane.waitFor("Break started from the notification")
        #expect(try timer.limber(["status"]).output.hasPrefix("on break"))
        try server.wait(for: "the notification closed") { try server.closeCalls() == [1] }
        try pane.send("q")
    }

    @Test func takingTheBreakInThePaneClosesTheNotification() throws {
        let server = try MockNotifications()
        let timer = try Self.timer(server)
        timer.pane.waitFor("Break due")
        try server.wait(for: "a notification") { try server.notifyCalls().count == 1 }
        try timer.pane.send("Enter")
        try server.wait(for: "the notification closed") { try server.closeCalls() == [1] }
        #expect(try server.notifyCalls().count == 1)
        try timer.pane.send("q")
    }

    @Test func aServerThatVanishesMidPromptDoesNotStopTheTimer() throws {
        let server = try MockNotifications()
        let timer = try Self.timer(server)
        let pane = timer.pane
        pane.waitFor("Break due")
        try server.wait(for: "a notification") { try server.notifyCalls().count == 1 }
        server.stopServer()
        try pane.send("z")
        pane.waitFor("Snoozed: the prompt returns in")
        // The prompt comes back with no server to show it: said once, and the timer goes on.
        pane.waitFor("desktop notifications: no notification server", timeout: 15)
        pane.waitFor("Break due")
        #expect(try timer.limber(["status"]).output.contains("break due"))
        try pane.send("Enter")
        pane.waitFor("status says break") { _ in (try? timer.limber(["status"]).output.hasPrefix("on break")) == true }
        try pane.send("q")
    }
}

/// `limber config` lists each notify channel, on or off with the reason.
@Suite struct NotifyChannelListTests {
    static func config(_ environment: [String], _ arguments: [String] = []) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("limber-cfg-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let result = try TmuxPane.run(["env", "-i", "HOME=\(home)", "PATH=\(path)", "LANG=C.UTF-8"] + environment
                                      + [TmuxPane.binary, "config"] + arguments)
        #expect(result.status == 0, "\(result.error)")
        return result.output
    }

    @Test func autoOutsideTmuxWithoutABus() throws {
        let output = try Self.config([])
        #expect(output.contains("notify                auto"))
        #expect(output.contains("notify channel desktop: off (no session bus)"))
        #expect(output.contains("notify channel tmux: off (not inside tmux)"))
        #expect(output.contains("notify channel osc: off (auto leaves it out: not every terminal shows it; name it in notify to use it)"))
        #expect(output.contains("notify channel command: off (auto leaves it out; name it in notify to run notify_command)"))
    }

    @Test func namedChannelsInsideTmuxWithABus() throws {
        let version = try TmuxPane.run(["tmux", "-V"]).output.split(separator: " ").last.map { String($0.dropLast()) } ?? ""
        let output = try Self.config(["TMUX=/tmp/tmux-0/default,1,0", "TMUX_PANE=%3", "DBUS_SESSION_BUS_ADDRESS=unix:path=/tmp/bus"],
                                     ["--notify", "tmux,osc,desktop"])
        #expect(output.contains("notify channel desktop: on (session bus, with buttons where the server has them)"))
        #expect(output.contains("notify channel tmux: on (tmux \(version): a popup when the pane is hidden)"), "\(output)")
        #expect(output.contains("notify channel osc: on (OSC 777 and OSC 9 escapes)"))
        #expect(output.contains("notify channel command: off (not in notify)"))
    }
}
