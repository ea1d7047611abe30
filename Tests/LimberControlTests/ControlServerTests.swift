import Foundation
import LimberCore
@testable import LimberControl
import Testing

/// The control socket: who may connect, what happens to bad or silent clients, and how the
/// file is made and replaced. The server is serviced by hand, so every step is deterministic.
@Suite struct ControlServerTests {
    static let status = LiveStatus(state: .working, posture: .sitting, elapsed: 10, remaining: 50,
                                   todaySitting: 10, todayStanding: 0)

    @Test func aRequestGetsItsReplyOnTheSameLineBasis() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        let client = try RawClient(server.path)
        client.send("{\"v\":1,\"command\":\"pause\",\"seconds\":90}\n")
        let requests = server.service(now: 0)
        #expect(requests.map(\.request) == [ControlRequest(.pause, seconds: 90)])
        server.reply(ControlReply(ok: true, status: Self.status), to: requests[0].client)
        #expect(client.replies() == [ControlReply(ok: true, status: Self.status)])
    }

    @Test func theSocketIsPrivate() throws {
        let folder = TempFolder()
        chmod(folder.path, 0o755)
        let path = ControlPath(dataFolder: folder.path, runtimeDirectory: nil)
        try path.prepareFolder()
        let server = try ControlServer(path: path.socket)
        var info = stat()
        #expect(lstat(folder.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        #expect(lstat(server.path, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFSOCK)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    /// Running as root, no second user can connect; the check is made testable by telling the
    /// server to allow a different uid than the tests run as: the kernel's SO_PEERCRED answer
    /// (ours) then does not match, exactly as another user's would not.
    @Test func anotherUsersConnectionIsRefused() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock", allowedUID: getuid() &+ 1)
        let client = try RawClient(server.path)
        client.send("{\"v\":1,\"command\":\"break\"}\n")
        #expect(server.service(now: 0).isEmpty)
        #expect(server.clientCount == 0)
        #expect(client.replies().first?.error == "refused: this timer belongs to another user")
        // Hung up: end of file, or a reset since the request was never read.
        #expect((client.read() ?? "").isEmpty)
        #expect(PeerCredentials.uid(of: client.fd) == getuid())
    }

    @Test func aStaleSocketIsReplaced() throws {
        let folder = TempFolder()
        let path = folder.path + "/s.sock"
        // A socket file with nobody listening: what a killed timer leaves.
        do { _ = try ControlServer(path: path) }
        let dead = try #require(UnixSocket.make())
        _ = UnixSocket.withAddress(path) { bind(dead, $0, $1) }
        close(dead)
        #expect(ControlClient.send(ControlRequest(.status), to: path) == .noTimer)
        let server = try ControlServer(path: path)
        let client = try RawClient(path)
        client.send("{\"v\":1,\"command\":\"status\"}\n")
        #expect(server.service(now: 0).count == 1)
    }

    @Test func aSymlinkOrAnotherFileInTheWayIsRefusedAndLeftAlone() throws {
        let folder = TempFolder()
        let target = folder.path + "/target"
        _ = FileManager.default.createFile(atPath: target, contents: Data("keep".utf8))
        let link = folder.path + "/s.sock"
        symlink(target, link)
        #expect(throws: ControlError.unavailable("\(link) is a symlink; remove it")) { try ControlServer(path: link) }
        #expect(ControlClient.send(ControlRequest(.status), to: link) == .failed("\(link) is not a socket; remove it"))
        let file = folder.path + "/f.sock"
        _ = FileManager.default.createFile(atPath: file, contents: Data("mine".utf8))
        #expect(throws: ControlError.self) { try ControlServer(path: file) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
    }

    @Test func twoClientsAtOnceEachGetTheirOwnReply() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        let first = try RawClient(server.path), second = try RawClient(server.path)
        first.send("{\"v\":1,\"command\":\"status\"}\n")
        second.send("{\"v\":1,\"command\":\"skip\"}\n")
        let requests = server.service(now: 0)
        #expect(requests.count == 2)
        for (client, request) in requests {
            server.reply(.failure(request.command.rawValue), to: client)
        }
        #expect(first.replies().map(\.error) == ["status"])
        #expect(second.replies().map(\.error) == ["skip"])
    }

    @Test func aSilentClientBlocksNobodyAndIsClosedWhenItsSecondIsUp() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        let silent = try RawClient(server.path)
        #expect(server.service(now: 0).isEmpty)
        let talker = try RawClient(server.path)
        talker.send("{\"v\":1,\"command\":\"status\"}\n")
        let requests = server.service(now: 0.5)
        #expect(requests.count == 1)
        // Waiting for its answer, the talker has no deadline; the silent one has its second.
        #expect(server.nextDeadline == 1)
        server.closeIdle(now: 0.9)
        #expect(server.clientCount == 2)
        server.reply(ControlReply(ok: true, status: Self.status), to: requests[0].client)
        server.closeIdle(now: 1.2)
        #expect(server.clientCount == 1)
        #expect(silent.read() == nil)
        server.closeIdle(now: 1.6)
        #expect(server.clientCount == 0)
    }

    /// Issue 16: a byte every few seconds used to reset a per-byte timer, so 32 such clients
    /// held every slot forever. The deadline is per request: trickling bytes do not move it.
    @Test func aClientTricklingBytesLosesItsSlotAfterOneSecond() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        server.maxClients = 2
        let slow = try (0..<2).map { _ in try RawClient(server.path) }
        _ = server.service(now: 0)
        for (step, time) in [0.3, 0.6, 0.9].enumerated() {
            for client in slow { client.send(step == 0 ? "{" : " ") }
            #expect(server.service(now: time).isEmpty)
            #expect(server.clientCount == 2)
        }
        // Full: a newcomer after the second is up frees the expired slots and gets in.
        let newcomer = try RawClient(server.path)
        newcomer.send("{\"v\":1,\"command\":\"status\"}\n")
        let requests = server.service(now: 1.05)
        #expect(requests.count == 1)
        #expect(server.clientCount == 1)
        for client in slow { #expect(client.read() == nil) }
    }

    /// Full within the second: the newcomer is told `busy`, which the client reports as such.
    @Test func aFullServerAnswersBusy() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        server.maxClients = 1
        let holder = try RawClient(server.path)
        _ = server.service(now: 0)
        let newcomer = try RawClient(server.path)
        _ = server.service(now: 0.1)
        #expect(newcomer.replies() == [ControlReply.busy])
        withExtendedLifetime(holder) {}
    }

    /// Issue 16: several requests, then the sending side shut: every command that runs is
    /// answered, the connection closed only after the last answer.
    @Test func everyRequestIsAnsweredBeforeTheConnectionCloses() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        let client = try RawClient(server.path)
        client.send("{\"v\":1,\"command\":\"sit\"}\n{\"v\":1,\"command\":\"stand\"}\n{\"v\":1,\"command\":\"status\"}\n")
        shutdown(client.fd, Int32(SHUT_WR))
        let requests = server.service(now: 0)
        #expect(requests.map(\.request.command) == [.sit, .stand, .status])
        for (fd, request) in requests {
            server.reply(.failure(request.command.rawValue), to: fd)
        }
        #expect(client.replies().map(\.error) == ["sit", "stand", "status"])
        _ = server.service(now: 0.1)
        #expect(server.clientCount == 0)
    }

    @Test func malformedRequestsGetAnErrorAndTheConnectionGoesOn() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        let client = try RawClient(server.path)
        client.send("hello\n{\"v\":2,\"command\":\"status\"}\n{\"v\":1,\"command\":\"dance\"}\n{\"v\":1,\"command\":\"pause\",\"seconds\":-1}\n")
        #expect(server.service(now: 0).isEmpty)
        #expect(client.replies().map(\.error) == [
            "bad request: not a JSON object",
            "bad request: protocol version 2; this limber speaks 1",
            "bad request: unknown command 'dance'; use one of status, break, snooze, skip, pause, resume, sit, stand, away, back, watch",
            "bad request: seconds must be more than 0 and at most 7 days",
        ])
        client.send("{\"v\":1,\"command\":\"status\"}\n")
        #expect(server.service(now: 1).count == 1)
    }

    @Test func anOversizedRequestIsRefusedAndTheConnectionClosed() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        let client = try RawClient(server.path)
        client.send(String(repeating: "x", count: 5000))
        #expect(server.service(now: 0).isEmpty)
        #expect(client.replies().map(\.error) == ["bad request: request over 4096 bytes"])
        _ = server.service(now: 1)
        #expect(server.clientCount == 0)
        #expect(client.read() == nil)
    }

    /// A client that gave up (it printed "not responding") has its command dropped, so nothing
    /// happens behind its back when a stopped timer resumes.
    @Test func aCommandFromAClientThatHungUpIsDropped() throws {
        let folder = TempFolder()
        let server = try ControlServer(path: folder.path + "/s.sock")
        do {
            let client = try RawClient(server.path)
            client.send("{\"v\":1,\"command\":\"break\"}\n")
        }
        #expect(server.service(now: 0).isEmpty)
        #expect(server.clientCount == 0)
    }
}

