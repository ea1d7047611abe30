import Foundation
import Testing

/// The history through the real binary: what the TUI records, `summary` and `status` read.
@Suite struct HistoryEndToEndTests {
    static func limber(_ pane: TmuxPane, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try TmuxPane.run(["env", "XDG_DATA_HOME=\(pane.home.path)/data", "HOME=\(pane.home.path)", TmuxPane.binary] + arguments)
    }

    static func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func aSessionShowsUpInTheSummary() throws {
        let pane = try TmuxPane(["--interval", "2s", "--break-length", "10s"])
        pane.waitFor("Break due")
        try pane.send("x")
        pane.waitFor("Next break in")
        pane.waitFor("Break due")
        try pane.send("Enter")
        // A 10 s break is one exercise at its minimum dose (30 s of calf raises or back
        // extensions), run to its end; after sitting, the next stretch is standing.
        pane.waitFor("1 of 1")
        pane.waitFor("Done. Nice work.", timeout: 60)
        pane.waitFor("Next: standing")
        try pane.send("Enter")
        pane.waitFor("standing 0m")
        try pane.send("q")
        pane.expectExitedAndRestored()

        let result = try Self.limber(pane, ["summary", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let day = try #require(try Self.json(result.output).first)
        #expect(day["breaks_taken"] as? Int == 1)
        #expect(day["breaks_skipped"] as? Int == 1)
        #expect(day["breaks_due"] as? Int == 2)
        #expect(day["posture_changes"] as? Int == 1)
        #expect((day["break_seconds"] as? Int ?? 0) >= 9)
        #expect((day["sitting_seconds"] as? Int ?? 0) >= 4)
        let done = day["exercises"] as? [String: Int] ?? [:]
        #expect(done.values.reduce(0, +) == 1)
        // Each prompt ended once: taken + skipped + natural = due; no break came early.
        #expect(day["breaks_early"] as? Int == 0)
        let ended = ["breaks_taken", "breaks_skipped", "natural_after_prompt"].map { day[$0] as? Int ?? -1 }.reduce(0, +)
        #expect(ended == day["breaks_due"] as? Int)
        // The text table in a C locale: ASCII only, plain column names, exercises by name.
        let text = try TmuxPane.run(["env", "LANG=C", "LC_ALL=C", "XDG_DATA_HOME=\(pane.home.path)/data",
                                     "HOME=\(pane.home.path)", TmuxPane.binary, "summary"])
        #expect(text.status == 0, "\(text.error)")
        let ascii = text.output.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "\(text.output)")
        #expect(text.output.hasPrefix("DATE        SITTING  STANDING  MOVING"), "\(text.output)")
        let id = try #require(done.keys.first)
        #expect(text.output.contains(" x1"), "\(text.output)")
        #expect(!text.output.contains("\(id) x1"), "named by id: \(text.output)")
        let csv = try Self.limber(pane, ["summary", "--days", "2", "--format", "csv"])
        #expect(csv.output.split(separator: "\n").count == 3)
        #expect(csv.output.hasPrefix("date,sitting_seconds,standing_seconds,break_seconds,"))
    }

    @Test func killedThenRestartedNothingIsLostAndTheStretchResumes() throws {
        let pane = try TmuxPane(["--interval", "10m"])
        pane.waitForStatus("^sitting 0:0[1-9]")
        try pane.send("t")
        pane.waitFor("standing 0m")
        pane.waitForStatus("^standing 0:0[2-9]")
        let pid = try pane.limberPID()
        _ = try TmuxPane.run(["kill", "-KILL", "\(pid)"])
        pane.waitFor("EXIT=137")
        let again = try TmuxPane(["--interval", "10m"], environment: ["XDG_DATA_HOME": "\(pane.home.path)/data"])
        // The same stretch goes on: standing, and at least as long as before the kill.
        again.waitFor("standing 0m")
        again.waitForStatus("^standing 0:0[2-9]")
        let result = try Self.limber(pane, ["summary", "--format", "json"])
        let day = try #require(try Self.json(result.output).first)
        #expect(day["posture_changes"] as? Int == 1)
        #expect((day["sitting_seconds"] as? Int ?? 0) >= 1)
        try again.send("q")
        again.expectExitedAndRestored()
        // Back within away-after again, but with --posture sitting: that wins over the resumed
        // standing stretch, which ends there.
        let third = try TmuxPane(["--interval", "10m", "--posture", "sitting"],
                                 environment: ["XDG_DATA_HOME": "\(pane.home.path)/data"])
        third.waitFor("sitting 0m")
        try third.send("q")
        third.expectExitedAndRestored()
        let after = try #require(try Self.json(try Self.limber(pane, ["summary", "--format", "json"]).output).first)
        #expect(after["posture_changes"] as? Int == 2)
    }

    /// Quit at a 3 s prompt, back a few seconds later with a 10-minute interval: no prompt the
    /// new interval does not reach, the old one ends once (a natural break), and the seconds in
    /// between count at once in `status`, as `summary` counts them, and in the Today line (in
    /// whole minutes, the same figure rounded).
    @Test func aRestartWithALongerIntervalResumesTheStretchAndCountsTheGap() throws {
        let pane = try TmuxPane(["--interval", "3s"])
        pane.waitFor("Break due")
        try pane.send("q")
        pane.expectExitedAndRestored()
        // The gap between the two runs is what is being tested: it must be long enough to see.
        Thread.sleep(forTimeInterval: 4)
        let again = try TmuxPane(["--interval", "10m"], environment: ["XDG_DATA_HOME": "\(pane.home.path)/data"])
        again.waitFor("Next break in")
        #expect(!again.screen().contains("Break due"), "\(again.screen())")
        // The stretch began with the first run, so today's sitting is the stretch so far.
        let screen = again.screen()
        #expect(screen.contains("sitting 0m"), "\(screen)")
        let today = try #require(screen.firstMatch(of: /Today: sat (\d+)m/), "\(screen)")
        let json = try Self.limber(pane, ["status", "--json"])
        let status = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(status["state"] as? String == "working", "\(json.output)")
        let elapsed = status["elapsed_seconds"] as? Int ?? -100
        #expect(elapsed >= 7, "the stretch so far, the gap included: \(json.output)")
        let sitting = status["today_sitting_seconds"] as? Int ?? 100
        #expect(abs(sitting - elapsed) <= 1, "\(json.output)")
        #expect(Int(today.1)! == (sitting + 30) / 60, "\(screen)\n\(json.output)")
        try again.send("q")
        again.expectExitedAndRestored()
        let day = try #require(try Self.json(try Self.limber(pane, ["summary", "--format", "json"]).output).first)
        #expect(day["breaks_due"] as? Int == 1)
        #expect(day["natural_after_prompt"] as? Int == 1)
        #expect((day["sitting_seconds"] as? Int ?? 0) >= elapsed)
    }

    @Test func aSecondTUIIsRefusedAndStatusAgreesWithTheFirst() throws {
        let pane = try TmuxPane(["--interval", "10m"])
        pane.waitForStatus("^sitting 0:0[2-9]")
        let second = try TmuxPane(["--interval", "10m"], environment: ["XDG_DATA_HOME": "\(pane.home.path)/data"])
        second.waitFor("DONE")
        let pid = try pane.limberPID()
        #expect(second.screen().contains("limber is already running (pid \(pid)); use 'limber status' to see it"))
        #expect(second.screen().contains("EXIT=1"))

        let status = try Self.limber(pane, ["status"])
        #expect(status.status == 0)
        // The screen shows the stretch in whole minutes, the status line in m:ss.
        let shown = try #require(pane.screen().firstMatch(of: /sitting (\d+)m/))
        let reported = try #require(status.output.firstMatch(of: /sitting (\d+):(\d\d) · break in (\d+):(\d\d)/))
        #expect(Int(shown.1)! == Int(reported.1)!, "screen \(shown.0), status \(reported.0)")
        let template = try Self.limber(pane, ["status", "--format", "{state}/{posture}"])
        #expect(template.output == "working/sitting\n")
        // The summary screen: today, the day before, and back.
        try pane.send("d")
        pane.waitFor("(today)")
        pane.waitFor("last 7 days")
        try pane.send("Left")
        pane.waitFor("the day before") { $0.contains("Summary ·") && !$0.contains("(today)") }
        try pane.send("Escape")
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.expectExitedAndRestored()
        #expect(try Self.limber(pane, ["status"]).output.hasPrefix("stopped · today sitting "))
    }

    @Test func badArgumentsAndForeignFilesAreClearErrors() throws {
        let pane = try TmuxPane(["--version"])
        for (arguments, message) in [
            (["summary", "--date", "2026-02-30"], "limber: --date: '2026-02-30' is not a date; use YYYY-MM-DD"),
            (["summary", "--format", "xml"], "limber: --format: 'xml' is not a format; use text, json or csv"),
            (["summary", "--days", "0"], "limber: --days: '0' is not a number of days"),
            (["status", "--format", "{nope}"], "limber: --format: unknown placeholder {nope}"),
        ] {
            let result = try Self.limber(pane, arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.error.hasPrefix(message), "\(result.error)")
        }
        let folder = pane.home.appendingPathComponent("foreign")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("limber.db")
        try "my notes".write(to: db, atomically: true, encoding: .utf8)
        let result = try Self.limber(pane, ["summary", "--data-dir", folder.path])
        #expect(result.status == 1)
        #expect(result.error.contains("\(db.path) is not a Limber history database; it was left untouched"))
        #expect(try String(contentsOf: db, encoding: .utf8) == "my notes")
        let tui = try TmuxPane(["--data-dir", folder.path])
        tui.waitFor("is not a Limber history")
        #expect(try String(contentsOf: db, encoding: .utf8) == "my notes")
    }
}

@Suite struct FullDiskEndToEndTests {
    /// A file-size limit makes the history's files stop growing, as a full disk would: the TUI
    /// must keep running, say so, and lose nothing it had already stored.
    @Test func aFullDiskIsAWarningNotACrash() throws {
        // SIGXFSZ ignored, so writes past the limit fail with EFBIG instead of killing limber.
        let pane = try TmuxPane(["--interval", "10m"], shellPrefix: "trap '' XFSZ; ulimit -f 2000;")
        pane.waitFor("sitting 0m")
        var presses = 0
        pane.waitFor("the warning", timeout: 40) { screen in
            if screen.contains("Warning: history not saved") { return true }
            if presses < 400 {
                try? pane.send("t")
                presses += 1
            }
            return false
        }
        // Still running and still responding.
        let posture = pane.screen().contains("standing 0m") ? "sitting" : "standing"
        try pane.send("t")
        pane.waitFor("\(posture) 0m")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let result = try HistoryEndToEndTests.limber(pane, ["summary", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let day = try #require(try HistoryEndToEndTests.json(result.output).first)
        #expect((day["posture_changes"] as? Int ?? 0) >= 5, "the changes stored before the disk filled are kept")
    }

    @Test func aFolderThatCannotBeUsedRunsWithoutHistoryAndSaysSo() throws {
        let probe = try TmuxPane(["--version"])
        let file = probe.home.appendingPathComponent("a-file")
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        let pane = try TmuxPane(["--interval", "10m", "--data-dir", file.path + "/limber"], width: 160)
        pane.waitFor("Warning: history not saved: cannot use the data folder")
        pane.waitForTicks(1)
        try pane.send("q")
        pane.expectExitedAndRestored()
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")
    }
}
