#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LimberTestSupport
import Testing
import LimberCore
@testable import LimberControl
import LimberUI

/// Issue 16: what arrives on the control socket and what `limber status` reads back (replies,
/// the status cache) through the real decoders, the real server and the status line, with
/// fixed seeds and a fixed number of inputs. A trap kills the run; for every input a request
/// is in range or refused in one line, a status that gets through is in range and renders, the
/// server never holds more clients than its slots, and every request it hands out is answered.
@Suite struct ControlFuzzTests {
    static let requestSeeds = [
        #"{"v":1,"command":"status"}"#, #"{"v":1,"command":"pause","seconds":600}"#,
        #"{"v":1,"command":"back","wasHere":true}"#, #"{"v":1,"command":"stand"}"#,
    ]

    static let statusSeeds: [String] = {
        let full = LiveStatus(state: .outsideHours, posture: .standing, elapsed: 754, remaining: -30, breakRemaining: 83,
                              pauseRemaining: 1740, snoozeRemaining: 12, todaySitting: 3600, todayStanding: 65, awayAfter: 300,
                              promptsResume: ActiveHours.Opening(daysAhead: 1, weekday: 1, minute: 540))
        let entry = StatusCache.Entry(saved: 1_795_000_000, status: full)
        return [ControlProtocol.encode(ControlReply(ok: true, status: full)), ControlProtocol.encode(entry),
                ControlProtocol.encode(ControlReply.failure("busy: too many connections")),
                ControlProtocol.encode(StatusCache.Entry(saved: 1, status: .stopped(today: nil)))]
            .map { String(decoding: $0.dropLast(), as: UTF8.self) }
    }()

    /// JSON's own breakers on top of the shared mutator's values.
    static let jsonValues = ["0", "-1", "8", "Int.min", "-9223372036854775808", "9223372036854775807", "1e308", "-1e308",
                             "1e999", "null", "true", "\"x\"", "[]", "{}", "\"\\u0000\"", "0.5", "-0"]

    /// A JSON text with a number or a value swapped for a hostile one, or mutated as text.
    static func mutateJSON(_ text: String, _ random: inout Seeded) -> String {
        if random.chance(60) {
            var parts = text.components(separatedBy: ":")
            if parts.count > 1 {
                let index = Int.random(in: 1..<parts.count, using: &random)
                let rest = parts[index].drop { !",}".contains($0) }
                parts[index] = random.pick(jsonValues) + rest
            }
            return parts.joined(separator: ":")
        }
        return Mutator.mutate(text, &random)
    }

    @Test func requestsDecodeInRangeOrAreRefusedInOneLine() {
        var random = Seeded(state: 0x50C4_E716)
        for _ in 0..<4_000 {
            let line = Array(Self.mutateJSON(random.pick(Self.requestSeeds), &random).utf8)
            switch ControlProtocol.decode(line) {
            case .success(let request):
                if let seconds = request.seconds { #expect(seconds > 0 && seconds <= 7 * 86_400) }
            case .failure(let error):
                #expect(!SafeText.escaped("\(error)").contains("\n"))
            }
        }
    }

    @Test func repliesAndCachesAreInRangeOrDropped() throws {
        var random = Seeded(state: 0xCAC4_E716)
        let folder = NSTemporaryDirectory() + "limber-fuzz-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        mkdir(folder, 0o700)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = folder + "/status.cache"
        for round in 0..<3_000 {
            let text = Self.mutateJSON(random.pick(Self.statusSeeds), &random)
            if let reply = ControlProtocol.decodeReply(Array(text.utf8)), let status = reply.status {
                Self.render(status)
            }
            // Every tenth through the file: the same checks, and a bad file is removed.
            guard round % 10 == 0 else { continue }
            unlink(cache)
            _ = FileManager.default.createFile(atPath: cache, contents: Data(text.utf8))
            if let entry = StatusCache.read(cache) {
                Self.render(entry.status)
                if let shown = entry.lastKnown(at: Double(Int.random(in: 0...2_000_000_000, using: &random))) {
                    Self.render(shown)
                }
            } else {
                #expect(access(cache, F_OK) != 0, "a cache that is not one is dropped: \(text)")
            }
        }
    }

    /// A status that got through: every figure in range, and every way of showing it works.
    static func render(_ status: LiveStatus) {
        #expect(status.outOfRange == nil)
        for responding in [true, false] {
            _ = StatusLine.standard(status, responding: responding)
            _ = StatusLine.json(status, responding: responding)
            _ = StatusLine.render("{state} {posture} {remaining} {elapsed} {today_sitting} {today_standing}", status,
                                  responding: responding)
        }
        _ = status.promptsResume.map { ($0.when, $0.sentence) }
    }

    /// Clients that connect, send mutated requests in pieces (or nothing), hang up or stay, on
    /// a clock that moves on: the server keeps its slot limit and answers every request.
    @Test func theServerHoldsItsLimitsUnderAnyClient() throws {
        var random = Seeded(state: 0x5E4F_E716)
        let folder = NSTemporaryDirectory() + "limber-fuzz-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        mkdir(folder, 0o700)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ControlServer(path: folder + "/s.sock")
        server.maxClients = 8
        var clients: [Int32] = []
        var now = 0.0
        defer { clients.forEach { close($0) } }
        for _ in 0..<1_500 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0, 1, 2:
                guard let fd = UnixSocket.make() else { continue }
                if UnixSocket.withAddress(server.path, { connect(fd, $0, $1) }) == 0 { clients.append(fd) } else { close(fd) }
            case 3, 4, 5, 6:
                guard let fd = clients.randomElement(using: &random) else { continue }
                var bytes = Array(Self.mutateJSON(random.pick(Self.requestSeeds), &random).utf8)
                if random.chance(70) { bytes.append(10) }
                if random.chance(30) { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))) }
                _ = UnixSocket.send(fd, bytes[...])
            case 7:
                guard let index = clients.indices.randomElement(using: &random) else { continue }
                if random.chance(50) { shutdown(clients[index], Int32(SHUT_WR)) } else { close(clients.remove(at: index)) }
            default:
                now += Double(Int.random(in: 0...600, using: &random)) / 1000
            }
            for (client, _) in server.service(now: now) {
                server.reply(ControlReply(ok: true, status: .stopped(today: nil)), to: client)
            }
            #expect(server.clientCount <= server.maxClients)
            if let deadline = server.nextDeadline { #expect(deadline <= now + server.requestSeconds) }
        }
        // Time runs out for everyone still connected without a request in flight.
        server.closeIdle(now: now + server.requestSeconds)
        #expect(server.clientCount == 0)
    }
}
