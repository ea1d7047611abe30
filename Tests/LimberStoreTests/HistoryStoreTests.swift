import Foundation
import LimberCore
import Testing
@testable import LimberStore

@Suite struct HistoryStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func eventsSpansAndTheSessionRoundTrip() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path)
        let events = [
            HistoryEvent(at: Self.t0, kind: .start, posture: .sitting),
            HistoryEvent(at: Self.t0 + 10, kind: .exercise, seconds: 60, name: "cat-cow", result: .partial, sides: "left"),
            HistoryEvent(at: Self.t0 + 20, kind: .stretchEnd, posture: .sitting, seconds: 2800, result: .long),
        ]
        let spans = [Span(activity: .sitting, start: Self.t0, seconds: 20), Span(activity: .moving, start: Self.t0 + 20, seconds: 5)]
        let session = SessionSnapshot(pid: 42, updated: Self.t0 + 25, state: .onBreak, posture: .standing, stretchSeconds: 0,
                                      interval: 2700, breakRemaining: 95, openSpan: Span(activity: .moving, start: Self.t0 + 25, seconds: 3),
                                      running: true)
        try store.write(events: events, spans: spans, session: session)
        let reopened = try HistoryStore(folder: folder.path, readOnly: true)
        #expect(try reopened.events(from: Self.t0, to: Self.t0 + 100) == events)
        #expect(try reopened.spans(from: Self.t0, to: Self.t0 + 100) == spans)
        #expect(try reopened.session() == session)
        #expect(try reopened.events(from: Self.t0 + 11, to: Self.t0 + 100).count == 1)
    }

    @Test func theLastRoutineIsTheLastBreaksExercises() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path)
        #expect(try store.lastRoutine().isEmpty)
        try store.write(events: [
            HistoryEvent(at: Self.t0, kind: .breakStart),
            HistoryEvent(at: Self.t0 + 1, kind: .exercise, name: "walk", result: .done),
            HistoryEvent(at: Self.t0 + 100, kind: .breakStart),
            HistoryEvent(at: Self.t0 + 101, kind: .exercise, name: "calf-raises", result: .done),
            HistoryEvent(at: Self.t0 + 102, kind: .exercise, name: "cat-cow", result: .skipped),
        ], spans: [], session: nil)
        #expect(try store.lastRoutine() == ["calf-raises", "cat-cow"])
    }

    @Test func aNewHistoryIsPrivateWALAndMigrated() throws {
        let folder = TempFolder()
        try DataDirectory.prepare(folder.path + "/deep/limber")
        var info = stat()
        stat(folder.path + "/deep/limber", &info)
        #expect(info.st_mode & 0o777 == 0o700)
        _ = try HistoryStore(folder: folder.path + "/deep/limber")
        stat(folder.path + "/deep/limber/limber.db", &info)
        #expect(info.st_mode & 0o777 == 0o600)
        let database = try Database(path: folder.path + "/deep/limber/limber.db", create: false)
        #expect(try database.query("PRAGMA journal_mode").first?.first?.string == "wal")
        #expect(try database.query("PRAGMA user_version").first?.first?.int == Schema.version)
        #expect(try database.query("PRAGMA application_id").first?.first?.int == Int(Schema.applicationID))
    }

    @Test func anEmptyFileBecomesAHistory() throws {
        let folder = TempFolder()
        _ = FileManager.default.createFile(atPath: folder.file("limber.db"), contents: Data())
        let store = try HistoryStore(folder: folder.path)
        try store.write(events: [HistoryEvent(at: Self.t0, kind: .start)], spans: [], session: nil)
        #expect(try store.events(from: Self.t0, to: Self.t0 + 1).count == 1)
    }

    @Test(arguments: ["plain text, not a database at all\n", String(repeating: "x", count: 5000)])
    func aForeignFileIsRefusedAndLeftByteForByte(text: String) throws {
        let folder = TempFolder()
        _ = FileManager.default.createFile(atPath: folder.file("limber.db"), contents: Data(text.utf8))
        let before = folder.bytes("limber.db")
        #expect(throws: StoreError.notLimber(folder.file("limber.db"))) { try HistoryStore(folder: folder.path) }
        #expect(folder.bytes("limber.db") == before)
        #expect(!FileManager.default.fileExists(atPath: folder.file("limber.db-wal")))
    }

    @Test func anotherProgramsSQLiteFileIsRefusedAndLeftUnchanged() throws {
        let folder = TempFolder()
        let other = try Database(path: folder.file("limber.db"), create: true)
        try other.execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');")
        let before = folder.bytes("limber.db")
        #expect(throws: StoreError.notLimber(folder.file("limber.db"))) { try HistoryStore(folder: folder.path) }
        #expect(folder.bytes("limber.db") == before)
    }

    @Test func aCorruptHistoryIsRefusedAndLeftUnchanged() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path)
        try store.write(events: [HistoryEvent(at: Self.t0, kind: .start)], spans: [], session: nil)
        var bytes = try #require(folder.bytes("limber.db"))
        // Keep the header, wreck the rest of the first page.
        for i in 100..<min(bytes.count, 4096) { bytes[i] = 0xAB }
        try? FileManager.default.removeItem(atPath: folder.file("limber.db-wal"))
        try? FileManager.default.removeItem(atPath: folder.file("limber.db-shm"))
        _ = FileManager.default.createFile(atPath: folder.file("limber.db"), contents: bytes)
        #expect(throws: StoreError.self) { try HistoryStore(folder: folder.path) }
        #expect(folder.bytes("limber.db") == bytes)
    }

    @Test func aSecondInstanceIsRefusedWithThePID() throws {
        let folder = TempFolder()
        let lock = try InstanceLock(folder: folder.path)
        #expect(try InstanceLock.isHeld(folder: folder.path))
        #expect(throws: StoreError.alreadyRunning(getpid())) { try InstanceLock(folder: folder.path) }
        withExtendedLifetime(lock) {}
    }

    @Test func theLockIsFreeWhenNobodyHoldsIt() throws {
        let folder = TempFolder()
        #expect(try !InstanceLock.isHeld(folder: folder.path))
        do { _ = try InstanceLock(folder: folder.path) }
        #expect(try !InstanceLock.isHeld(folder: folder.path))
    }

    @Test func aFullDiskFailsWritesWithoutLosingWhatIsStored() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path)
        try store.write(events: [HistoryEvent(at: Self.t0, kind: .start)], spans: [], session: nil)
        // SQLite's page limit gives the same error as a full disk: SQLITE_FULL.
        let database = try #require(store.database)
        let pages = try #require(try database.query("PRAGMA page_count").first?.first?.int)
        try database.execute("PRAGMA max_page_count = \(pages)")
        let big = String(repeating: "x", count: 64 * 1024)
        #expect(throws: StoreError.write("database or disk is full")) {
            try store.write(events: [HistoryEvent(at: Self.t0 + 1, kind: .exercise, name: big)], spans: [], session: nil)
        }
        let events = try HistoryStore(folder: folder.path, readOnly: true).events(from: Self.t0, to: Self.t0 + 10)
        #expect(events == [HistoryEvent(at: Self.t0, kind: .start)])
    }
}

