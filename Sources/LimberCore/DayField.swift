/// One column of `limber summary --format json` and `csv`: its key (the CSV header and the
/// JSON key are the same name) and its value. `DayField.all` is the one table both are
/// written from; columns added later go at the end, so scripts that read CSV by position keep
/// working. Seconds are whole numbers, rounded to the nearest.
public struct DayField: Sendable {
    public let key: String
    let value: @Sendable (DayTotals) -> JSONValue

    static func seconds(_ key: String, _ value: @escaping @Sendable (DayTotals) -> Double) -> DayField {
        DayField(key: key) { .integer(Int(saturating: value($0).rounded())) }
    }

    static func count(_ key: String, _ value: @escaping @Sendable (DayTotals) -> Int) -> DayField {
        DayField(key: key) { .integer(value($0)) }
    }

    public static let all: [DayField] = [
        DayField(key: "date") { .string($0.day.description) },
        .seconds("sitting_seconds") { $0.sittingSeconds },
        .seconds("standing_seconds") { $0.standingSeconds },
        .seconds("break_seconds") { $0.breakSeconds },
        .seconds("paused_seconds") { $0.pausedSeconds },
        .seconds("away_seconds") { $0.awaySeconds },
        .count("breaks_due") { $0.breaksDue },
        .count("breaks_taken") { $0.breaksTaken },
        .count("breaks_skipped") { $0.breaksSkipped },
        .count("snoozes") { $0.snoozes },
        .count("natural_breaks") { $0.naturalBreaks },
        .seconds("longest_sitting_seconds") { $0.longestSittingSeconds },
        .count("long_sitting_stretches") { $0.longSittingStretches },
        .count("posture_changes") { $0.postureChanges },
        .count("breaks_early") { $0.breaksEarly },
        .count("natural_after_prompt") { $0.naturalAfterPrompt },
        .count("breaks_ended_early") { $0.breaksEndedEarly },
        .count("exercises_done") { $0.exercisesDoneCount },
        .count("exercises_partial") { $0.exercisesPartialCount },
        .count("exercises_skipped") { $0.exercisesSkipped },
        .count("presence_corrections") { $0.presenceCorrections },
    ]
}

extension DayTotals {
    /// The day as `summary --format json` writes it: every column, then the exercises done by id.
    public var jsonObject: JSONValue {
        let exercises = exercisesDone.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.integer($0.value)) }
        return .object(DayField.all.map { ($0.key, $0.value(self)) } + [("exercises", .object(exercises))])
    }

    /// The day as one CSV row, in the columns' order. No value holds a comma or a quote.
    public var csvRow: String {
        DayField.all.map { field in
            if case .string(let text) = field.value(self) { return text }
            return field.value(self).text()
        }.joined(separator: ",")
    }
}
