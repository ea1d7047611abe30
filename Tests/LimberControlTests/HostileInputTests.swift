import Foundation
import LimberCore
@testable import LimberControl
import Testing

/// Issue 16: what `limber status` reads from the status cache and the socket is checked like
/// any outside input: never waited on, never trusted for range, and a bad cache is dropped.
@Suite struct HostileCacheTests {
    static let opening = ActiveHours.Opening(daysAhead: 1, weekday: 2, minute: 540)
    static let status = LiveStatus(state: .outsideHours, posture: .sitting, elapsed: 10, remaining: 50,
                                   todaySitting: 10, todayStanding: 0, promptsResume: opening)

    static func entryText(weekday: String) -> String {
        """
        {"saved":1,"status":{"state":"outside-hours","posture":"sitting","elapsed":10,"remaining":50,\
        "todaySitting":10,"todayStanding":0,"awayAfter":300,\
        "promptsResume":{"daysAhead":1,"weekday":\(weekday),"minute":540}}}
        """
    }

    /// A FIFO at the cache's path used to hang `status` forever.
    @Test func aFIFOIsRefusedAtOnceAndRemoved() {
        let folder = TempFolder()
        let cache = folder.path + "/status.cache"
        #expect(mkfifo(cache, 0o600) == 0)
        #expect(StatusCache.read(cache) == nil)
        #expect(access(cache, F_OK) != 0)
    }

    /// A weekday of 0 or Int.min used to crash `status` (SIGILL), on every later run too.
    @Test func aFigureOutOfRangeIsDroppedNotKept() throws {
        let folder = TempFolder()
        let cache = folder.path + "/status.cache"
        #expect(FileManager.default.createFile(atPath: cache, contents: Data(Self.entryText(weekday: "2").utf8)))
        #expect(StatusCache.read(cache)?.status.promptsResume == Self.opening)
        for weekday in ["0", "8", "-9223372036854775808", "9223372036854775807"] {
            #expect(FileManager.default.createFile(atPath: cache, contents: Data(Self.entryText(weekday: weekday).utf8)))
            #expect(StatusCache.read(cache) == nil, "weekday \(weekday)")
            #expect(access(cache, F_OK) != 0, "weekday \(weekday)")
        }
    }

    @Test func anOversizedCacheIsRefused() {
        let folder = TempFolder()
        let cache = folder.path + "/status.cache"
        let padded = Self.entryText(weekday: "2").replacingOccurrences(of: "{\"saved\"", with: String(repeating: " ", count: 10_000) + "{\"saved\"")
        #expect(FileManager.default.createFile(atPath: cache, contents: Data(padded.utf8)))
        #expect(StatusCache.read(cache) == nil)
    }

    /// Another user's (or a world-writable) folder is not read from, nor written to.
    @Test func aFolderOthersCanWriteToIsNotTrusted() {
        let folder = TempFolder()
        let cache = folder.path + "/status.cache"
        StatusCache.write(StatusCache.Entry(saved: 1, status: Self.status), to: cache)
        #expect(StatusCache.read(cache) != nil)
        chmod(folder.path, 0o777)
        #expect(StatusCache.read(cache) == nil)
        #expect(access(cache, F_OK) == 0) // not ours to judge: left alone
        StatusCache.write(StatusCache.Entry(saved: 2, status: Self.status), to: cache)
        chmod(folder.path, 0o700)
        #expect(StatusCache.read(cache)?.saved == 1)
    }

    /// Every figure of a reply is range-checked where it is decoded.
    @Test func aReplyOutOfRangeIsNotAReply() {
        var bad = Self.status
        bad.promptsResume = ActiveHours.Opening(daysAhead: 1, weekday: 0, minute: 540)
        #expect(ControlProtocol.decodeReply(Array(ControlProtocol.encode(ControlReply(ok: true, status: bad)).dropLast())) == nil)
        #expect(ControlProtocol.decodeReply(Array(ControlProtocol.encode(ControlReply(ok: true, status: Self.status)).dropLast())) != nil)
        // A break's place too (`watch`): an index past its routine is no reply.
        var place = StatusSchemaTests.place
        #expect(ControlProtocol.decodeReply(Array(ReplyWriter.line(ControlReply(ok: true, status: Self.status, place: place)).dropLast())) != nil)
        place.index = 7
        #expect(ControlProtocol.decodeReply(Array(ReplyWriter.line(ControlReply(ok: true, status: Self.status, place: place)).dropLast())) == nil)
        for figure in [-1.0, 1e300] {
            var out = Self.status
            out.todaySitting = figure
            #expect(out.outOfRange == "todaySitting out of range")
        }
        #expect(Self.status.outOfRange == nil)
    }

    /// Whatever the weekday, naming it never traps.
    @Test func anyWeekdayHasAName() {
        for weekday in [Int.min, -8, -1, 0, 1, 7, 8, Int.max] {
            #expect(!ActiveHours.Opening(daysAhead: 1, weekday: weekday, minute: 0).when.isEmpty)
        }
        #expect(ActiveHours.Opening(daysAhead: 1, weekday: 1, minute: 0).when == "Mon 00:00")
        #expect(ActiveHours.Opening(daysAhead: 1, weekday: 7, minute: 0).when == "Sun 00:00")
    }
}

@Suite struct SafeFileTests {
    @Test func eachKindOfFileIsNamed() throws {
        let folder = TempFolder()
        let fifo = folder.path + "/fifo", dir = folder.path + "/dir", link = folder.path + "/link"
        let big = folder.path + "/big", plain = folder.path + "/plain"
        mkfifo(fifo, 0o600)
        mkdir(dir, 0o700)
        symlink(plain, link)
        FileManager.default.createFile(atPath: plain, contents: Data("ok".utf8))
        FileManager.default.createFile(atPath: big, contents: Data(count: 2048))
        #expect(throws: SafeFile.Refusal.notRegularFile(fifo, kind: "FIFO (named pipe)")) { try SafeFile.read(fifo, limit: 1024) }
        #expect(throws: SafeFile.Refusal.notRegularFile(dir, kind: "folder")) { try SafeFile.read(dir, limit: 1024) }
        #expect(throws: SafeFile.Refusal.notRegularFile(link, kind: "symbolic link")) { try SafeFile.read(link, limit: 1024) }
        #expect(throws: SafeFile.Refusal.tooLarge(big, limit: 1024)) { try SafeFile.read(big, limit: 1024) }
        #expect(throws: SafeFile.Refusal.missing(folder.path + "/none")) { try SafeFile.read(folder.path + "/none", limit: 1024) }
        #expect(throws: SafeFile.Refusal.notRegularFile("/dev/zero", kind: "device")) { try SafeFile.read("/dev/zero", limit: 1024) }
        #expect(try SafeFile.read(link, limit: 1024, followLinks: true) == Array("ok".utf8))
    }
}
