import Foundation
import LimberCore
import LimberTestSupport
import Testing
@testable import LimberStore

/// Writes that fail at any point (creating the schema, the first write, a heartbeat) keep the
/// entries in memory, and once writing works again nothing is lost. As root every file is
/// writable, so the failures are injected: a connection that SQLite opens read-only is exactly
/// what a write-protected `limber.db` gives.
@Suite struct WriteFailureTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let days = CalendarDays(Timeline.utc)

    /// Makes every read-write open read-only while `failing` is true.
    final class Fault: @unchecked Sendable {
        var failing = true

        func connect(_ path: String, _ mode: Database.Mode) throws -> Database {
            if failing, case .readWrite = mode { return try Database(path: path, mode: .readOnly) }
            return try Database(path: path, mode: mode)
        }
    }

    @Test func aReadOnlyHistoryIsReadButNotWrittenAndLeftByteForByte() throws {
        let folder = TempFolder()
        let first = try HistoryStore(folder: folder.path, days: Self.days)
        try first.write(events: [HistoryEvent(at: Self.t0, kind: .start)], spans: [], session: nil)
        let before = folder.bytes("limber.db")
        let fault = Fault()
        let store = try HistoryStore(folder: folder.path, days: Self.days, connect: fault.connect)
        #expect(try store.events(from: Self.t0, to: Self.t0 + 1).count == 1)
        #expect(throws: StoreError.write("\(folder.file("limber.db")) is read-only")) {
            try store.write(events: [HistoryEvent(at: Self.t0 + 1, kind: .quit)], spans: [], session: nil)
        }
        #expect(folder.bytes("limber.db") == before)
        fault.failing = false
        try store.write(events: [HistoryEvent(at: Self.t0 + 1, kind: .quit)], spans: [], session: nil)
        #expect(try store.events(from: Self.t0, to: Self.t0 + 2).map(\.kind) == [.start, .quit])
    }

    @Test func aSchemaThatCannotBeCreatedIsCreatedWithTheNextWrite() throws {
        let folder = TempFolder()
        let fault = Fault()
        let store = try HistoryStore(folder: folder.path, days: Self.days, connect: fault.connect)
        #expect(try store.session() == nil)
        #expect(try store.lastRoutine() == [])
        #expect(throws: StoreError.self) {
            try store.write(events: [HistoryEvent(at: Self.t0, kind: .start)], spans: [], session: nil)
        }
        fault.failing = false
        try store.write(events: [HistoryEvent(at: Self.t0, kind: .start)], spans: [], session: nil)
        let reader = try HistoryStore(folder: folder.path, readOnly: true, days: Self.days)
        #expect(try reader.events(from: Self.t0, to: Self.t0 + 1).count == 1)
    }

    /// The recorder between the engine and a store that refuses writes from the start.
    @Test func theRecorderLosesNothingWhileWritesFail() throws {
        let folder = TempFolder()
        let fault = Fault()
        let recorder = HistoryRecorder(store: try HistoryStore(folder: folder.path, days: Self.days, connect: fault.connect))
        var engine = TimerEngine(settings: TimerSettings(), posture: .sitting, at: Self.moment(0), days: Self.days)
        recorder.record(engine.startEffects(), state: engine.state, at: Self.moment(0))
        #expect(recorder.warning?.hasPrefix("history not saved: ") == true)
        for step in 1...5 {
            recorder.record(engine.handle(.togglePosture, at: Self.moment(Double(step) * 10)), state: engine.state,
                            at: Self.moment(Double(step) * 10))
        }
        #expect(recorder.warning != nil)
        fault.failing = false
        recorder.record(engine.handle(.togglePosture, at: Self.moment(60)), state: engine.state, at: Self.moment(60))
        #expect(recorder.warning == nil)
        try Self.expectStored(folder, postureChanges: 6, spans: 6)
    }

    /// Writing works, then fails at a heartbeat (the file became read-only under limber),
    /// then works again.
    @Test func aHeartbeatThatFailsIsRetriedAndNothingIsLost() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path, days: Self.days)
        let recorder = HistoryRecorder(store: store)
        var engine = TimerEngine(settings: TimerSettings(), posture: .sitting, at: Self.moment(0), days: Self.days)
        recorder.record(engine.startEffects(), state: engine.state, at: Self.moment(0))
        #expect(recorder.warning == nil)
        let database = try #require(store.database)
        try database.execute("PRAGMA query_only = ON")
        recorder.record(engine.handle(.togglePosture, at: Self.moment(10)), state: engine.state, at: Self.moment(10))
        recorder.record(engine.handle(.tick, at: Self.moment(80)), state: engine.state, at: Self.moment(80))
        #expect(recorder.warning?.contains("readonly") == true)
        try database.execute("PRAGMA query_only = OFF")
        // A plain tick between heartbeats does not retry; the heartbeat does.
        recorder.record(engine.handle(.tick, at: Self.moment(81)), state: engine.state, at: Self.moment(81))
        #expect(recorder.warning != nil)
        recorder.record(engine.handle(.tick, at: Self.moment(141)), state: engine.state, at: Self.moment(141))
        #expect(recorder.warning == nil)
        try Self.expectStored(folder, postureChanges: 1, spans: 1)
    }

    static func moment(_ seconds: Double) -> Moment {
        Moment(uptime: 1000 + seconds, wall: t0 + seconds)
    }

    static func expectStored(_ folder: TempFolder, postureChanges: Int, spans: Int,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reader = try HistoryStore(folder: folder.path, readOnly: true, days: days)
        let events = try reader.events(from: t0 - 1, to: t0 + 3600)
        #expect(events.first?.kind == .start, sourceLocation: sourceLocation)
        #expect(events.filter { $0.kind == .posture }.count == postureChanges, sourceLocation: sourceLocation)
        #expect(try reader.spans(from: t0 - 1, to: t0 + 3600).count == spans, sourceLocation: sourceLocation)
        #expect(try reader.session()?.running == true, sourceLocation: sourceLocation)
    }
}
