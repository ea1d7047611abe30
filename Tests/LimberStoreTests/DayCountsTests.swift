import Foundation
import LimberCore
import LimberTestSupport
import Testing
@testable import LimberStore

/// The per-day counts kept at write time agree with counting the raw events.
@Suite struct DayCountsTests {
    static let days = SystemDayClock()
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    static func events() -> [HistoryEvent] {
        (0..<400).map { i in
            let kinds: [HistoryEvent.Kind] = [.due, .snooze, .exercise, .stretchEnd, .posture, .breakEnd, .skip]
            let kind = kinds[i % kinds.count]
            return HistoryEvent(at: t0 + Double(i) * 1300, kind: kind, posture: i % 2 == 0 ? .sitting : .standing,
                                seconds: Double(i * 17 % 4000), name: kind == .exercise ? (i % 3 == 0 ? "walk" : "cat-cow") : nil,
                                result: kind == .exercise ? (i % 4 == 0 ? "partial" : "done") : (kind == .stretchEnd && i % 5 == 0 ? "long" : (kind == .breakEnd ? "early" : nil)))
        }
    }

    @Test func countsMatchTheRawEventsDayByDay() throws {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path)
        let events = Self.events()
        for chunk in stride(from: 0, to: events.count, by: 50) {
            try store.write(events: Array(events[chunk..<min(chunk + 50, events.count)]), spans: [], session: nil)
        }
        let first = Self.days.day(of: Self.t0), last = Self.days.day(of: events.last!.at)
        let builder = SummaryBuilder(days: Self.days)
        let fromEvents = builder.totals(from: first, through: last, spans: [], events: events)
        let fromCounts = builder.totals(from: first, through: last, spans: [],
                                        counts: try store.eventCounts(from: first, through: last))
        #expect(fromEvents.count >= 6)
        #expect(fromEvents == fromCounts)
    }

    @Test func aVersionOneHistoryIsMigratedAndBackfilled() throws {
        let folder = TempFolder()
        let old = try Database(path: folder.file("limber.db"), create: true)
        try old.execute(Schema.migrations[0])
        try old.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = 1;")
        try old.run("INSERT INTO events (at, kind) VALUES (?, 'due'), (?, 'due')",
                    [.real(Self.t0.timeIntervalSince1970), .real(Self.t0.timeIntervalSince1970 + 60)])
        let store = try HistoryStore(folder: folder.path)
        let day = Self.days.day(of: Self.t0)
        #expect(try store.eventCounts(from: day, through: day).map(\.count) == [2])
        #expect(try #require(store.database).query("PRAGMA user_version").first?.first?.int == Schema.version)
    }
}
