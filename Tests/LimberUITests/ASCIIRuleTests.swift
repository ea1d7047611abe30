import Foundation
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// With ASCII glyphs (a C locale, or `ascii = true`) no cell of any screen holds anything but
/// ASCII: one stray `·` makes a C-locale terminal drop the rest of its line.
@Suite struct ASCIIRuleTests {
    static let sizes = [(80, 24), (40, 12), (120, 40), (24, 6), (30, 9), (60, 7), (18, 4), (10, 2)]
        .map { Size(width: $0.0, height: $0.1) }

    static func timedPause() -> Timeline {
        var t = Timeline()
        t.at(minutes(20), .pause(seconds: 600))
        t.at(minutes(21) + 5)
        return t
    }

    static func outsideHours() -> Timeline {
        var t = Timeline(TimerSettings(activeHours: ActiveHours(start: 0, end: 60, days: ActiveHours.everyDay)))
        t.at(minutes(50))
        return t
    }

    static let states: [(String, Timeline)] = [
        ("main", ScreenFixtures.main()), ("due", ScreenFixtures.due()),
        ("due without snooze", ScreenFixtures.dueWithoutSnooze()), ("snoozed", ScreenFixtures.snoozed()),
        ("paused", ScreenFixtures.paused()), ("timed pause", timedPause()), ("outside hours", outsideHours()),
        ("break", ScreenFixtures.onBreak()), ("hold", ScreenFixtures.playing()),
        ("reps paused", ScreenFixtures.pausedReps()), ("done", ScreenFixtures.doneScreen()),
    ]

    /// Notices as the app shows them; some quote file text cut with `…`.
    static let notices: [String?] = [
        nil, "No snooze left: start the break or skip it",
        "Warning: the hook 'break_due' failed \u{00B7} see hooks.log \u{2026}",
    ]

    @Test func everyScreenIsASCII() {
        for (name, timeline) in Self.states {
            for size in Self.sizes {
                for help in [false, true] {
                    for notice in Self.notices {
                        for practice in [false, true] where !practice || timeline.state.breakProgress != nil {
                            let canvas = ScreenFixtures.render(timeline, size, glyphs: .ascii, help: help,
                                                               notice: notice, practice: practice)
                            Self.expectASCII(canvas, "\(name) at \(size.width)x\(size.height) help \(help) notice \(notice ?? "-")")
                        }
                    }
                }
            }
        }
    }

    /// Every built-in exercise as `exercises show` plays it, part way through each side.
    @Test(arguments: ScreenFixtures.library.map(\.id))
    func everyExerciseIsASCII(id: String) throws {
        let exercise = try #require(ScreenFixtures.library.first { $0.id == id })
        var t = Timeline(TimerSettings(breakLength: exercise.duration), library: ScreenFixtures.library)
        t.at(1, .startRoutine(Routine(items: [Routine.Item(exercise: exercise, dose: exercise.dose)])))
        for fraction in [0.05, 0.3, 0.6, 0.9] {
            t.at(1 + exercise.duration * fraction)
            for size in Self.sizes {
                Self.expectASCII(ScreenFixtures.render(t, size, glyphs: .ascii, practice: true), "\(id) at \(size.width)x\(size.height)")
            }
        }
    }

    @Test func theSummaryIsASCII() {
        for size in Self.sizes {
            for help in [false, true] {
                let context = ScreenContext(size: size, glyphs: .ascii, now: Moment(uptime: 0, wall: Date()), showHelp: help)
                Self.expectASCII(SummaryScreen.render(SummaryScreenTests.model(), context), "summary at \(size.width)x\(size.height)")
            }
        }
    }

    /// The check itself fails on a screen with one non-ASCII cell.
    @Test func theCheckCatchesAStrayGlyph() {
        var canvas = Canvas(Size(width: 4, height: 1))
        canvas.put("a\u{00B7}b", x: 0, y: 0)
        #expect(Self.offending(canvas) == ["\u{00B7}"])
    }

    static func offending(_ canvas: Canvas) -> [Character] {
        canvas.lines.joined().filter { !$0.isASCII }
    }

    static func expectASCII(_ canvas: Canvas, _ place: String) {
        let bad = offending(canvas)
        #expect(bad.isEmpty, "\(place): \(String(Set(bad)))\n\(canvas.lines.joined(separator: "\n"))")
    }
}