/// What other processes see while limber creates a new history, and what a refused file keeps.
@Suite struct HistoryCreationTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    /// `status` and `summary` racing the first start see no history or a whole one, never half
    /// a schema. Bounded: each round ends when the writer has finished.
    @Test func readersRacingTheFirstStartSeeNoHistoryOrAWholeOne() throws {
        var failures: [String] = []
        var reads = 0
        for _ in 0..<40 {
            let folder = TempFolder()
            let path = folder.path
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                if let store = try? HistoryStore(folder: path) {
                    try? store.write(events: [HistoryEvent(at: Self.t0, kind: .start)], spans: [], session: nil)
                }
            }
            var finished = false
            while !finished {
                finished = group.wait(timeout: .now()) == .success
                reads += 1
                do {
                    let store = try HistoryStore(folder: path, readOnly: true)
                    _ = try store.session()
                    _ = try store.spans(from: Self.t0, to: Self.t0 + 60)
                    _ = try store.eventCounts(from: LocalDay(year: 2026, month: 11, day: 18), through: LocalDay(year: 2026, month: 11, day: 18))
                } catch {
                    failures.append("\(error)")
                }
            }
            #expect(try HistoryStore(folder: path, readOnly: true).events(from: Self.t0, to: Self.t0 + 1).count == 1)
        }
        let failed = failures.count
        #expect(failed == 0, "\(failed) of \(reads) reads failed: \(Set(failures).sorted().prefix(3))")
    }

    /// `status` does not migrate (it never writes): an old schema is a clear error until the
    /// TUI has run once, not "no such table".
    @Test func anOldHistoryIsReadAfterTheTUIUpdatesIt() throws {
        let folder = TempFolder()
        let old = try Database(path: folder.file("limber.db"), create: true)
        try old.execute(Schema.migrations[0])
        try old.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = 1;")
        #expect(throws: StoreError.tooOld(folder.file("limber.db"))) { try HistoryStore(folder: folder.path, readOnly: true) }
        _ = try HistoryStore(folder: folder.path)
        #expect(try HistoryStore(folder: folder.path, readOnly: true).session() == nil)
    }

    /// A Limber history in rollback-journal mode with a damaged page: refused before limber
    /// writes anything, so not even the header's WAL flag or change counter moves.
    @Test func aDamagedHistoryIsRefusedWithoutChangingAByte() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path)
        let events = (0..<400).map { HistoryEvent(at: Self.t0 + Double($0), kind: .exercise, name: "exercise-\($0)", result: .done) }
        try store.write(events: events, spans: [], session: nil)
        try #require(store.database).execute("PRAGMA journal_mode = DELETE")
        var bytes = try #require(folder.bytes("limber.db"))
        #expect(bytes.count > 5 * 4096)
        // Wreck the last page (event rows), keep page 1 (the header and the schema) intact.
        for i in (bytes.count - 4096 + 8)..<bytes.count { bytes[i] = 0xAB }
        _ = FileManager.default.createFile(atPath: folder.file("limber.db"), contents: bytes)
        #expect(throws: StoreError.self) { try HistoryStore(folder: folder.path) }
        #expect(folder.bytes("limber.db") == bytes)
        #expect(bytes[18] == 1 && bytes[19] == 1, "still a rollback-journal file")
    }
}
