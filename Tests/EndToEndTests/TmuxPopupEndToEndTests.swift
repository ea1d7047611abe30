import Foundation
import Testing

/// The tmux channel end to end: limber in window 0 of a private tmux server, a second window,
/// and a client attached to it from another private server, whose pane shows what that client
/// sees (popups included).
@Suite struct TmuxPopupEndToEndTests {
    final class Session {
        let timer: PresenceEndToEndTests.Timer
        let outer = "limber-outer-\(UUID().uuidString.prefix(8))"
        /// The inner sessions the outer clients are attached to, in order (`view0`, `view1`, …).
        let clients: [String]

        /// - Parameters:
        ///   - hidden: limber's window is not the current one of its session.
        ///   - clients: the session each client attaches to: `e2e` is limber's, `work` another
        ///     session of the same server. The last one attached is the one typed in last.
        init(hidden: Bool, clients: [String] = ["e2e"]) throws {
            timer = try PresenceEndToEndTests.Timer(["--presence", "off", "--notify", "tmux", "--interval", "4s", "--snooze", "3s", "--latest", "10m"])
            self.clients = clients
            let pane = timer.pane
            pane.waitFor("sitting 0m")
            try pane.tmux(["new-window", "-t", "e2e", "-n", "other"])
            if !hidden { try pane.tmux(["select-window", "-t", "e2e:0"]) }
            if clients.contains("work") { try pane.tmux(["new-session", "-d", "-s", "work", "-x", "80", "-y", "24"]) }
            for (index, session) in clients.enumerated() {
                let create = index == 0 ? ["-f", "/dev/null", "new-session"] : ["new-session"]
                try TmuxPane.run(["tmux", "-L", outer] + create + ["-d", "-x", "90", "-y", "30", "-s", "view\(index)",
                                  "env -u TMUX tmux -L \(pane.socket) attach -t \(session)"])
                // Each client is attached before the next, and all before the break is due.
                pane.waitFor("client \(index) attached") { _ in
                    let list = (try? pane.tmux(["list-clients", "-F", "#{client_session}"])) ?? ""
                    return list.split(separator: "\n").count == index + 1
                }
            }
            // With several, the person types in the last client (a shell): tmux's most recently
            // active session.
            if clients.count > 1 { try type("x", client: clients.count - 1) }
        }

        deinit { _ = try? TmuxPane.run(["tmux", "-L", outer, "kill-server"]) }

        /// limber's own pane, wherever the client is.
        func limberScreen() -> String { (try? timer.pane.tmux(["capture-pane", "-p", "-t", "e2e:0.0"])) ?? "" }

        /// What an attached client shows.
        func seen(client: Int = 0) -> String {
            (try? TmuxPane.run(["tmux", "-L", outer, "capture-pane", "-p", "-t", "view\(client)"]).output) ?? ""
        }

        func waitSeen(_ text: String, client: Int = 0, timeout: Double = 15) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if seen(client: client).contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("client \(client) never showed '\(text)'; it shows:\n\(seen(client: client))")
            return false
        }

