import Foundation
import LimberClock
import LimberCore
import LimberTestSupport
import Testing
@testable import LimberStore

/// The per-day counts kept at write time agree with counting the raw events, in pinned zones
/// and across both DST changes (the CI machine's zone is UTC, which has none).
@Suite struct DayCountsTests {
    /// Zones and a week that holds a DST change in each.
    static let weeks: [(zone: String, start: String)] = [
        ("Europe/Berlin", "2026-03-26T00:00:00Z"), ("Europe/Berlin", "2026-10-22T00:00:00Z"),
        ("America/Santiago", "2026-04-02T00:00:00Z"), ("America/Santiago", "2026-09-03T00:00:00Z"),
        ("Australia/Lord_Howe", "2026-04-02T00:00:00Z"), ("Australia/Lord_Howe", "2026-10-01T00:00:00Z"),
    ]

    static func events(from t0: Date) -> [HistoryEvent] {
        (0..<400).map { i in
            let kinds: [HistoryEvent.Kind] = [.due, .snooze, .exercise, .stretchEnd, .posture, .breakEnd, .skip, .naturalBreak]
            let kind = kinds[i % kinds.count]
            let result: HistoryEvent.Result? = switch kind {
            case .exercise: i % 4 == 0 ? .partial : .done
            case .stretchEnd: i % 5 == 0 ? .long : nil
            case .breakEnd: i % 3 == 0 ? .away : .early
            case .naturalBreak: i % 2 == 0 ? .afterPrompt : nil
            default: nil
            }
            return HistoryEvent(at: t0 + Double(i) * 1300, kind: kind, posture: i % 2 == 0 ? .sitting : .standing,
                                seconds: Double(i * 17 % 4000), name: kind == .exercise ? (i % 3 == 0 ? "walk" : "cat-cow") : nil,
                                result: result)
        }
    }

    @Test(arguments: weeks)
    func countsMatchTheRawEventsDayByDay(zone: String, start: String) throws {
        let days = SystemDayClock(zone: zone)
        let t0 = try #require(ISO8601DateFormatter().date(from: start))
        let folder = TempFolder()
        let store = try HistoryStore(folder: folder.path, days: days)
        let events = Self.events(from: t0)
        for chunk in stride(from: 0, to: events.count, by: 50) {
            try store.write(events: Array(events[chunk..<min(chunk + 50, events.count)]), spans: [], session: nil)
        }
        let first = days.day(of: t0), last = days.day(of: events.last!.at)
        let builder = SummaryBuilder(days: days)
        let fromEvents = builder.totals(from: first, through: last, spans: [], events: events)
        let fromCounts = builder.totals(from: first, through: last, spans: [],
                                        counts: try store.eventCounts(from: first, through: last))
        #expect(fromEvents.count >= 6)
        #expect(fromEvents == fromCounts)
        // Each day's counts are the events that fall in it by the zone's own calendar.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        let reference = CalendarDays(calendar)
        for totals in fromEvents {
            let skips = events.filter { $0.kind == .skip && reference.day(of: $0.at) == totals.day }.count
            #expect(totals.breaksSkipped == skips, "\(zone) \(totals.day)")
        }
    }

    @Test func aVersionOneHistoryIsMigratedAndBackfilled() throws {
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        let folder = TempFolder()
        let old = try Database(path: folder.file("limber.db"), create: true)
        try old.execute(Schema.migrations[0])
        try old.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = 1;")
        try old.run("INSERT INTO events (at, kind) VALUES (?, 'skip'), (?, 'skip')",
                    [.real(t0.timeIntervalSince1970), .real(t0.timeIntervalSince1970 + 60)])
        let store = try HistoryStore(folder: folder.path)
        let day = SystemDayClock().day(of: t0)
        #expect(try store.eventCounts(from: day, through: day).map(\.count) == [2])
        #expect(try #require(store.database).query("PRAGMA user_version").first?.first?.int == Schema.version)
    }

    /// Natural breaks stored before prompts were counted at their end learn whether they ended
    /// one, so old days add up too: taken + skipped + natural after a prompt = due.
    @Test func aVersionTwoHistoryLearnsWhichNaturalBreaksEndedAPrompt() throws {
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        let folder = TempFolder()
        let old = try Database(path: folder.file("limber.db"), create: true)
        for migration in Schema.migrations[0..<2] { try old.execute(migration) }
        try old.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = 2;")
        let kinds = ["due", "snooze", "away", "stretch_end", "natural_break", // a prompt ended by time away
                     "natural_break",                                         // away again, no prompt
                     "due", "skip", "natural_break",                          // skipped, then away
                     "due", "quit", "away", "stretch_end", "natural_break", "start", // quit while due, back late
                     "due", "break_start"]
        for (i, kind) in kinds.enumerated() {
            try old.run("INSERT INTO events (at, kind) VALUES (?, ?)", [.real(t0.timeIntervalSince1970 + Double(i) * 60), .text(kind)])
        }
        try old.run("""
            INSERT INTO day_counts (day, kind, posture, name, result, count, max_seconds)
            SELECT date(at, 'unixepoch', 'localtime'), kind, '', '', '', count(*), 0 FROM events GROUP BY 1, 2
            """)
        let store = try HistoryStore(folder: folder.path)
        let results = try store.events(from: t0 - 1, to: t0 + 3600).filter { $0.kind == .naturalBreak }.map(\.result)
        #expect(results == [.afterPrompt, nil, nil, .afterPrompt])
        let day = SystemDayClock().day(of: t0)
        let totals = SummaryBuilder(days: SystemDayClock())
            .totals(from: day, through: day, spans: [], counts: try store.eventCounts(from: day, through: day))[0]
        #expect(totals.naturalBreaks == 4 && totals.naturalAfterPrompt == 2)
        #expect(totals.breaksDue == 4 && totals.breaksSkipped == 1 && totals.breaksTaken == 1)
    }
}
