import Foundation
import LimberCore
import Testing
@testable import LimberStore

/// Issue 16: the instance lock cannot be deleted away, and entries the history refused at quit
/// survive in a recovery journal.
@Suite struct HostileStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func deletingTheLockFileDoesNotFreeTheFolder() throws {
        let folder = TempFolder()
        let lock = try InstanceLock(folder: folder.path)
        #expect(unlink(InstanceLock.file(in: folder.path)) == 0)
        #expect(try InstanceLock.isHeld(folder: folder.path))
        #expect(throws: StoreError.alreadyRunning(0)) { try InstanceLock(folder: folder.path) }
        #expect(StoreError.alreadyRunning(0).description.hasPrefix("limber is already running for this data folder;"))
        withExtendedLifetime(lock) {}
    }

    @Test func theFolderIsFreeOnceTheHolderIsGone() throws {
        let folder = TempFolder()
        do { _ = try InstanceLock(folder: folder.path) }
        #expect(try !InstanceLock.isHeld(folder: folder.path))
        let again = try InstanceLock(folder: folder.path)
        withExtendedLifetime(again) {}
    }

    static let journal = RecoveryJournal(
        events: [HistoryEvent(at: t0, kind: .posture, posture: .standing), HistoryEvent(at: t0 + 5, kind: .quit)],
        spans: [Span(activity: .standing, start: t0, seconds: 5)],
        session: SessionSnapshot(pid: 1, updated: t0 + 5, state: .working, posture: .standing, stretchSeconds: 5,
                                 interval: 600, breakRemaining: nil, openSpan: nil, running: false))

    @Test func aJournalIsKeptBesideTheHistoryAndFoundAgain() throws {
        let folder = TempFolder()
        let path = try #require(Self.journal.keep(folder: folder.path, stateFolder: nil))
        #expect(path == folder.file("recovery.journal"))
        let found = RecoveryJournal.find(folder: folder.path, stateFolder: nil)
        #expect(found.journal == Self.journal)
        #expect(found.paths == [path])
        #expect(found.problems.isEmpty)
    }

    /// The data folder refuses it (here: a folder in the way): the state folder takes it.
    @Test func aJournalGoesToTheStateFolderWhenTheDataFolderRefusesIt() throws {
        let folder = TempFolder(), state = TempFolder()
        mkdir(folder.file("recovery.journal"), 0o700)
        let path = try #require(Self.journal.keep(folder: folder.path, stateFolder: state.path + "/limber"))
        #expect(path.hasPrefix(state.path + "/limber/recovery-"))
        let found = RecoveryJournal.find(folder: folder.path, stateFolder: state.path + "/limber")
        #expect(found.journal == Self.journal)
        #expect(found.problems == ["\(folder.file("recovery.journal")) is a folder, not a regular file"])
        #expect(Self.journal.keep(folder: folder.path, stateFolder: "/dev/null/state") == nil)
    }

    @Test func aJournalOutOfRangeIsLeftAloneAndNamed() throws {
        let folder = TempFolder()
        var bad = Self.journal
        bad.spans[0].seconds = -1
        _ = bad.keep(folder: folder.path, stateFolder: nil)
        let found = RecoveryJournal.find(folder: folder.path, stateFolder: nil)
        #expect(found.journal.isEmpty && found.paths.isEmpty)
        #expect(found.problems.first?.contains("is not a recovery journal limber can read") == true)
    }
}
