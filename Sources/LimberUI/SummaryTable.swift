import LimberCore

/// `limber summary` as a readable table with a bar per day: standing and moving against the
/// day's goal, drawn with the app's bar glyphs (ASCII in a C locale).
enum SummaryTable {
    static let header = ["DATE", "SITTING", "STANDING", "MOVING", "AWAY", "BREAKS", "SKIPPED", "NATURAL", "EARLY",
                         "LONGEST SITTING", "EXERCISES", "ON YOUR FEET"]

    static func text(_ days: [DayTotals], goal: Double, names: [String: String], glyphs: Glyphs) -> String {
        let rows = days.map { day -> [String] in
            let feet = day.standingSeconds + day.breakSeconds
            return [
                day.day.description, DurationText.total(day.sittingSeconds), DurationText.total(day.standingSeconds),
                DurationText.total(day.breakSeconds), DurationText.total(day.awaySeconds),
                "\(day.breaksTaken)/\(day.breaksDue)", "\(day.breaksSkipped)", "\(day.naturalAfterPrompt)",
                "\(day.breaksEarly)", DurationText.total(day.longestSittingSeconds), "\(day.exercisesDoneCount)",
                bar(feet, goal: goal, glyphs: glyphs),
            ]
        }
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let lines = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
        var notes = [
            "BREAKS: prompts answered with a break / prompts that ended (taken + skipped + natural).",
            "NATURAL: prompts ended by time away, a long pause or a change of posture. EARLY: breaks before a prompt.",
            "ON YOUR FEET: standing and moving against the goal of \(DurationText.total(goal)) a day.",
        ]
        for day in days where !day.exercisesDone.isEmpty || !day.exercisesPartial.isEmpty {
            let done = day.exercisesDone.map { (name: printable(names[$0.key] ?? $0.key, glyphs), count: $0.value) }
                .sorted { $0.name < $1.name }.map { "\($0.name) \(glyphs.times)\($0.count)" }
            let partial = day.exercisesPartialCount
            let areas = day.areaCounts.keys.sorted().map(\.title)
            var note = "\(day.day): " + done.joined(separator: ", ")
            if partial > 0 { note += (done.isEmpty ? "" : "; ") + "\(partial) in part" }
            if !areas.isEmpty { note += "; worked \(areas.joined(separator: ", "))" }
            notes.append(note)
        }
        return lines.joined(separator: "\n") + "\n\n" + notes.joined(separator: "\n")
    }

    /// A name from an exercise file, safe to print: control characters (and, in ASCII mode,
    /// anything not ASCII) become `?`.
    static func printable(_ text: String, _ glyphs: Glyphs) -> String {
        let ascii = glyphs.halfBlocks == nil
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            let control = scalar.value < 32 || (127..<160).contains(scalar.value)
            return control || (ascii && !scalar.isASCII) ? "?" : scalar
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `████████░░░░ 1h30m` : filled up to the goal, in 20 steps.
    static func bar(_ seconds: Double, goal: Double, glyphs: Glyphs) -> String {
        let steps = 20
        let ratio = goal > 0 ? seconds / goal : 0
        let fraction = ratio.isFinite ? min(1, max(0, ratio)) : 0
        let filled = Int((fraction * Double(steps)).rounded(.down))
        return String(repeating: String(glyphs.barFull), count: filled)
            + String(repeating: String(glyphs.barEmpty), count: steps - filled)
            + " " + DurationText.total(seconds)
    }
}
