import LimberCore

/// Today's totals as one or two short lines, shortened to fit narrow panes.
enum TodayText {
    static func time(_ today: DayTotals, width: Int, glyphs: Glyphs) -> String {
        let parts = [
            // Whole minutes, from the first one on: a figure in seconds would repaint every second.
            "sat \(DurationText.minutes(today.sittingSeconds))",
            "stood \(DurationText.minutes(today.standingSeconds))",
            "moved \(DurationText.minutes(today.breakSeconds))",
        ]
        return fit(prefix: "Today: ", parts, width: width, separator: glyphs.separator)
    }

    static func breaks(_ today: DayTotals, width: Int, glyphs: Glyphs) -> String {
        let exercises = today.exercisesDoneCount
        let breaks = today.breaksStarted
        let parts = [
            Plural.count(breaks, "break"),
            "\(today.breaksSkipped) skipped",
            Plural.count(today.snoozes, "snooze"),
            Plural.count(exercises, "exercise"),
        ]
        return fit(prefix: "", parts, width: width, separator: glyphs.separator)
    }

    private static func fit(prefix: String, _ parts: [String], width: Int, separator: String) -> String {
        let full = prefix + parts.joined(separator: separator)
        if full.count <= width { return full }
        return KeyHints.fit(parts, width: width, separator: separator)
    }
}