@Suite struct ControlFolderTests {
    @Test func aRuntimeFolderThatIsASymlinkIsRefused() throws {
        let folder = TempFolder()
        let elsewhere = folder.path + "/elsewhere"
        mkdir(elsewhere, 0o700)
        mkdir(folder.path + "/run", 0o700)
        symlink(elsewhere, folder.path + "/run/limber")
        let path = ControlPath(dataFolder: folder.path + "/data", runtimeDirectory: folder.path + "/run")
        #expect(throws: ControlError.self) { try path.prepareFolder() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }
}

@Suite struct StatusSchemaTests {
    /// Every figure set, each to a value no other has.
    static let full: LiveStatus = {
        var status = LiveStatus(state: .breakPaused, posture: .standing, elapsed: 0.1 + 0.2, remaining: -1e-5,
                                breakRemaining: 83.25, pauseRemaining: 1740, snoozeRemaining: 12, pausedFor: 7.5,
                                awayFor: 61, todaySitting: 3600.5, todayStanding: 65, awayAfter: 299,
                                promptsResume: ActiveHours.Opening(daysAhead: 2, weekday: 1, minute: 540))
        status.nextExercise = "Shoulder \"rolls\""
        return status
    }()

    /// A figure added to `LiveStatus` without a row in the table fails here; so does a test
    /// status that leaves a figure unset (nil), which would let the round trip pass unseen.
    @Test func everyFigureHasARowAndIsSet() {
        let rows = Set(StatusField.all.filter(\.isStored).map(\.name))
        for child in Swift.Mirror(reflecting: Self.full).children {
            let name = child.label ?? ""
            #expect(rows.contains(name), "LiveStatus.\(name) has no row in StatusField.all")
            let inner = Swift.Mirror(reflecting: child.value)
            #expect(!(inner.displayStyle == .optional && inner.children.isEmpty), "the test leaves \(name) unset")
        }
        #expect(rows.count == Swift.Mirror(reflecting: Self.full).children.count)
    }

