#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Issue 16: one timer per data folder whatever is done to the files in it, a socket even when
/// the folder is read-only, and no history lost silently at quit.
@Suite struct FolderLockEndToEndTests {
    typealias Timer = ControlEndToEndTests.Timer

    /// Deleting `limber.lock` used to let a second timer in (time counted twice, the first's
    /// socket removed). The lock is on the folder itself: delete every file, still one timer.
    @Test func deletingEveryFileLetsNoSecondTimerIn() throws {
        let timer = try Timer(["--interval", "10m"])
        timer.pane.waitFor("sitting 0m")
        let data = timer.pane.home.path + "/data/limber"
        for name in try FileManager.default.contentsOfDirectory(atPath: data) {
            try FileManager.default.removeItem(atPath: data + "/" + name)
        }
        let second = try TmuxPane(["--interval", "10m"], environment: ["XDG_DATA_HOME": timer.pane.home.path + "/data",
                                                                     "XDG_RUNTIME_DIR": timer.runtime])
        second.waitFor("limber is already running")
        second.expectExitedAndRestored(status: 1)
        // The first timer still has its socket and answers.
        let stand = try timer.limber(["stand"])
        #expect(stand.status == 0, "\(stand.error)")
        timer.pane.waitFor("Standing from another pane")
        try timer.pane.send("q")
        timer.pane.expectExitedAndRestored()
    }

    /// A read-only data folder used to mean no socket: `status` failed, `stand` said no timer
    /// runs. The socket is in the runtime folder either way. Read-only by mode for a user, by a
    /// read-only bind mount for root (whom modes do not stop).
    @Test func aReadOnlyDataFolderStillHasItsSocket() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("limber-ro-\(UUID().uuidString.prefix(8))").path
        let data = home + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        chmod(data, 0o700)
        defer {
            chmod(data, 0o700)
            try? FileManager.default.removeItem(atPath: home)
        }
        let prefix: String
        if getuid() == 0 {
            prefix = "unshare -m --propagation private sh -c 'mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"' \(TmuxPane.quote(data))"
        } else {
            chmod(data, 0o500)
            prefix = ""
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limber-run-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pane = try TmuxPane(["--interval", "10m", "--data-dir", data], width: 160,
                                environment: ["XDG_RUNTIME_DIR": folder], shellPrefix: prefix)
        pane.waitFor("history not saved")
        pane.waitFor("sitting 0m")
        #expect(!pane.screen().contains("commands from other panes are off"), "\(pane.screen())")
        func limber(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try TmuxPane.run(["timeout", "10", "env", "HOME=\(pane.home.path)", "XDG_RUNTIME_DIR=\(folder)", TmuxPane.binary]
                             + arguments + ["--data-dir", data])
        }
        let stand = try limber(["stand"])
        #expect(stand.status == 0, "\(stand.error)")
        pane.waitFor("standing 0m") // the notice line shows the read-only warning
        let status = try limber(["status"])
        #expect(status.status == 0 && status.output.hasPrefix("standing"), "\(status.output)\(status.error)")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// The limit in bytes on this shell (and limber, its child): soft only, so it can be lifted.
    static func sizeLimit(_ kilobytes: Int) -> String { "trap '' XFSZ; prlimit --pid $$ --fsize=\(kilobytes * 1024):unlimited;" }

    /// Presses `t` until history writes fail; returns the presses and the posture shown.
    static func changePostureUntilWritesFail(_ pane: TmuxPane) throws -> (presses: Int, posture: String) {
        var presses = 0
        var posture = "sitting"
        while !pane.screen().contains("Warning: history not saved"), presses < 40 {
            posture = posture == "sitting" ? "standing" : "sitting"
            try pane.send("t")
            presses += 1
            pane.waitFor("\(posture) 0m")
        }
        #expect(pane.screen().contains("Warning: history not saved"), "no warning after \(presses) posture changes")
        for _ in 0..<2 {
            posture = posture == "sitting" ? "standing" : "sitting"
            try pane.send("t")
            presses += 1
            pane.waitFor("\(posture) 0m")
        }
        return (presses, posture)
    }

    /// Quitting while writes fail used to drop every unsaved event, print nothing and exit 0.
    /// They are kept in a recovery journal, counted on stderr, and written at the next start.
    @Test func unsavedEventsAreKeptAtQuitAndWrittenAtTheNextStart() throws {
        let pane = try TmuxPane(["--interval", "10m"], width: 200, shellPrefix: Self.sizeLimit(40))
        pane.waitFor("sitting 0m")
        let (presses, _) = try Self.changePostureUntilWritesFail(pane)
        try pane.send("q")
        pane.waitFor("DONE")
        let journal = "\(pane.home.path)/data/limber/recovery.journal"
        pane.waitForRegex("limber: [0-9]+ history entries could not be written")
        #expect(pane.screen().contains("kept in \(journal)"), "\(pane.screen())")
        #expect(pane.screen().contains("EXIT=0"))
        #expect(access(journal, F_OK) == 0)

        let again = try TmuxPane(["--interval", "10m"], width: 160, environment: ["XDG_DATA_HOME": "\(pane.home.path)/data"])
        again.waitFor("history entries the last run could not save")
        try again.send("q")
        again.expectExitedAndRestored()
        #expect(access(journal, F_OK) != 0, "the journal is removed once written")
        let result = try HistoryEndToEndTests.limber(pane, ["summary", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let day = try #require(try HistoryEndToEndTests.json(result.output).first)
        #expect(day["posture_changes"] as? Int == presses, "every posture change is stored")
        // With a history to print: `summary > /dev/full` is an error, not exit 0.
        let full = try Self.toDevFull(home: pane.home.path, ["summary"])
        #expect(full.status == 74, "\(full.error)")
        #expect(full.error == "limber: cannot write to standard output: No space left on device\n")
    }

    static func toDevFull(home: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try TmuxPane.run(["sh", "-c", "exec env HOME=\(home) XDG_DATA_HOME=\(home)/data XDG_CONFIG_HOME=\(home)/config \"$0\" \"$@\" > /dev/full",
                          TmuxPane.binary] + arguments)
    }

    /// Nowhere to keep them (a folder where the journal goes, no state folder): said, and exit 74.
    @Test func unsavedEventsWithNowhereToGoAreAnError() throws {
        let pane = try TmuxPane(["--interval", "10m"], width: 200, environment: ["XDG_STATE_HOME": "/dev/null/state"],
                                shellPrefix: Self.sizeLimit(40))
        pane.waitFor("sitting 0m")
        mkdir("\(pane.home.path)/data/limber/recovery.journal", 0o700)
        _ = try Self.changePostureUntilWritesFail(pane)
        try pane.send("q")
        pane.waitFor("DONE")
        #expect(pane.screen().contains("nor kept in a recovery journal; they are lost"), "\(pane.screen())")
        #expect(pane.screen().contains("EXIT=74"), "\(pane.screen())")
    }

    /// Every command checks what it writes: `summary > /dev/full` is an error, not exit 0.
    @Test func outputThatGoesNowhereIsAnError() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("limber-full-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        for arguments in [["status"], ["config"], ["exercises"]] {
            let result = try Self.toDevFull(home: home, arguments)
            #expect(result.status == 74, "\(arguments): \(result.error)")
            #expect(result.error == "limber: cannot write to standard output: No space left on device\n", "\(arguments)")
        }
    }
}
