import Foundation
import LimberCore
@testable import LimberControl
import Testing

@Suite struct ControlClientTests {
    @Test func noSocketMeansNoTimer() {
        let folder = TempFolder()
        #expect(ControlClient.send(ControlRequest(.status), to: folder.path + "/none.sock") == .noTimer)
    }

    /// A timer that accepts nothing (stopped with Ctrl-Z): the client gives up at its deadline.
    @Test func aTimerThatDoesNotAnswerIsNotRespondingWithinTheDeadline() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        let start = Date()
        #expect(ControlClient.send(ControlRequest(.status), to: server.path, timeout: 0.3) == .notResponding)
        let took = Date().timeIntervalSince(start)
        #expect(took >= 0.29)
        #expect(took < 2) // generous: the machine is shared
    }

    @Test func aRoundTripWithAServerOnAnotherThread() throws {
        let folder = TempFolder()
        let box = ServerBox(try ControlServer(path: folder.path + "/s.sock"))
        let status = LiveStatus(state: .snoozed, posture: .standing, elapsed: 3000, remaining: -300, snoozeRemaining: 60,
                                todaySitting: 100, todayStanding: 3000)
        let thread = Thread {
            for _ in 0..<200 {
                for (client, _) in box.server.service(now: 0) {
                    box.server.reply(ControlReply(ok: true, status: status), to: client)
                    return
                }
                usleep(5000)
            }
        }
        thread.start()
        #expect(ControlClient.send(ControlRequest(.status), to: box.server.path, timeout: 5) == .reply(ControlReply(ok: true, status: status)))
    }

    @Test func theSocketIsNamedAfterTheDataFolderInTheRuntimeFolder() {
        let folder = TempFolder()
        let a = ControlPath(dataFolder: folder.path, runtimeDirectory: "/run/user/1000")
        let b = ControlPath(dataFolder: folder.path + "/.", runtimeDirectory: "/run/user/1000")
        let other = ControlPath(dataFolder: folder.path + "/other", runtimeDirectory: "/run/user/1000")
        #expect(a.socket == b.socket)
        #expect(a.socket != other.socket)
        #expect(a.socket.hasPrefix("/run/user/1000/limber/"))
        #expect(a.socket.hasSuffix(".sock"))
        #expect(ControlPath(dataFolder: folder.path, runtimeDirectory: nil).socket == folder.path + "/limber.sock")
    }

    @Test func theStatusCacheIsNeverWrittenThroughASymlink() throws {
        let folder = TempFolder()
        let target = folder.path + "/target"
        _ = FileManager.default.createFile(atPath: target, contents: Data("keep".utf8))
        let cache = folder.path + "/status.cache"
        symlink(target, cache)
        #expect(StatusCache.read(cache) == nil)
        let entry = StatusCache.Entry(saved: 1, status: .stopped(today: nil))
        StatusCache.write(entry, to: cache)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(StatusCache.read(cache) == entry)
        var info = stat()
        #expect(lstat(cache, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_mode & 0o777 == 0o600)
    }
}

/// Hands the (single-threaded) server to one other thread for the round-trip test.
final class ServerBox: @unchecked Sendable {
    let server: ControlServer
    init(_ server: ControlServer) { self.server = server }
}

@Suite struct ControlPathTests {
    /// Asked from a shell without XDG_RUNTIME_DIR, the data folder's socket is tried too.
    @Test func theCandidatesCoverBothPlaces() {
        let both = ControlPath.candidates(dataFolder: "/data", runtimeDirectory: "/run/x")
        #expect(both.map(\.socket).last == "/data/limber.sock")
        #expect(both.first?.socket.hasPrefix("/run/x/limber/") == true)
        let plain = ControlPath.candidates(dataFolder: "/data", runtimeDirectory: nil)
        #expect(plain.first?.socket == "/data/limber.sock")
        #expect(Set(plain.map(\.socket)).count == plain.count)
    }
}

@Suite struct StatusCacheTests {
    @Test func theLastLineTurnsAwayAfterTheTimersAwayAfter() {
        let status = LiveStatus(state: .working, posture: .sitting, elapsed: 754, remaining: 1946, todaySitting: 754,
                                todayStanding: 0, awayAfter: 300)
        let entry = StatusCache.Entry(saved: 1000, status: status)
        #expect(entry.lastKnown(at: 1010) == status)
        #expect(entry.lastKnown(at: 1300)?.state == .away)
        #expect(StatusCache.Entry(saved: 1000, status: .stopped(today: nil)).lastKnown(at: 1001) == nil)
    }
}