    /// A break's place as `watch` answers it, every field set.
    static let place = BreakPlace(exercises: ["hinge \"x\"", "calf-raise"], amounts: [30, 12], results: ["partial"], index: 1,
                                  itemElapsed: 0.1 + 0.2, elapsed: 60.5, length: 120, paused: true, doneElapsed: 1.25,
                                  returnPosture: .standing)

    /// The hand-written reply decodes to the same value with JSONDecoder, every field set.
    @Test func repliesRoundTrip() {
        for reply in [ControlReply(ok: true, status: Self.full), ControlReply(ok: true, status: .stopped(today: nil)),
                      ControlReply.failure("a \"quoted\" \\ line\nwith\u{1} control\u{9B}", status: Self.full),
                      ControlReply.failure("no status"), ControlReply(ok: true, status: Self.full, place: Self.place)] {
            let line = ReplyWriter.line(reply)
            #expect(line.last == 10)
            #expect(ControlProtocol.decodeReply(Array(line.dropLast())) == reply)
        }
    }

    /// `status --json` carries every figure that has a key, and each placeholder has text.
    @Test func theJSONAndThePlaceholdersCarryEveryField() throws {
        let object = try #require(try JSONSerialization.jsonObject(
            with: Data(Self.full.jsonObject(responding: true).text(spaced: true).utf8)) as? [String: Any])
        for key in StatusField.all.compactMap(\.jsonKey) {
            #expect(object[key] != nil, "status --json leaves out \(key)")
        }
        #expect(object["prompts_resume"] as? String == "Mon 09:00")
        #expect(object["paused_for_seconds"] as? Int == 7)
        for name in StatusField.placeholders {
            #expect(Self.full.text(of: name)?.isEmpty == false, "{\(name)} is empty")
        }
    }
}

/// `summary --format json` and `csv` come from one column table: each column reads back.
@Suite struct DayFieldTests {
    @Test func everyColumnReadsBackFromJSONAndCSV() throws {
        var day = DayTotals(day: LocalDay(year: 2026, month: 11, day: 27))
        // Each figure a different number, so a column reading another's value shows.
        let seconds: [WritableKeyPath<DayTotals, Double>] = [\.sittingSeconds, \.standingSeconds, \.breakSeconds,
                                                             \.pausedSeconds, \.awaySeconds, \.longestSittingSeconds]
        for (offset, path) in seconds.enumerated() { day[keyPath: path] = Double(1000 + offset) }
        let counts: [WritableKeyPath<DayTotals, Int>] = [\.breaksDue, \.breaksTaken, \.breaksSkipped, \.snoozes, \.naturalBreaks,
                                                         \.longSittingStretches, \.postureChanges, \.breaksEarly,
                                                         \.naturalAfterPrompt, \.breaksEndedEarly, \.exercisesSkipped,
                                                         \.presenceCorrections]
        for (offset, path) in counts.enumerated() { day[keyPath: path] = 10 + offset }
        day.exercisesDone = ["x\u{1}\"y": 31]
        day.exercisesPartial = ["z": 32]
        let json = try #require(try JSONSerialization.jsonObject(with: Data(day.jsonObject.text(spaced: true).utf8)) as? [String: Any])
        let csv = day.csvRow.split(separator: ",").map(String.init)
        #expect(csv.count == DayField.all.count)
        var seen = Set<String>()
        for (field, cell) in zip(DayField.all, csv) {
            let value = json[field.key]
            #expect(value != nil, "\(field.key) missing from JSON")
            #expect("\(value ?? "")" == cell, "\(field.key): JSON \(String(describing: value)) but CSV \(cell)")
            #expect(seen.insert(cell).inserted, "\(field.key) repeats another column's value \(cell)")
        }
        #expect((json["exercises"] as? [String: Int])?["x\u{1}\"y"] == 31)
    }
}