        func type(_ key: String, client: Int = 0) throws {
            try TmuxPane.run(["tmux", "-L", outer, "send-keys", "-t", "view\(client)", key])
        }
    }

    @Test func aHiddenPaneGetsAPopupAndZInItSnoozes() throws {
        let session = try Session(hidden: true)
        #expect(session.waitSeen("Break due  +"))
        #expect(session.seen().contains("Enter  start the break here"))
        #expect(session.seen().contains("g      start it in limber's pane and go there"))
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
        #expect(session.waitSeen("g      start it in limber's pane and go there"))
        try session.type("g")
        session.timer.pane.waitFor("the status to say on break") { _ in
            (try? session.timer.limber(["status"]).output.hasPrefix("on break")) == true
        }
        // The client now shows limber's window, where the break plays.
        #expect(session.waitSeen("on break"))
        #expect(!session.seen().contains("Break due  +"))
    }

    /// Enter in the popup starts the break and plays it there, drawn from the running timer's
    /// place: the popup shows the exercise limber's pane shows and follows it (`n` in the pane
    /// moves both on); closing the popup leaves the break playing in the pane.
    @Test func enterInThePopupPlaysTheBreakThereAndClosingItLeavesItRunning() throws {
        let session = try Session(hidden: true)
        #expect(session.waitSeen("First exercise: "))
        let first = try #require(Self.exercise(after: "First exercise: ", in: session.seen()))
        try session.type("Enter")
        session.timer.pane.waitFor("the status to say on break") { _ in
            (try? session.timer.limber(["status"]).output.hasPrefix("on break")) == true
        }
        // The popup plays the break: the player's words, the first exercise, the popup's keys.
        #expect(session.waitSeen("Exercise 1 of"))
        #expect(session.waitSeen(first))
        #expect(session.seen().contains("Esc close (the break goes on in limber's pane)"))
        #expect(session.limberScreen().contains(first), "limber's pane:\n\(session.limberScreen())")
        // The timer moves the break on (n in limber's pane): the popup follows.
        try session.timer.pane.tmux(["send-keys", "-t", "e2e:0.0", "n"])
        session.timer.pane.waitFor("limber's pane on the second exercise") { _ in session.limberScreen().contains("Exercise 2 of") }
        #expect(session.waitSeen("Exercise 2 of"))
        // Closing the popup does not stop the break.
        try session.type("Escape")
        session.timer.pane.waitFor("the popup to close") { _ in !session.seen().contains("Esc close (the break goes on") }
        let status = try session.timer.limber(["status"]).output
        #expect(status.hasPrefix("on break"), "\(status)")
        #expect(session.limberScreen().contains("Exercise 2 of"), "limber's pane:\n\(session.limberScreen())")
    }

    /// The break ended in limber's pane (Esc there): the popup playing it closes by itself.
    @Test func aBreakEndedInThePaneClosesThePopupPlayingIt() throws {
        let session = try Session(hidden: true)
        #expect(session.waitSeen("Enter  start the break here"))
        try session.type("Enter")
        #expect(session.waitSeen("Exercise 1 of"))
        try session.timer.pane.tmux(["send-keys", "-t", "e2e:0.0", "Escape"])
        session.timer.pane.waitFor("the status to leave the break") { _ in
            (try? session.timer.limber(["status"]).output.hasPrefix("on break")) == false
        }
        session.timer.pane.waitFor("the popup to close") { _ in !session.seen().contains("Exercise 1 of") }
    }

    /// The name after `label` on a popup line (inside its border).
    static func exercise(after label: String, in screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(label) }),
              let start = line.range(of: label)?.upperBound else { return nil }
        let name = line[start...].prefix { $0 != "│" && $0 != "|" }.trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
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

    /// Nobody is attached to limber's session; the person works in another session of the
    /// same server: the popup reaches their client, and answers there.
    @Test func aPopupReachesAClientOfAnotherSession() throws {
        let session = try Session(hidden: false, clients: ["work"])
        #expect(session.waitSeen("Break due  +"))
        try session.type("z")
        session.timer.pane.waitFor("the status to say snoozed") { _ in
            (try? session.timer.limber(["status"]).output.contains("snoozed")) == true
        }
        session.timer.pane.waitFor("the popup to close") { _ in !session.seen().contains("Break due  +") }
    }

    /// Two clients: one on limber's session showing another window, one on another session
    /// that the person typed in last. The one popup goes to the client typed in last.
    @Test func withSeveralClientsThePopupGoesWhereThePersonLastTyped() throws {
        let session = try Session(hidden: true, clients: ["e2e", "work"])
        #expect(session.waitSeen("Break due  +", client: 1))
        #expect(!session.seen(client: 0).contains("Break due  +"), "a second popup:\n\(session.seen(client: 0))")
        try session.type("z", client: 1)
        session.timer.pane.waitFor("the popup to close") { _ in !session.seen(client: 1).contains("Break due  +") }
    }
}
