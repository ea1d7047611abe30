import LimberCore

/// `limber summary` output: JSON, CSV or a text table. Seconds are whole numbers, rounded to
/// the nearest; the text table rounds the same way (see `DurationText.total`).
public enum SummaryFormat: String, CaseIterable, Sendable {
    case text, json, csv

    /// The scalar columns, in the documented order (CSV header and JSON keys). Columns added
    /// later go at the end, so scripts that read CSV by position keep working.
    public static let columns = [
        "date", "sitting_seconds", "standing_seconds", "break_seconds", "paused_seconds", "away_seconds",
        "breaks_due", "breaks_taken", "breaks_skipped", "snoozes", "natural_breaks", "longest_sitting_seconds",
        "long_sitting_stretches", "posture_changes",
        "breaks_early", "natural_after_prompt", "breaks_ended_early",
        "exercises_done", "exercises_partial", "exercises_skipped", "presence_corrections",
    ]

    /// - Parameters:
    ///   - names: exercise id → name, for the text table (JSON and CSV keep the ids).
    ///   - glyphs: the text table's bar and signs; ASCII when the locale is not UTF-8.
    public func render(_ days: [DayTotals], goal: Double, names: [String: String], glyphs: Glyphs) -> String {
        switch self {
        case .json: Self.jsonText(days)
        case .csv: Self.csvText(days)
        case .text: SummaryTable.text(days, goal: goal, names: names, glyphs: glyphs)
        }
    }

    static func values(_ day: DayTotals) -> [String] {
        let seconds = { (value: Double) in String(Int(saturating: value.rounded())) }
        return [
            day.day.description, seconds(day.sittingSeconds), seconds(day.standingSeconds), seconds(day.breakSeconds),
            seconds(day.pausedSeconds), seconds(day.awaySeconds), "\(day.breaksDue)", "\(day.breaksTaken)",
            "\(day.breaksSkipped)", "\(day.snoozes)", "\(day.naturalBreaks)", seconds(day.longestSittingSeconds),
            "\(day.longSittingStretches)", "\(day.postureChanges)",
            "\(day.breaksEarly)", "\(day.naturalAfterPrompt)", "\(day.breaksEndedEarly)",
            "\(day.exercisesDoneCount)", "\(day.exercisesPartialCount)", "\(day.exercisesSkipped)", "\(day.presenceCorrections)",
        ]
    }

    public static func jsonText(_ days: [DayTotals]) -> String {
        let objects = days.map { day -> String in
            let values = Self.values(day)
            var fields = zip(columns, values).map { key, value in
                key == "date" ? "\"\(key)\": \"\(value)\"" : "\"\(key)\": \(value)"
            }
            let exercises = day.exercisesDone.sorted { $0.key < $1.key }
                .map { "\"\(escape($0.key))\": \($0.value)" }.joined(separator: ", ")
            fields.append("\"exercises\": {\(exercises)}")
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "" : "\n") + "]"
    }

    public static func csvText(_ days: [DayTotals]) -> String {
        ([columns.joined(separator: ",")] + days.map { values($0).joined(separator: ",") }).joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
    }
}
