import LimberCore

/// The `d` screen: a day's totals, its hour-by-hour strip, the week as bars, the exercises
/// done, and standing-and-moving time against the daily goal.
public enum SummaryScreen {
    public static func render(_ model: SummaryModel, _ context: ScreenContext) -> Canvas {
        var canvas = Canvas(context.size)
        guard canvas.width >= Screen.minimumSize.width, canvas.height >= Screen.minimumSize.height else {
            canvas.put("summary " + model.day.day.description, x: 0, y: 0, style: .strong)
            canvas.put("enlarge pane", x: 0, y: 1, style: .faint)
            return canvas
        }
        let title = " Summary" + context.glyphs.separator + "\(model.day.day)" + (model.isToday ? " (today)" : "")
        canvas.put(title, x: 0, y: 0, style: .strong)
        canvas.put(String(repeating: String(context.glyphs.rule), count: canvas.width), x: 0, y: 1, style: .faint)
        // A history that could not be read says so first: zeros would read as a day without sitting.
        let problem = model.problem.map { [([("Could not read the history: \($0)")], Style.alarm)] } ?? []
        var lines = (problem + totals(model, context)).flatMap { line in
            Wrap.items(line.0, separator: context.glyphs.separator, width: canvas.width - 2).map { ($0, line.1) }
        } + [("", Style.plain)]
        lines += strip(model, context, width: canvas.width - 8) + [("", .plain)]
        lines += week(model, context, width: canvas.width - 2) + [("", .plain)]
        lines += exercises(model, times: context.glyphs.times, width: canvas.width - 2)
        for (offset, line) in Self.cut(lines, to: canvas.height - 3, glyphs: context.glyphs).enumerated() {
            canvas.put(" " + line.0, x: 0, y: 2 + offset, style: line.1)
        }
        let keys = KeyHints.footer(KeyTable.summary.fixedHints(context.glyphs), width: canvas.width - 1, separator: context.glyphs.separator)
        canvas.put(" " + keys, x: 0, y: canvas.height - 1, style: .faint)
        return canvas
    }

    /// The lines that fit in `rows`; when some do not, the last row says so with an ellipsis.
    static func cut(_ lines: [(String, Style)], to rows: Int, glyphs: Glyphs) -> [(String, Style)] {
        guard lines.count > rows else { return lines }
        guard rows > 0 else { return [] }
        return lines.prefix(rows - 1) + [(glyphs.ellipsis, Style.faint)]
    }

    /// Each line's parts, kept whole when the line wraps.
    static func totals(_ model: SummaryModel, _ context: ScreenContext) -> [([String], Style)] {
        let d = model.day
        let sep = context.glyphs.separator
        let feet = d.standingSeconds + d.breakSeconds
        let goalBar = ProgressBar.text(fraction: feet / max(1, model.goal), width: 24, glyphs: context.glyphs)
        return [
            (["sat \(DurationText.total(d.sittingSeconds))", "stood \(DurationText.total(d.standingSeconds))",
              "moved \(DurationText.total(d.breakSeconds))", "paused \(DurationText.total(d.pausedSeconds))",
              "away \(DurationText.total(d.awaySeconds))"], .strong),
            // taken + skipped + natural = due: the natural breaks here are the ones that ended a prompt.
            (["breaks \(d.breaksTaken) of \(d.breaksDue) due", "\(d.breaksSkipped) skipped",
              "\(d.naturalAfterPrompt) natural", "\(d.breaksEarly) early", Plural.count(d.snoozes, "snooze")], .plain),
            (["longest sitting \(DurationText.total(d.longestSittingSeconds))",
              "\(d.longSittingStretches) over the interval", Plural.count(d.postureChanges, "posture change")], .plain),
            (["on your feet \(goalBar) \(DurationText.total(feet)) of \(DurationText.total(model.goal))"], .accent),
        ]
    }

    static func strip(_ model: SummaryModel, _ context: ScreenContext, width: Int) -> [(String, Style)] {
        let columns = max(0, min(width, 96))
        let cells = DayStrip.columns(columns, spans: model.spans, from: model.dayStart, to: model.dayEnd)
        let row = String(String.UnicodeScalarView(cells.map { glyph($0, context.glyphs) }))
        var ruler = Array(repeating: Character(" "), count: columns)
        for hour in stride(from: 0, to: 24, by: columns >= 48 ? 3 : 6) {
            let label = Array(String(hour))
            let at = hour * columns / 24
            for (i, c) in label.enumerated() where at + i < columns { ruler[at + i] = c }
        }
        let legend = [("sat", Activity.sitting), ("stood", .standing), ("moved", .moving), ("paused", .paused), ("away", .away)]
            .map { "\(glyph($0.1, context.glyphs)) \($0.0)" }.joined(separator: "  ")
        return [("hour   " + String(ruler), .faint), ("       " + row, .plain), ("       " + legend, .faint)]
    }

    static func glyph(_ activity: Activity?, _ glyphs: Glyphs) -> Unicode.Scalar {
        switch activity {
        case .sitting?: return glyphs.shades.sitting
        case .standing?: return glyphs.shades.standing
        case .moving?: return glyphs.shades.moving
        case .paused?: return glyphs.shades.paused
        case .away?: return "."
        case nil: return " "
        }
    }

    static func week(_ model: SummaryModel, _ context: ScreenContext, width: Int) -> [(String, Style)] {
        let barWidth = max(4, min(40, width - 24))
        var lines: [(String, Style)] = [("last 7 days, on your feet (goal \(DurationText.total(model.goal)))", .faint)]
        for day in model.week {
            let feet = day.standingSeconds + day.breakSeconds
            let filled = max(0, min(barWidth, Int(saturating: (feet / max(1, model.goal) * Double(barWidth)).rounded(.down))))
            let bar = String(repeating: String(context.glyphs.barFull), count: filled)
                + String(repeating: String(context.glyphs.barEmpty), count: barWidth - filled)
            let mark = day.day == model.day.day ? ">" : " "
            lines.append(("\(mark)\(day.day.description.dropFirst(5)) \(bar) \(DurationText.total(feet))", .plain))
        }
        return lines
    }

    static func exercises(_ model: SummaryModel, times: String, width: Int) -> [(String, Style)] {
        let done = model.day.exercisesDone.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard !done.isEmpty else { return [("no exercises done", .faint)] }
        var items = done.map { "\(model.names[$0.key] ?? $0.key) \(times)\($0.value)" }
        let partial = model.day.exercisesPartialCount
        if partial > 0 { items.append("\(partial) in part") }
        if model.day.exercisesSkipped > 0 { items.append("\(model.day.exercisesSkipped) skipped") }
        items[0] = "exercises: " + items[0]
        var lines = Wrap.items(items, separator: ", ", width: width).map { ($0, Style.plain) }
        var areas = model.day.areaCounts.keys.sorted().map(\.title)
        if !areas.isEmpty {
            areas[0] = "worked: " + areas[0]
            lines += Wrap.items(areas, separator: ", ", width: width).map { ($0, Style.faint) }
        }
        return lines
    }
}
