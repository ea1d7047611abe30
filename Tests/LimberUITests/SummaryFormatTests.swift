import Foundation
import LimberCore
import Testing
@testable import LimberUI

/// `limber summary` output (JSON, CSV, the text table) and `limber status` lines.
@Suite struct SummaryFormatTests {
    static let day1 = LocalDay(year: 2026, month: 11, day: 26)
    static let day2 = LocalDay(year: 2026, month: 11, day: 27)

    @Test func exactJSONAndCSV() {
        var day = DayTotals(day: Self.day2)
        day.sittingSeconds = 3600.4
        day.standingSeconds = 1800
        day.breakSeconds = 240
        day.breaksDue = 2
        day.breaksTaken = 1
        day.naturalAfterPrompt = 1
        day.naturalBreaks = 1
        day.breaksEarly = 3
        day.exercisesDone = ["walk": 1, "cat-cow": 2]
        day.exercisesPartial = ["bird-dog": 1]
        day.presenceCorrections = 1
        let empty = DayTotals(day: Self.day1)
        #expect(SummaryFormat.jsonText([empty, day]) == """
        [
          {"date": "2026-11-26", "sitting_seconds": 0, "standing_seconds": 0, "break_seconds": 0, "paused_seconds": 0, "away_seconds": 0, "breaks_due": 0, "breaks_taken": 0, "breaks_skipped": 0, "snoozes": 0, "natural_breaks": 0, "longest_sitting_seconds": 0, "long_sitting_stretches": 0, "posture_changes": 0, "breaks_early": 0, "natural_after_prompt": 0, "breaks_ended_early": 0, "exercises_done": 0, "exercises_partial": 0, "exercises_skipped": 0, "presence_corrections": 0, "exercises": {}},
          {"date": "2026-11-27", "sitting_seconds": 3600, "standing_seconds": 1800, "break_seconds": 240, "paused_seconds": 0, "away_seconds": 0, "breaks_due": 2, "breaks_taken": 1, "breaks_skipped": 0, "snoozes": 0, "natural_breaks": 1, "longest_sitting_seconds": 0, "long_sitting_stretches": 0, "posture_changes": 0, "breaks_early": 3, "natural_after_prompt": 1, "breaks_ended_early": 0, "exercises_done": 3, "exercises_partial": 1, "exercises_skipped": 0, "presence_corrections": 1, "exercises": {"cat-cow": 2, "walk": 1}}
        ]
        """)
        #expect(SummaryFormat.csvText([day]) == """
        date,sitting_seconds,standing_seconds,break_seconds,paused_seconds,away_seconds,breaks_due,breaks_taken,breaks_skipped,snoozes,natural_breaks,longest_sitting_seconds,long_sitting_stretches,posture_changes,breaks_early,natural_after_prompt,breaks_ended_early,exercises_done,exercises_partial,exercises_skipped,presence_corrections
        2026-11-27,3600,1800,240,0,0,2,1,0,0,1,0,0,0,3,1,0,3,1,0,1
        """)
    }

    @Test func theJSONParses() throws {
        var day = DayTotals(day: Self.day2)
        day.exercisesDone = ["a\"b": 1]
        let parsed = try JSONSerialization.jsonObject(with: Data(SummaryFormat.jsonText([day]).utf8)) as? [[String: Any]]
        #expect(parsed?.first?["date"] as? String == "2026-11-27")
        #expect((parsed?.first?["exercises"] as? [String: Int])?["a\"b"] == 1)
        #expect(parsed?.first?["breaks_early"] as? Int == 0)
    }

    static func sample() -> DayTotals {
        var day = DayTotals(day: Self.day2)
        day.sittingSeconds = 4499.99
        day.standingSeconds = 45
        day.breakSeconds = 600
        day.breaksDue = 3
        day.breaksTaken = 2
        day.breaksSkipped = 1
        day.breaksEarly = 1
        day.exercisesDone = ["cat-cow": 2, "walk": 1]
        return day
    }

    @Test func theTextTableNamesColumnsAndExercisesAndRoundsAsJSONDoes() {
        let text = SummaryFormat.text.render([Self.sample()], goal: 7200, names: ["cat-cow": "Cat-cow", "walk": "Stand up and walk"],
                                             glyphs: .unicode)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("DATE        SITTING  STANDING  MOVING  AWAY  BREAKS  SKIPPED  NATURAL  EARLY"))
        #expect(!text.contains("SAT"))
        // JSON says 4500 and 45: the table says 1h15m (not 1h14m) and 45s (not 0m).
        #expect(Self.sample().csvRow.split(separator: ",")[1] == "4500")
        #expect(lines[1].hasPrefix("2026-11-27  1h15m    45s       10m     0s    2/3     1        0        1"))
        #expect(lines[1].hasSuffix("█░░░░░░░░░░░░░░░░░░░ 11m")) // 645 s of 2 h
        #expect(text.contains("2026-11-27: Cat-cow ×2, Stand up and walk ×1"))
        #expect(!text.contains("cat-cow"))
    }

    @Test func theTextTableIsASCIIInACLocale() {
        let text = SummaryFormat.text.render([Self.sample()], goal: 7200, names: ["cat-cow": "Cät\u{1B}[2J"], glyphs: .ascii)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "\n" || $0.value >= 32) })
        #expect(text.contains("#................... 11m"))
        #expect(text.contains("C?t?[2J x2"))
    }

    /// Out-of-range seconds (a damaged history) print as something, and never trap.
    @Test func hugeAndNonFiniteSecondsDoNotTrap() {
        var day = DayTotals(day: Self.day2)
        day.sittingSeconds = .infinity
        day.standingSeconds = 1e300
        day.breakSeconds = .nan
        for format in SummaryFormat.allCases {
            #expect(!format.render([day], goal: 7200, names: [:], glyphs: .unicode).isEmpty)
        }
        #expect(!SummaryFormat.text.render([day], goal: .nan, names: [:], glyphs: .ascii).isEmpty)
    }

}
