#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import LimberCore
@testable import LimberPresence

/// The terminal probe over a folder of fake tty files whose access times the test sets.
@Suite struct TerminalProbeTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "limber-tty-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["0", "7", "tty2", "ttys003", "ptmx", "notes", "tty"] {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: nil)
        }
    }

    /// Sets a file's access (and modification) time to `seconds` since 1970 with utimensat.
    func setAccess(_ name: String, _ seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, folder + "/" + name, &times, 0) == 0)
    }

    func setAll(_ seconds: Int) {
        for name in ["0", "7", "tty2", "ttys003", "ptmx", "notes", "tty"] { setAccess(name, seconds) }
    }

    @Test func theNewestTerminalCountsAndOtherFilesDoNot() {
        setAll(1_000)
        setAccess("7", 5_000)
        setAccess("tty2", 4_000)
        setAccess("notes", 9_000)
        setAccess("ptmx", 9_000)
        setAccess("tty", 9_000)
        let probe = TerminalProbe(folders: [folder], interval: 15)
        #expect(probe.newestInput() == 5_000)
        setAccess("ttys003", 6_000)
        #expect(probe.newestInput() == 6_000)
    }

    /// Issue 16: one tty touched to 2099 used to hide every other terminal (away after 10 s
    /// while another one was in use). A time in the future is no reading.
    @Test func aTerminalWithAnAccessTimeInTheFutureHidesNoOther() {
        setAll(1_000)
        setAccess("0", 4_070_908_800) // 2099-01-01
        setAccess("7", 1_990)
        let probe = TerminalProbe(folders: [folder], interval: 15)
        #expect(probe.check(at: Moment(uptime: 500, wall: Date(timeIntervalSince1970: 2_000))) == [.activity(at: 490)])
        setAccess("7", 2_010)
        #expect(probe.check(at: Moment(uptime: 515, wall: Date(timeIntervalSince1970: 2_015))) == [.activity(at: 510)])
        // Within the clock's jitter: now.
        setAccess("tty2", 2_031)
        #expect(probe.check(at: Moment(uptime: 530, wall: Date(timeIntervalSince1970: 2_030))) == [.activity(at: 530)])
    }

    @Test func anotherUsersTerminalsDoNotCount() {
        setAll(1_000)
        let probe = TerminalProbe(folders: [folder], owner: getuid() &+ 1, interval: 15)
        #expect(probe.newestInput() == nil)
        #expect(probe.check(at: Moment(uptime: 50, wall: Date(timeIntervalSince1970: 2_000))).isEmpty)
    }

    @Test func checkReportsNewInputOnceOnTheMonotonicClock() {
        setAll(1_000)
        setAccess("0", 1_900)
        let probe = TerminalProbe(folders: [folder], interval: 15)
        #expect(probe.nextCheck == -.infinity)
        let now = Moment(uptime: 500, wall: Date(timeIntervalSince1970: 2_000))
        #expect(probe.check(at: now) == [.activity(at: 400)])
        #expect(probe.nextCheck == 515)
        // Nothing typed since: nothing to say.
        #expect(probe.check(at: Moment(uptime: 515, wall: Date(timeIntervalSince1970: 2_015))).isEmpty)
        setAccess("tty2", 2_020)
        #expect(probe.check(at: Moment(uptime: 530, wall: Date(timeIntervalSince1970: 2_030))) == [.activity(at: 520)])
    }

    @Test func aMissingFolderIsOffWithTheReason() {
        let probe = TerminalProbe(folders: [folder + "/nowhere"], interval: 15)
        #expect(probe.offReason?.contains("no terminal devices") == true)
        #expect(TerminalProbe(folders: [folder], interval: 15).offReason == nil)
    }

    @Test func terminalNames() {
        for name in ["0", "12", "tty1", "ttys004"] { #expect(TerminalProbe.isTerminalName(name), "\(name)") }
        for name in ["ptmx", "tty", "ttyS", "ttyUSB0", "console", ""] { #expect(!TerminalProbe.isTerminalName(name), "\(name)") }
    }
}

