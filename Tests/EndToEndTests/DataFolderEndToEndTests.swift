#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Odd files in the data folder, through the real binary: refused at once and left alone.
@Suite struct DataFolderEndToEndTests {
    /// A fresh folder for `--data-dir`, removed with the test.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limber-e2e-data-\(UUID().uuidString.prefix(8))").path

        init() throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            chmod(path, 0o700)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func file(_ name: String) -> String { path + "/" + name }
    }

    /// `limber status` or `summary` with a deadline: `timeout` ends a hang with 124.
    static func command(_ arguments: [String], folder: Folder) throws -> (status: Int32, output: String, error: String) {
        try TmuxPane.run(["timeout", "20", TmuxPane.binary] + arguments + ["--data-dir", folder.path])
    }

    /// Issue 16: the commands that only read the history checked nothing about its folder. A
    /// shared folder (sticky, others may write) is refused; one of ours that others may write
    /// to is made private first, as the TUI does.
    @Test func aFolderOthersCanWriteToIsCheckedByTheReadingCommandsToo() throws {
        let folder = try Folder()
        chmod(folder.path, 0o1777)
        for arguments in [["status"], ["summary"]] {
            let result = try Self.command(arguments, folder: folder)
            #expect(result.status == 1, "\(arguments): \(result.output)")
            #expect(result.error.contains("other users can write to it and it is not yours to make private"), "\(result.error)")
        }
        chmod(folder.path, 0o777)
        #expect(try Self.command(["status"], folder: folder).status == 0)
        var info = stat()
        stat(folder.path, &info)
        #expect(info.st_mode & 0o7777 == 0o700)
    }

    @Test func aFIFOAtTheDatabaseIsRefusedAtOnceByEveryCommand() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.file("limber.db"), 0o600) == 0)
        let message = "\(folder.file("limber.db")) is a FIFO (named pipe), not a regular file"
        for arguments in [["status"], ["summary"], ["summary", "--format", "json"]] {
            let result = try Self.command(arguments, folder: folder)
            #expect(result.status == 1, "\(arguments) exited \(result.status) (124: it hung)")
            #expect(result.error.hasPrefix("limber: \(message)"), "\(result.error)")
        }
        let pane = try TmuxPane(["--data-dir", folder.path], width: 220)
        pane.waitFor(message)
        pane.expectExitedAndRestored(status: 1)
    }

    @Test func aFIFOAtTheLockIsRefusedByStatus() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.file("limber.lock"), 0o600) == 0)
        let result = try Self.command(["status"], folder: folder)
        #expect(result.status == 1)
        #expect(result.error.contains("\(folder.file("limber.lock")) is a FIFO (named pipe)"))
    }

    @Test(arguments: ["limber.lock", "limber.db"])
    func aLinkIsRefusedAndItsTargetUntouched(name: String) throws {
        let folder = try Folder()
        let target = folder.file("precious.txt")
        try "my notes\n".write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o644)
        try FileManager.default.createSymbolicLink(atPath: folder.file(name), withDestinationPath: target)
        let message = "\(folder.file(name)) is a symbolic link, and limber does not follow links in its data folder"
        let pane = try TmuxPane(["--data-dir", folder.path], width: 220)
        pane.waitFor(message)
        pane.expectExitedAndRestored(status: 1)
        let status = try Self.command(["status"], folder: folder)
        #expect(status.status == 1)
        #expect(status.error.contains(message), "\(status.error)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "my notes\n")
        var info = stat()
        stat(target, &info)
        #expect(info.st_mode & 0o777 == 0o644)
    }

    @Test func aLinkToAMissingDatabaseCreatesNothing() throws {
        let folder = try Folder()
        let target = folder.file("elsewhere.db")
        try FileManager.default.createSymbolicLink(atPath: folder.file("limber.db"), withDestinationPath: target)
        let pane = try TmuxPane(["--data-dir", folder.path], width: 220)
        pane.waitFor("limber.db is a symbolic link")
        pane.expectExitedAndRestored(status: 1)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func aFolderOthersCanWriteIsMadePrivate() throws {
        let folder = try Folder()
        chmod(folder.path, 0o777)
        let pane = try TmuxPane(["--interval", "10m", "--data-dir", folder.path])
        pane.waitForStatus("^sitting 0:0[1-9]", options: ["--data-dir", folder.path])
        var info = stat()
        stat(folder.path, &info)
        #expect(info.st_mode & 0o777 == 0o700)
        try pane.send("q")
        pane.expectExitedAndRestored()
    }
}

