import Foundation
import Testing

/// Every signal that ends limber gives the terminal back (tty mode, cursor, alternate screen,
/// title) and the shell sees limber die of that signal (status 128 + n).
@Suite struct SignalEndToEndTests {
    /// A running limber whose title is set, so a title left behind would show.
    static func running(shellPrefix: String = "") throws -> TmuxPane {
        let pane = try TmuxPane(["--interval", "10m"], shellPrefix: shellPrefix)
        pane.waitFor("Next break in")
        pane.waitFor("limber's title") { _ in pane.title == "Limber · break in 10m" }
        return pane
    }

    /// Quit signals go through the normal quit (history saved), then end the process.
    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT), ("QUIT", SIGQUIT), ("USR1", SIGUSR1),
                      ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("VTALRM", SIGVTALRM), ("PROF", SIGPROF)])
    func quitSignalsRestoreTheTerminal(signal: String, number: Int32) throws {
        let pane = try Self.running()
        try pane.kill(signal)
        pane.expectExitedAndRestored(status: 128 + Int(number))
    }

    /// A crash (here sent from outside) restores the terminal from bytes prepared in advance,
    /// then the process dies of the same signal.
    @Test(arguments: [("SEGV", SIGSEGV), ("ABRT", SIGABRT), ("BUS", SIGBUS), ("ILL", SIGILL), ("FPE", SIGFPE),
                      ("TRAP", SIGTRAP), ("SYS", SIGSYS)])
    func crashSignalsRestoreTheTerminal(signal: String, number: Int32) throws {
        let pane = try Self.running(shellPrefix: "ulimit -c 0;")
        try pane.kill(signal)
        pane.expectExitedAndRestored(status: 128 + Int(number))
    }

    /// SIGPIPE and SIGXFSZ are ignored: a failed write is an error limber deals with.
    @Test func pipeAndFileSizeSignalsAreIgnored() throws {
        let pane = try Self.running()
        try pane.kill("PIPE")
        try pane.kill("XFSZ")
        pane.waitForTicks(3)
        #expect(!pane.screen().contains("DONE"))
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// A file size limit makes history writes fail (SIGXFSZ is ignored): limber keeps running
    /// and says the history is not saved.
    @Test func aFileSizeLimitIsAWarningNotADeath() throws {
        let pane = try TmuxPane(["--interval", "10m"], width: 100, shellPrefix: "ulimit -f 40;")
        pane.waitFor("Warning: history not saved")
        pane.waitForTicks(2)
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func ctrlCQuitsCleanly() throws {
        let pane = try Self.running()
        try pane.send("C-c")
        pane.expectExitedAndRestored(status: 128 + Int(SIGINT))
    }

    /// Without an alternate screen (TERM=linux) the last frame is cleared, not left under the prompt.
    @Test func aTerminalWithoutAlternateScreenIsClearedOnExit() throws {
        let pane = try TmuxPane(["--interval", "10m"], environment: ["TERM": "linux"])
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.waitFor("DONE")
        let screen = pane.screen()
        #expect(screen.contains("EXIT=0"))
        #expect(!screen.contains("Next break in") && !screen.contains("sitting"), "last frame left:\n\(screen)")
    }

    /// 100 KB pasted, full of `q`s: bracketed (`paste-buffer -p`) or typed in one burst (a
    /// terminal without bracketed paste). Neither quits, and the screen keeps counting.
    @Test(arguments: [true, false])
    func aHugePasteIsDropped(bracketed: Bool) throws {
        let pane = try TmuxPane(["--interval", "10m"], recordOutput: true)
        pane.waitFor("Next break in")
        var generator = SystemRandomNumberGenerator()
        let keys = Array("qqqzxtpd? \n")
        let text = String((0..<100_000).map { _ in keys.randomElement(using: &generator)! })
        let file = pane.home.appendingPathComponent("paste.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        try pane.tmux(["load-buffer", file.path])
        let pid = try pane.limberPID()
        let before = try #require(Self.seconds(try pane.limber(["status"]).output))
        try pane.tmux(["paste-buffer", "-t", "e2e"] + (bracketed ? ["-p"] : []))
        pane.waitForTicks(2)
        pane.waitFor("the count to go on after the paste", timeout: 20) { _ in
            Self.seconds((try? pane.limber(["status"]).output) ?? "").map { $0 >= before + 3 } ?? false
        }
        let screen = pane.screen()
        #expect(screen.contains("Next break in") && !screen.contains("DONE"), "after the paste:\n\(screen)")
        #expect(kill(pid, 0) == 0, "limber is still running")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let output = String(decoding: (try? Data(contentsOf: pane.outputLog)) ?? Data(), as: UTF8.self)
        #expect(output.contains("\u{1B}[?2004h") && output.contains("\u{1B}[?2004l"))
    }

    /// The seconds of the stretch in `limber status`'s line ("sitting 1:05" is 65); the screen
    /// shows it in whole minutes.
    static func seconds(_ screen: String) -> Int? {
        guard let match = screen.firstMatch(of: /sitting (\d+):(\d\d)/), let minutes = Int(match.1),
              let seconds = Int(match.2) else { return nil }
        return minutes * 60 + seconds
    }
}
