import Foundation
import Testing

/// The tmux channel end to end: limber in window 0 of a private tmux server, a second window,
/// and a client attached to it from another private server, whose pane shows what that client
/// sees (popups included).
@Suite struct TmuxPopupEndToEndTests {
    final class Session {
        let timer: PresenceEndToEndTests.Timer
        let outer = "limber-outer-\(UUID().uuidString.prefix(8))"

        init(hidden: Bool) throws {
            timer = try PresenceEndToEndTests.Timer(["--presence", "off", "--notify", "tmux", "--interval", "4s", "--snooze", "3s", "--latest", "10m"])
            let pane = timer.pane
            pane.waitFor("sitting 0:0")
            try pane.tmux(["new-window", "-t", "e2e", "-n", "other"])
            if !hidden { try pane.tmux(["select-window", "-t", "e2e:0"]) }
            try TmuxPane.run(["tmux", "-L", outer, "-f", "/dev/null", "new-session", "-d", "-x", "90", "-y", "30", "-s", "view",
                              "env -u TMUX tmux -L \(pane.socket) attach -t e2e"])
            // The client is attached before the break is due.
            pane.waitFor("a client attached") { _ in
                (try? pane.tmux(["display-message", "-p", "-t", "e2e", "#{session_attached}"]))?.hasPrefix("1") == true
            }
        }

        deinit { _ = try? TmuxPane.run(["tmux", "-L", outer, "kill-server"]) }

        /// limber's own pane, wherever the client is.
        func limberScreen() -> String { (try? timer.pane.tmux(["capture-pane", "-p", "-t", "e2e:0.0"])) ?? "" }

        /// What the attached client shows.
        func seen() -> String { (try? TmuxPane.run(["tmux", "-L", outer, "capture-pane", "-p", "-t", "view"]).output) ?? "" }

        func waitSeen(_ text: String, timeout: Double = 15) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if seen().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("the client never showed '\(text)'; it shows:\n\(seen())")
            return false
        }

        func type(_ key: String) throws {
            try TmuxPane.run(["tmux", "-L", outer, "send-keys", "-t", "view", key])
        }
    }

    @Test func aHiddenPaneGetsAPopupAndZInItSnoozes() throws {
        let session = try Session(hidden: true)
        #expect(session.waitSeen("Break due  +"))
        #expect(session.seen().contains("start the break in limber's pane"))
        #expect(session.seen().contains("First exercise: "), "\(session.seen())")
        #expect(session.seen().contains("e2e:0.0 (limber)") || session.seen().contains("e2e:0.0"))
        try session.type("z")
        session.timer.pane.waitFor("the status to say snoozed") { _ in
            (try? session.timer.limber(["status"]).output.contains("snoozed")) == true
        }
        // Answered: the popup closed itself.
        session.timer.pane.waitFor("the popup to close") { _ in !session.seen().contains("Break due  +") }
        session.timer.pane.waitFor("limber's screen to say snoozed") { _ in session.limberScreen().contains("Snoozed: the prompt returns in") }
    }

    @Test func gInThePopupStartsTheBreakAndShowsLimbersPane() throws {
        let session = try Session(hidden: true)
        #expect(session.waitSeen("g      start it and go there"))
        try session.type("g")
        session.timer.pane.waitFor("the status to say on break") { _ in
            (try? session.timer.limber(["status"]).output.hasPrefix("on break")) == true
        }
        // The client now shows limber's window, where the break plays.
        #expect(session.waitSeen("on break"))
        #expect(!session.seen().contains("Break due  +"))
    }

    @Test func aVisiblePaneGetsNoPopup() throws {
        let session = try Session(hidden: false)
        let pane = session.timer.pane
        pane.waitFor("the prompt") { _ in session.limberScreen().contains("Break due") }
        // The screen shows the prompt after the tmux command was started in the same pass;
        // once limber has reaped it, tmux has decided.
        let limber = try pane.limberPID()
        pane.waitFor("the tmux command to finish") { _ in
            ((try? TmuxPane.run(["pgrep", "-P", "\(limber)", "tmux"]).output) ?? "x").isEmpty
        }
        #expect(!session.seen().contains("Break due  +"), "a popup opened:\n\(session.seen())")
        #expect(session.seen().contains("Break due"))
        // Hidden now, the next prompt (after a snooze) gets its popup: the same path works.
        try pane.tmux(["select-window", "-t", "e2e:1"])
        let snoozed = try session.timer.limber(["snooze"])
        #expect(snoozed.status == 0, "\(snoozed.error)")
        try pane.tmux(["select-window", "-t", "e2e:1"])
        #expect(session.waitSeen("Break due  +"))
    }
}