/// A file-size limit (as `ulimit -f` sets, with SIGXFSZ ignored) hit at two points: creating
/// the schema (2 KB) and a later write (40 KB: the schema fits, the WAL soon does not). The TUI
/// keeps going with the warning; once the limit is lifted (prlimit on the running process) the
/// next write stores everything kept in memory, and a restart without the limit finds it all.
@Suite struct FileSizeLimitEndToEndTests {
    @Test(arguments: [2, 40])
    func aFileSizeLimitLosesNothingOnceLifted(kilobytes: Int) throws {
        // In bytes (ulimit's unit is 512 bytes in dash, 1024 in bash), and the soft limit only,
        // so lifting it needs no privilege.
        let limit = "prlimit --pid $$ --fsize=\(kilobytes * 1024):unlimited"
        let pane = try TmuxPane(["--interval", "10m"], width: 160, shellPrefix: "trap '' XFSZ; \(limit);")
        pane.waitFor("sitting 0m")
        var presses = 0
        var posture = "sitting"
        while !pane.screen().contains("Warning: history not saved"), presses < 40 {
            posture = posture == "sitting" ? "standing" : "sitting"
            try pane.send("t")
            presses += 1
            pane.waitFor("\(posture) 0m")
        }
        #expect(pane.screen().contains("Warning: history not saved"), "no warning after \(presses) posture changes")
        let database = "\(pane.home.path)/data/limber/limber.db"
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        #expect((size > 0) == (kilobytes >= 40), "the schema is created under 40 KB, not under 2 KB (\(size) bytes)")
        // Still running and still responding.
        posture = posture == "sitting" ? "standing" : "sitting"
        try pane.send("t")
        presses += 1
        pane.waitFor("\(posture) 0m")
        let lift = try TmuxPane.run(["prlimit", "--pid", "\(try pane.limberPID())", "--fsize=unlimited"])
        #expect(lift.status == 0, "\(lift.error)")
        // The next entry is written with everything kept since the failure.
        posture = posture == "sitting" ? "standing" : "sitting"
        try pane.send("t")
        presses += 1
        pane.waitFor("the warning to go") { !$0.contains("Warning: history not saved") && $0.contains("\(posture) 0m") }
        try pane.send("q")
        pane.expectExitedAndRestored()

        let again = try TmuxPane(["--interval", "10m"], environment: ["XDG_DATA_HOME": "\(pane.home.path)/data"])
        again.waitFor("\(posture) 0m")
        try again.send("q")
        again.expectExitedAndRestored()
        let result = try HistoryEndToEndTests.limber(pane, ["summary", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let day = try #require(try HistoryEndToEndTests.json(result.output).first)
        #expect(day["posture_changes"] as? Int == presses, "every posture change is stored")
    }
}

/// A valid history with values limber never writes, edited in with the sqlite3 tool: every
/// command still starts, says once that rows were ignored, and leaves the file alone.
@Suite struct ImpossibleValuesEndToEndTests {
    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 tool to edit the history"))
    func impossibleValuesAreIgnoredWithOneWarning() throws {
        let pane = try TmuxPane(["--interval", "10m"])
        pane.waitForStatus("^sitting 0:0[1-9]")
        try pane.send("t")
        pane.waitFor("standing 0m")
        try pane.send("q")
        pane.expectExitedAndRestored()
        let database = "\(pane.home.path)/data/limber/limber.db"
        let edit = try TmuxPane.run([Self.sqlite3!, database, """
            UPDATE session SET stretch_seconds = 1e300, updated = 9e999, interval = -5;
            UPDATE day_counts SET count = 9223372036854775807;
            INSERT INTO spans (activity, start, seconds) VALUES ('sitting', strftime('%s', 'now'), 1e300);
            INSERT INTO events (at, kind) VALUES (1e300, 'break_start');
            """])
        #expect(edit.status == 0, "\(edit.error)")
        let before = FileManager.default.contents(atPath: database)

        for arguments in [["summary", "--format", "json"], ["summary"], ["status"]] {
            let result = try HistoryEndToEndTests.limber(pane, arguments)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            if arguments != ["status"] { // with no TUI running, status reads nothing
                #expect(result.error.hasPrefix("limber: warning: ignored "), "\(arguments): \(result.error)")
                #expect(result.error.filter { $0 == "\n" }.count == 1, "one warning, not one per row")
            }
        }
        #expect(FileManager.default.contents(atPath: database) == before)

        let again = try TmuxPane(["--interval", "10m"], width: 200, environment: ["XDG_DATA_HOME": "\(pane.home.path)/data"])
        again.waitFor("Warning: ignored ")
        again.waitFor("sitting 0m")
        try again.send("q")
        again.expectExitedAndRestored()
    }
}

/// A write-protected `limber.db` in a writable folder. Root writes through any mode, so as root
/// limber runs as nobody (setpriv, placed before the pane's `env limber …` command).
@Suite struct ReadOnlyHistoryEndToEndTests {
    static let asRoot = geteuid() == 0
    static let setpriv = "/usr/bin/setpriv"

    @Test(.enabled(if: !asRoot || FileManager.default.isExecutableFile(atPath: setpriv), "as root, needs setpriv"))
    func aReadOnlyHistoryIsAWarningAndNothingIsLostOnceWritable() throws {
        let folder = try DataFolderEndToEndTests.Folder()
        let first = try TmuxPane(["--interval", "10m", "--data-dir", folder.path])
        first.waitForStatus("^sitting 0:0[1-9]", options: ["--data-dir", folder.path])
        try first.send("q")
        first.expectExitedAndRestored()
        let database = folder.file("limber.db")
        if Self.asRoot {
            for path in [folder.path, database, folder.file("limber.lock")] { #expect(chown(path, 65534, 65534) == 0) }
        }
        chmod(database, 0o444)
        let before = FileManager.default.contents(atPath: database)

        let prefix = Self.asRoot ? "\(Self.setpriv) --reuid=65534 --regid=65534 --clear-groups" : ""
        let pane = try TmuxPane(["--interval", "10m", "--data-dir", folder.path], width: 200, shellPrefix: prefix)
        pane.waitFor("Warning: history not saved: \(database) is read-only")
        try pane.send("t")
        pane.waitFor("standing 0m")
        #expect(FileManager.default.contents(atPath: database) == before, "a read-only history is not written")
        chmod(database, 0o600)
        try pane.send("t")
        pane.waitFor("the warning to go") { !$0.contains("Warning: history not saved") && $0.contains("sitting 0m") }
        try pane.send("q")
        pane.expectExitedAndRestored()
        let result = try TmuxPane.run([TmuxPane.binary, "summary", "--format", "json", "--data-dir", folder.path])
        #expect(result.status == 0, "\(result.error)")
        let day = try #require(try HistoryEndToEndTests.json(result.output).first)
        #expect(day["posture_changes"] as? Int == 2, "both changes, the one made while read-only too")
    }
}
