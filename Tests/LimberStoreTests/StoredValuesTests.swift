import Foundation
import LimberCore
import LimberTestSupport
import Testing
@testable import LimberStore

/// A valid database holding values limber never writes (edited by hand, damaged): each bad
/// row is skipped with one warning, the good rows are read, and nothing traps.
@Suite struct StoredValuesTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let days = CalendarDays(Timeline.utc)

    /// A history with two good rows in each table and a good session.
    static func history() throws -> TempFolder {
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path, days: days)
        try store.write(events: [HistoryEvent(at: t0, kind: .posture, posture: .standing),
                                 HistoryEvent(at: t0 + 60, kind: .posture, posture: .sitting)],
                        spans: [Span(activity: .sitting, start: t0 - 60, seconds: 60), Span(activity: .standing, start: t0, seconds: 60)],
                        session: SessionSnapshot(pid: 7, updated: t0 + 60, state: .working, posture: .sitting, stretchSeconds: 30,
                                                 interval: 2700, breakRemaining: nil,
                                                 openSpan: Span(activity: .sitting, start: t0 + 60, seconds: 5), running: true))
        return folder
    }

    static func edit(_ folder: TempFolder, _ sql: String) throws {
        try Database(path: folder.file("limber.db"), create: false).execute(sql)
    }

    @Test(arguments: [
        "stretch_seconds = 1e300", "stretch_seconds = -1", "stretch_seconds = 9e999", "interval = -2700", "interval = 0",
        "interval = 1e300", "updated = 1e300", "updated = -5", "updated = 9e999", "pid = 0", "pid = 9223372036854775807",
        "state = 'flying'", "posture = 'lying'", "break_remaining = -1e300", "open_seconds = 1e300", "open_start = -1e18",
        "open_activity = 'dancing'", "open_seconds = NULL", "running = 2", "stretch_seconds = 'many'",
    ])
    func aBadSessionIsNotTrusted(change: String) throws {
        let folder = try Self.history()
        try Self.edit(folder, "UPDATE session SET \(change)")
        for readOnly in [true, false] {
            let store = try HistoryStore(folder: folder.path, readOnly: readOnly, days: Self.days)
            #expect(try store.session() == nil)
            let warning = try #require(store.takeWarning())
            #expect(warning.hasPrefix("ignored 1 history row with impossible values (session) in \(folder.file("limber.db"))"))
            #expect(store.takeWarning() == nil, "the warning is given once")
        }
    }

    @Test(arguments: ["seconds = 1e300", "seconds = -60", "seconds = 9e999", "start = 1e300", "start = -1", "activity = 'flying'",
                      "seconds = 'long'"])
    func aBadSpanIsSkipped(change: String) throws {
        let folder = try Self.history()
        try Self.edit(folder, "UPDATE spans SET \(change) WHERE activity = 'standing'")
        let store = try HistoryStore(folder: folder.path, readOnly: true, days: Self.days)
        let spans = try store.spans(from: Self.t0 - 3600, to: Self.t0 + 3600)
        #expect(spans == [Span(activity: .sitting, start: Self.t0 - 60, seconds: 60)])
        // A start out of range is outside every query's window: never read, nothing to warn of.
        if !change.hasPrefix("start") { #expect(store.takeWarning()?.contains("(spans)") == true) }
    }

    @Test(arguments: ["at = 1e300", "kind = 'teleport'", "posture = 'lying'", "seconds = -1", "seconds = 1e300", "seconds = 9e999"])
    func aBadEventIsSkipped(change: String) throws {
        let folder = try Self.history()
        try Self.edit(folder, "UPDATE events SET \(change) WHERE posture = 'standing'")
        let store = try HistoryStore(folder: folder.path, readOnly: true, days: Self.days)
        let events = try store.events(from: Self.t0 - 3600, to: Self.t0 + 3600)
        #expect(events.map(\.posture) == [.sitting])
    }

    @Test(arguments: ["count = 9223372036854775807", "count = -1", "count = 0", "count = 1e300", "count = 2.5",
                      "max_seconds = 1e300", "max_seconds = -1", "kind = 'teleport'", "posture = 'lying'"])
    func aBadDayCountIsSkippedAndTheTotalsStillAddUp(change: String) throws {
        let folder = try Self.history()
        try Self.edit(folder, "UPDATE day_counts SET \(change) WHERE posture = 'standing'")
        // One more row for the same day, so a sum over the day would overflow with INT64_MAX.
        try Self.edit(folder, "INSERT INTO day_counts VALUES ('\(Self.days.day(of: Self.t0))', 'due', '', '', '', 3, 0)")
        let store = try HistoryStore(folder: folder.path, readOnly: true, days: Self.days)
        let day = Self.days.day(of: Self.t0)
        let counts = try store.eventCounts(from: day, through: day)
        #expect(counts.map(\.count).sorted() == [1, 3])
        let totals = SummaryBuilder(days: Self.days).totals(from: day, through: day,
                                                              spans: try store.spans(from: Self.t0 - 86_400, to: Self.t0 + 86_400),
                                                              counts: counts)
        #expect(totals.count == 1)
        #expect(store.takeWarning()?.contains("(day_counts)") == true)
    }

    @Test func manyBadRowsGiveOneWarningThatCountsThem() throws {
        let folder = try Self.history()
        try Self.edit(folder, "UPDATE spans SET seconds = 1e300; UPDATE events SET at = 1e300 WHERE posture = 'standing';")
        let store = try HistoryStore(folder: folder.path, readOnly: true, days: Self.days)
        _ = try store.spans(from: Self.t0 - 3600, to: Self.t0 + 3600)
        _ = try store.lastRoutine()
        let warning = try #require(store.takeWarning())
        #expect(warning.hasPrefix("ignored 2 history rows with impossible values (spans) in "))
        _ = try store.spans(from: Self.t0 - 3600, to: Self.t0 + 3600)
        #expect(store.takeWarning() == nil)
    }

    @Test func aHugeLastBreakTimeIsIgnored() throws {
        let folder = try Self.history()
        try Self.edit(folder, "INSERT INTO events (at, kind) VALUES (9e999, 'break_start')")
        let store = try HistoryStore(folder: folder.path, readOnly: true, days: Self.days)
        #expect(try store.lastRoutine() == [])
        #expect(store.takeWarning() != nil)
    }

    @Test func conversionsNeverTrap() {
        for value in [Database.Value.real(1e300), .real(-1e300), .real(.nan), .real(.infinity), .real(2.5)] {
            #expect(value.int == nil)
            #expect(value.int(in: 0...10) == nil)
        }
        #expect(Database.Value.real(.infinity).double(in: 0...1e9) == nil)
        #expect(Database.Value.real(.nan).double(in: 0...1e9) == nil)
        #expect(Database.Value.integer(.max).int(in: 1...1_000_000) == nil)
        #expect(Database.Value.real(3).int(in: 1...10) == 3)
    }
}
