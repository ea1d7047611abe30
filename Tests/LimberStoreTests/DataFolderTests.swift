import Foundation
import Testing
@testable import LimberStore

/// What limber finds in its data folder: only regular files it made are used; links, FIFOs and
/// folders at its file names are refused (naming them) and left alone.
@Suite struct DataFolderTests {
    static let names = ["limber.db", "limber.db-wal", "limber.db-shm", "limber.db-journal"]

    @Test(arguments: names)
    func aFIFOIsRefusedAtOnceByReadersAndTheTUI(name: String) throws {
        let folder = TempFolder()
        #expect(mkfifo(folder.file(name), 0o600) == 0)
        let refusal = StoreError.notRegularFile(folder.file(name), kind: "FIFO (named pipe)")
        #expect(throws: refusal) { try HistoryStore(folder: folder.path, readOnly: true) }
        #expect(throws: refusal) { try HistoryStore(folder: folder.path) }
        #expect(refusal.description.hasPrefix("\(folder.file(name)) is a FIFO (named pipe), not a regular file"))
    }

    @Test(arguments: names)
    func aFolderIsRefused(name: String) throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.file(name), withIntermediateDirectories: false)
        #expect(throws: StoreError.notRegularFile(folder.file(name), kind: "folder")) { try HistoryStore(folder: folder.path) }
    }

    @Test(arguments: ["missing", "empty", "precious"])
    func aLinkedDatabaseIsRefusedAndItsTargetUntouched(target: String) throws {
        let folder = TempFolder()
        let targetPath = folder.file(target)
        if target == "empty" { _ = FileManager.default.createFile(atPath: targetPath, contents: Data()) }
        if target == "precious" { _ = FileManager.default.createFile(atPath: targetPath, contents: Data("mine".utf8)) }
        chmod(targetPath, 0o644)
        let before = folder.bytes(target)
        try FileManager.default.createSymbolicLink(atPath: folder.file("limber.db"), withDestinationPath: targetPath)
        let refusal = StoreError.notRegularFile(folder.file("limber.db"), kind: "symbolic link")
        #expect(throws: refusal) { try HistoryStore(folder: folder.path) }
        #expect(throws: refusal) { try HistoryStore(folder: folder.path, readOnly: true) }
        #expect(folder.bytes(target) == before)
        var info = stat()
        if before != nil {
            stat(targetPath, &info)
            #expect(info.st_mode & 0o777 == 0o644)
        }
        #expect(refusal.description.contains("limber.db is a symbolic link, and limber does not follow links"))
    }

    @Test func aLinkedLockIsRefusedAndItsTargetKeepsItsText() throws {
        let folder = TempFolder()
        _ = FileManager.default.createFile(atPath: folder.file("precious"), contents: Data("mine\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: folder.file("limber.lock"), withDestinationPath: folder.file("precious"))
        let refusal = StoreError.notRegularFile(folder.file("limber.lock"), kind: "symbolic link")
        #expect(throws: refusal) { try InstanceLock(folder: folder.path) }
        #expect(throws: refusal) { try InstanceLock.isHeld(folder: folder.path) }
        #expect(folder.bytes("precious") == Data("mine\n".utf8))
    }

    @Test func aLockThatIsAFolderIsBlamedOnTheLockFile() throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.file("limber.lock"), withIntermediateDirectories: false)
        let refusal = StoreError.notRegularFile(folder.file("limber.lock"), kind: "folder")
        #expect(throws: refusal) { try InstanceLock(folder: folder.path) }
        #expect(refusal.description.hasPrefix("\(folder.file("limber.lock")) is a folder, not a regular file"))
    }

    @Test func aFIFOLockIsRefusedByStatusWithoutWaiting() throws {
        let folder = TempFolder()
        #expect(mkfifo(folder.file("limber.lock"), 0o600) == 0)
        #expect(throws: StoreError.notRegularFile(folder.file("limber.lock"), kind: "FIFO (named pipe)")) {
            try InstanceLock.isHeld(folder: folder.path)
        }
    }

    /// SQLite itself opens -journal, -wal and -shm; it must refuse a link there even when one
    /// appears after limber looked.
    @Test func sqliteDoesNotFollowALinkWhenCreatingItsJournal() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.file("limber.db"), create: true)
        try database.execute("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        try FileManager.default.createSymbolicLink(atPath: folder.file("limber.db-journal"), withDestinationPath: folder.file("elsewhere"))
        #expect(throws: (any Error).self) { try database.execute("INSERT INTO t VALUES (2)") }
        #expect(!FileManager.default.fileExists(atPath: folder.file("elsewhere")))
        #expect(try database.query("SELECT count(*) FROM t").first?.first?.int == 1)
    }

    /// A FIFO swapped in after limber's check: SQLite's read-only open of it must not wait for
    /// a writer that never comes (without O_NONBLOCK this test would hang).
    @Test func sqliteNeverWaitsOnAFIFO() throws {
        let folder = TempFolder()
        #expect(mkfifo(folder.file("limber.db"), 0o600) == 0)
        if let database = try? Database(path: folder.file("limber.db"), mode: .readOnly) {
            _ = try? database.query("PRAGMA application_id")
        }
    }

    @Test func aFolderOthersCanWriteIsMadePrivateWhenOurs() throws {
        let folder = TempFolder()
        let data = folder.file("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        chmod(data, 0o777)
        try DataDirectory.prepare(data)
        var info = stat()
        stat(data, &info)
        #expect(info.st_mode & 0o777 == 0o700)
    }

    @Test func aSharedStickyFolderIsRefusedNotNarrowed() throws {
        let folder = TempFolder()
        let data = folder.file("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        chmod(data, 0o1777)
        #expect(throws: StoreError.folder(data, "other users can write to it and it is not yours to make private")) {
            try DataDirectory.prepare(data)
        }
        var info = stat()
        stat(data, &info)
        #expect(info.st_mode & 0o7777 == 0o1777)
    }

    /// Needs root to hand the folder to another user.
    @Test(.enabled(if: geteuid() == 0)) func somebodyElsesOpenFolderIsRefused() throws {
        let folder = TempFolder()
        let data = folder.file("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        chmod(data, 0o777)
        #expect(chown(data, 65534, 65534) == 0)
        #expect(throws: StoreError.folder(data, "other users can write to it and it is not yours to make private")) {
            try DataDirectory.prepare(data)
        }
        var info = stat()
        stat(data, &info)
        #expect(info.st_mode & 0o777 == 0o777)
    }
}
