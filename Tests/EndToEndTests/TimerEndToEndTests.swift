import Foundation
import Testing

/// The built binary in tmux, with intervals of seconds. Every wait polls with a deadline.
@Suite struct TimerEndToEndTests {
    static let quick = ["--interval", "3s", "--snooze", "2s", "--latest", "7s"]

    @Test func theStretchCountsUpAndThePromptAppearsWithABell() throws {
        let pane = try TmuxPane(Self.quick, recordOutput: true)
        // The header has the stretch in whole minutes; the seconds are in `limber status`.
        pane.waitFor("sitting 0m")
        pane.waitForStatus("^sitting 0:01")
        pane.waitForStatus("^sitting 0:02")
        pane.waitFor("Break due")
        let screen = pane.screen()
        #expect(screen.contains("Time to stand up and move"))
        #expect(screen.contains("z      snooze 2s"))
        pane.waitFor("bell in the terminal output") { _ in
            ((try? Data(contentsOf: pane.outputLog)) ?? Data()).contains(7)
        }
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// The prompt comes at 3 s. A first snooze sent within 3 s of it ends by 10 s, so it is
    /// offered; the prompt returns at 7 s or later, when a second would end past 10 s. The
    /// timings leave three seconds of slack for a loaded machine.
    @Test func snoozeHidesThePromptUntilNoSnoozeIsLeftThenSkip() throws {
        let pane = try TmuxPane(["--interval", "3s", "--snooze", "4s", "--latest", "10s"])
        pane.waitFor("Break due")
        try pane.send("z")
        pane.waitFor("Snoozed: the prompt returns in")
        #expect(!pane.screen().contains("Break due"))
        // The stretch keeps counting while snoozed: the prompt returns past the interval.
        pane.waitFor("Break due")
        pane.waitFor("no snooze left")
        try pane.send("z")
        pane.waitFor("No snooze left: start the break or skip it")
        #expect(pane.screen().contains("Break due"))
        try pane.send("x")
        pane.waitFor("Next break in")
        pane.waitForStatus("^sitting 0:0[0-2] · break in") // a new stretch
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func acceptABreakThenEndItEarly() throws {
        let pane = try TmuxPane(["--interval", "2s"])
        pane.waitFor("Break due")
        try pane.send("Enter")
        pane.waitFor("on break")
        pane.waitFor("1 of ")
        try pane.send("Escape")
        // The break meant to get you up: the next stretch is standing (issue 18 item 13).
        pane.waitFor("standing 0m")
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func postureTogglePauseAndHelp() throws {
        let pane = try TmuxPane(["--interval", "10m"])
        pane.waitFor("sitting 0m")
        try pane.send("t")
        pane.waitFor("standing 0m")
        pane.waitFor("t sit down")
        try pane.send("p")
        // The big digits are the pause's length; the header says paused, then the stretch.
        pane.waitFor("Paused for")
        pane.waitFor("paused · standing 0m")
        pane.waitFor("p resume")
        try pane.send("p")
        pane.waitFor("standing 0m")
        pane.waitFor("Next break in")
        try pane.send("?")
        pane.waitFor("Keys")
        pane.waitFor("snooze the prompt")
        try pane.send("Escape")
        pane.waitFor("help closes") { !$0.contains("snooze the prompt") }
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func resizingRedrawsAtOnce() throws {
        let pane = try TmuxPane(["--interval", "10m"])
        pane.waitFor("Next break in")
        try pane.tmux(["resize-window", "-t", "e2e", "-x", "16", "-y", "4"])
        pane.waitFor("enlarge pane")
        try pane.tmux(["resize-window", "-t", "e2e", "-x", "100", "-y", "30"])
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func aTerminalThatCannotBeDrivenIsAClearError() throws {
        let pane = try TmuxPane(["--interval", "10m"], environment: ["TERM": "dumb"])
        pane.waitFor("DONE")
        let screen = pane.screen()
        #expect(screen.contains("limber: TERM=dumb cannot drive a full-screen display"))
        #expect(screen.contains("EXIT=1"))
        let unknown = try TmuxPane(["--interval", "10m"], environment: ["TERM": "no-such-terminal"])
        unknown.waitFor("limber: TERM=no-such-terminal cannot drive a full-screen display")
    }
}

@Suite struct PaneLifecycleTests {
    @Test func closingThePaneEndsLimber() throws {
        let pane = try TmuxPane(["--interval", "10m"])
        pane.waitFor("Next break in")
        let pid = try pane.limberPID()
        try pane.tmux(["kill-server"])
        pane.waitFor("limber to exit after its pane closed") { _ in kill(pid, 0) != 0 }
    }

    @Test func ctrlZSuspendsAndFgResumes() throws {
        let pane = try TmuxPane.shell()
        pane.waitFor("a prompt") { $0.hasPrefix("$") }
        try pane.send("-l", "\(TmuxPane.quote(TmuxPane.binary)) --interval 10m")
        try pane.send("Enter")
        pane.waitFor("Next break in")
        pane.waitFor("limber's title") { _ in pane.title == "Limber · break in 10m" }
        try pane.send("C-z")
        pane.waitFor("Stopped")
        #expect(!pane.alternateScreenOn)
        #expect(pane.cursorVisible)
        #expect(!pane.title.contains("Limber"), "title while suspended: \(pane.title)")
        try pane.send("-l", "fg")
        try pane.send("Enter")
        pane.waitFor("Next break in")
        pane.waitFor("the title set again") { _ in pane.title == "Limber · break in 10m" }
        #expect(pane.alternateScreenOn)
        try pane.send("q")
        pane.waitFor("back at the prompt") { $0.split(separator: "\n").last?.hasPrefix("$") == true }
        #expect(!pane.alternateScreenOn)
        #expect(!pane.title.contains("Limber"), "title after quitting: \(pane.title)")
    }
}

@Suite struct GlyphAndColourTests {
    @Test func aPlainLocaleGetsASCII() throws {
        let pane = try TmuxPane(["--interval", "10m"], environment: ["LANG": "C", "LC_ALL": "C"])
        pane.waitFor("Next break in")
        let screen = pane.screen()
        #expect(screen.contains("----------"))
        #expect(screen.contains("######"))
        #expect(!screen.contains("─") && !screen.contains("▀"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// Colour codes (SGR 30–37 foreground) in what limber wrote to the terminal.
    static func hasColour(_ pane: TmuxPane) -> Bool {
        let bytes = String(decoding: (try? Data(contentsOf: pane.outputLog)) ?? Data(), as: UTF8.self)
        return bytes.range(of: "\u{1B}\\[([0-9]+;)*3[0-7](;[0-9]+)*m", options: .regularExpression) != nil
    }

    @Test func noColourUnderNO_COLORButColourOtherwise() throws {
        let plain = try TmuxPane(["--interval", "1s"], environment: ["NO_COLOR": "1"], recordOutput: true)
        // An empty NO_COLOR means colour is allowed (no-color.org), whatever the caller has set.
        let coloured = try TmuxPane(["--interval", "1s"], environment: ["NO_COLOR": ""], recordOutput: true)
        for pane in [plain, coloured] {
            pane.waitFor("Break due")
            try pane.send("q")
            pane.expectExitedAndRestored()
        }
        #expect(!Self.hasColour(plain))
        #expect(Self.hasColour(coloured), "\(String(decoding: (try? Data(contentsOf: coloured.outputLog)) ?? Data(), as: UTF8.self).debugDescription.prefix(600))")
    }
}
