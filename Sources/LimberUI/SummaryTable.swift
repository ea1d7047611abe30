import LimberCore

/// `limber summary` as a readable table with a bar per day: sitting `#`/█, standing and
/// moving `+`/▒, set against the day's goal for standing and moving.
enum SummaryTable {
    static func text(_ days: [DayTotals], goal: Double) -> String {
        let header = ["DATE", "SAT", "STOOD", "MOVED", "AWAY", "BREAKS", "SKIPPED", "LONGEST SIT", "EXERCISES", "ON YOUR FEET"]
        let rows = days.map { day -> [String] in
            let feet = day.standingSeconds + day.breakSeconds
            return [
                day.day.description, DurationText.minutes(day.sittingSeconds), DurationText.minutes(day.standingSeconds),
                DurationText.minutes(day.breakSeconds), DurationText.minutes(day.awaySeconds),
                "\(day.breaksTaken)/\(day.breaksDue)", "\(day.breaksSkipped)", DurationText.minutes(day.longestSittingSeconds),
                "\(day.exercisesDone.values.reduce(0, +))", bar(feet, goal: goal),
            ]
        }
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let lines = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
        var notes = ["ON YOUR FEET: standing and moving against the goal of \(DurationText.minutes(goal)) a day."]
        for day in days where !day.exercisesDone.isEmpty || !day.exercisesPartial.isEmpty {
            let done = day.exercisesDone.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
            let partial = day.exercisesPartial.values.reduce(0, +)
            let areas = day.areaCounts.keys.sorted().map(\.title)
            var note = "\(day.day): " + done.joined(separator: ", ")
            if partial > 0 { note += (done.isEmpty ? "" : "; ") + "\(partial) in part" }
            if !areas.isEmpty { note += "; worked \(areas.joined(separator: ", "))" }
            notes.append(note)
        }
        return lines.joined(separator: "\n") + "\n\n" + notes.joined(separator: "\n")
    }

    /// `########------ 1h30m` : filled up to the goal, in 20 steps.
    static func bar(_ seconds: Double, goal: Double) -> String {
        let steps = 20
        let filled = goal > 0 ? max(0, min(steps, Int(saturating: (seconds / goal * Double(steps)).rounded(.down)))) : 0
        return String(repeating: "#", count: filled) + String(repeating: "-", count: steps - filled)
            + " " + DurationText.minutes(seconds)
    }
}
