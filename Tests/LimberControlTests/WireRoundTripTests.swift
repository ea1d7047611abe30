import Foundation
import LimberCore
@testable import LimberControl
import Testing

/// Every line limber writes for another process (a request, a reply, the status cache) is
/// written by `JSONValue` from the field table, the one writer and escaper, and read back with
/// JSONDecoder: what goes out comes back equal, every figure and any text.
@Suite struct WireRoundTripTests {
    /// Text an exercise name or an error may carry: quotes, backslashes, controls (C0, DEL, C1),
    /// an escape sequence, wide and combining characters.
    static let awkward = "Shoulder \"rolls\" \\ \u{1B}[31m\u{7F}\u{9B}\t\n 肩回し 🙆 e\u{301}"

    static var full: LiveStatus {
        var status = StatusSchemaTests.full
        status.nextExercise = awkward
        return status
    }

    @Test func theStatusCacheRoundTripsEveryFigure() throws {
        let folder = TempFolder()
        let cache = folder.path + "/status.cache"
        for status in [Self.full, StatusSchemaTests.full, .stopped(today: nil)] {
            let entry = StatusCache.Entry(saved: 1_795_000_000.25, status: status)
            StatusCache.write(entry, to: cache)
            #expect(StatusCache.read(cache) == entry)
        }
        // One line, as the reply is: the same object under "status".
        let line = ControlProtocol.encode(StatusCache.Entry(saved: 1, status: Self.full))
        #expect(line.filter { $0 == 10 } == [10])
        let reply = String(decoding: ControlProtocol.encode(ControlReply(ok: true, status: Self.full)), as: UTF8.self)
        let object = Self.full.wireObject.text()
        #expect(String(decoding: line, as: UTF8.self) == "{\"saved\":1.0,\"status\":\(object)}\n")
        #expect(reply.contains("\"status\":\(object)}"))
    }

    @Test func everyRequestRoundTrips() throws {
        for command in ControlCommand.allCases {
            for request in [ControlRequest(command), ControlRequest(command, seconds: 600.5), ControlRequest(command, wasHere: true),
                            ControlRequest(command, wasHere: false)] {
                let line = ControlProtocol.encode(request)
                #expect(line.last == 10)
                let decoded = try ControlProtocol.decode(Array(line.dropLast())).get()
                #expect(decoded == request, "\(String(decoding: line, as: UTF8.self))")
            }
        }
    }

    @Test func aReplyRoundTripsAnyError() throws {
        let reply = ControlReply.failure(Self.awkward, status: Self.full)
        let line = ControlProtocol.encode(reply)
        #expect(ControlProtocol.decodeReply(Array(line.dropLast())) == reply)
        // No raw control character reaches the line: a terminal printing it stays safe.
        #expect(!line.dropLast().contains { $0 < 0x20 || $0 == 0x7F })
    }
}
