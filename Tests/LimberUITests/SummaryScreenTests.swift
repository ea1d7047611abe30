import Foundation
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// The `d` screen: a realistic day, at several sizes.
@Suite struct SummaryScreenTests {
    static let days = CalendarDays(Timeline.utc)
    static let day = LocalDay(year: 2026, month: 11, day: 27)

    static func model() -> SummaryModel {
        let (start, end) = days.interval(of: day)
        let hour = 3600.0
        let plan: [(Activity, Double)] = [
            (.away, 8.5 * hour), (.sitting, 0.75 * hour), (.moving, 0.05 * hour), (.sitting, 0.9 * hour),
            (.standing, 0.6 * hour), (.sitting, 1 * hour), (.away, 0.75 * hour), (.sitting, 1.2 * hour),
            (.paused, 0.2 * hour), (.standing, 0.8 * hour), (.moving, 0.05 * hour), (.sitting, 1.5 * hour),
        ]
        var spans: [Span] = []
        var at = start
        for (activity, seconds) in plan {
            spans.append(Span(activity: activity, start: at, seconds: seconds))
            at = at.addingTimeInterval(seconds)
        }
        let totals = SummaryBuilder(days: days).totals(from: day, through: day, spans: spans, events: [])[0]
        var today = totals
        today.breaksDue = 5
        today.breaksTaken = 3
        today.breaksSkipped = 1
        today.snoozes = 2
        today.naturalBreaks = 2
        today.naturalAfterPrompt = 1
        today.breaksEarly = 1
        today.longestSittingSeconds = 1.5 * hour
        today.longSittingStretches = 2
        today.postureChanges = 4
        today.exercisesDone = ["cat-cow": 2, "walk": 1, "calf-raises": 1]
        today.exercisesPartial = ["bird-dog": 1]
        today.areaCounts = [.lowerBack: 3, .circulation: 2, .calves: 1]
        var week: [DayTotals] = []
        var d = day
        for index in 0..<7 {
            var past = DayTotals(day: d)
            past.standingSeconds = Double(index) * 1200
            past.breakSeconds = 300
            week.insert(index == 0 ? today : past, at: 0)
            d = days.day(before: d)
        }
        return SummaryModel(day: today, week: week, spans: spans, dayStart: start, dayEnd: end, isToday: true,
                            goal: 2 * hour, names: ["cat-cow": "Cat-cow", "walk": "Stand up and walk", "calf-raises": "Calf raises"])
    }

    /// issue 18 items 11 and 22: one of a thing is singular, a count never ends a line apart
    /// from its noun, and a list cut at the bottom of the pane ends in an ellipsis.
    @Test(arguments: [(40, 12), (52, 16), (60, 20), (80, 24), (120, 40)])
    func countsReadRightAndACutListSaysSo(width: Int, height: Int) throws {
        var model = Self.model()
        model.day.snoozes = 1
        model.day.postureChanges = 1
        model.day.exercisesSkipped = 3
        let context = ScreenContext(size: Size(width: width, height: height), glyphs: .unicode,
                                    now: Moment(uptime: 0, wall: Self.days.start(of: Self.day)))
        let lines = SummaryScreen.render(model, context).lines
        let text = lines.joined(separator: "\n")
        #expect(!text.contains("1 snoozes") && !text.contains("1 posture changes"), "\(text)")
        let bareCount = try Regex(#"(^|\s)\d+\s*$"#)
        for line in lines.dropLast() where !line.contains("hour ") { // the strip's ruler is numbers
            #expect(line.firstMatch(of: bareCount) == nil, "a count split from its noun: '\(line)'")
        }
        // Everything drawn (no "…") or the last row of the list is one.
        let full = SummaryScreen.render(model, ScreenContext(size: Size(width: width, height: 200), glyphs: .unicode,
                                                             now: context.now)).lines
        let listRows = full.dropFirst(2).dropLast().reversed().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        let cut = listRows > height - 3
        #expect(lines[height - 2].trimmingCharacters(in: .whitespaces) == (cut ? "…" : lines[height - 2].trimmingCharacters(in: .whitespaces)))
        #expect(text.contains("…") == cut, "\(width)x\(height)\n\(text)")
    }

    @Test(arguments: [("80x24", 80, 24), ("40x12", 40, 12), ("120x40", 120, 40), ("tiny", 18, 4)])
    func summaryScreen(name: String, width: Int, height: Int) {
        let context = ScreenContext(size: Size(width: width, height: height), glyphs: .unicode,
                                    now: Moment(uptime: 0, wall: Self.days.start(of: Self.day)))
        Golden.check(SummaryScreen.render(Self.model(), context), "summary-\(name)")
    }

    @Test func summaryInASCII() {
        let context = ScreenContext(size: Size(width: 80, height: 24), glyphs: .ascii, now: Moment(uptime: 0, wall: Date()))
        Golden.check(SummaryScreen.render(Self.model(), context), "summary-ascii-80x24")
    }

    @Test func theStripShowsTheDayInOrder() {
        let model = Self.model()
        let columns = DayStrip.columns(24, spans: model.spans, from: model.dayStart, to: model.dayEnd)
        #expect(columns[0] == .away && columns[7] == .away)
        #expect(columns[9] == .sitting)
        #expect(columns[15] == .sitting)
        #expect(columns[23] == nil)
        #expect(DayStrip.columns(0, spans: model.spans, from: model.dayStart, to: model.dayEnd).isEmpty)
    }
}
