import Foundation
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// Rules that hold for every screen, whatever golden files say.
@Suite struct ScreenRulesTests {
    static let states: [(String, Timeline)] = [
        ("main", ScreenFixtures.main()), ("due", ScreenFixtures.due()),
        ("break", ScreenFixtures.onBreak()), ("snoozed", ScreenFixtures.snoozed()),
        ("paused", ScreenFixtures.paused()), ("player", ScreenFixtures.playing()),
        ("reps", ScreenFixtures.pausedReps()), ("done", ScreenFixtures.doneScreen()),
    ]

    /// issue 18 item 10: at 40×12 every screen keeps `? help` in its footer, the player keeps
    /// the exercise's name, and the `?` box lists every key of the screen under it.
    @Test(arguments: [false, true])
    func everyScreenAt40x12KeepsTheNameTheHelpHintAndTheWholeHelp(practice: Bool) {
        let size = Size(width: 40, height: 12)
        for (name, timeline) in Self.states {
            let state = timeline.state
            let plain = ScreenFixtures.render(timeline, size, practice: practice).lines
            #expect(plain[11].hasSuffix("? help"), "\(name): \(plain[11])")
            if let item = state.breakProgress?.current, state.breakProgress?.isDone == false {
                // The name may wrap beside the figure: every word of it is on screen.
                let words = Set(plain.flatMap { $0.split(separator: " ").map(String.init) })
                for word in item.exercise.name.split(separator: " ") {
                    #expect(words.contains(String(word)), "\(name): no \(item.exercise.name)\n\(plain.joined(separator: "\n"))")
                }
            }
            let help = ScreenFixtures.render(timeline, size, help: true, practice: practice).lines.joined(separator: "\n")
            for line in KeyTable.current(state, summaryOpen: false, practice: practice).helpLines {
                #expect(help.contains(line), "\(name): '\(line)' missing from\n\(help)")
            }
        }
        // The summary has no help box (opening it closes the help): its footer names its keys.
        let summary = SummaryScreenTests.model()
        let context = ScreenContext(size: size, glyphs: .unicode, now: Moment(uptime: 0, wall: Date()))
        let footer = SummaryScreen.render(summary, context).lines[11]
        for hint in KeyTable.summary.fixedHints(.unicode) { #expect(footer.contains(hint), "summary footer: \(footer)") }
    }

    @Test func everySizeDownToOneCellRenders() {
        for (_, timeline) in Self.states {
            for width in 0...130 {
                for height in [0, 1, 2, 3, 5, 6, 7, 9, 12, 16, 24, 40] {
                    for help in [false, true] {
                        let canvas = ScreenFixtures.render(timeline, Size(width: width, height: height), help: help)
                        #expect(canvas.lines.count == height)
                        #expect(canvas.lines.allSatisfy { $0.count <= width })
                    }
                }
            }
        }
    }

    /// A notice of any length, with or without spaces, at any size: two lines at most, inside the pane.
    @Test func aNoticeOfAnyLengthStaysInsideThePane() {
        let notices = ["", "x", String(repeating: "/very/long/path", count: 20), String(repeating: "word ", count: 40)]
        for notice in notices {
            for width in 0...90 {
                for height in [0, 1, 5, 6, 7, 12, 24] {
                    let plain = ScreenFixtures.render(ScreenFixtures.main(), Size(width: width, height: height))
                    let canvas = ScreenFixtures.render(ScreenFixtures.main(), Size(width: width, height: height), notice: notice)
                    #expect(canvas.lines.count == height && canvas.lines.allSatisfy { $0.count <= width })
                    let changed = zip(plain.lines, canvas.lines).filter { $0 != $1 }.count
                    #expect(changed <= 2, "\(width)x\(height): \(changed) rows changed")
                    if height > 0 { #expect(canvas.lines[height - 1] == plain.lines[height - 1], "the hints stay") }
                }
            }
        }
    }

    /// Scripts and screen readers take the first `sitting 12m` on the screen as the stretch: in
    /// whole minutes on the full screen, whose big clock ticks the seconds, and as m:ss on the
    /// tiny one, which has no big clock.
    @Test func theStretchIsTheFirstPostureTextOnScreen() throws {
        let pattern = try Regex(#"(sitting|standing) (\d+:\d\d|(\d+h)?\d+m)"#)
        for (name, timeline) in Self.states where timeline.state.breakProgress == nil {
            for ((_, size), help) in ScreenFixtures.sizes.flatMap({ s in [(s, false), (s, true)] }) {
                let text = ScreenFixtures.render(timeline, size, help: help).lines.joined(separator: "\n")
                let match = try #require(text.firstMatch(of: pattern), "\(name) at \(size)")
                let elapsed = timeline.state.stretchElapsed
                let tiny = size.width < Screen.minimumSize.width || size.height < Screen.minimumSize.height
                let expected = tiny ? DurationText.clock(elapsed) : DurationText.elapsedMinutes(elapsed)
                #expect(String(text[match.range]) == "\(timeline.state.posture.rawValue) \(expected)", "\(name) at \(size)")
            }
        }
    }

    @Test func theDueHeadingIsLoud() throws {
        let canvas = ScreenFixtures.render(ScreenFixtures.due(), Size(width: 80, height: 24))
        let row = try #require(canvas.lines.firstIndex { $0.contains("Break due") })
        #expect(canvas[0, row].style.reverse)
        #expect(canvas[79, row].style.reverse)
    }

    @Test func theCountdownShowsOnTheMainScreen() {
        let text = ScreenFixtures.render(ScreenFixtures.main(), Size(width: 40, height: 12)).text
        #expect(text.contains("sitting 12m"))
        #expect(text.contains("32:26"))
    }

    /// Outside active hours no break is coming: the screen says when prompts resume and
    /// keeps counting the stretch (past the interval, not stuck at 0:00).
    @Test func outsideActiveHoursTheScreenSaysWhenPromptsResume() {
        // Timeline.start is a Wednesday, 11:06 UTC.
        var later = Timeline(TimerSettings(activeHours: ActiveHours(start: 14 * 60, end: 18 * 60)))
        later.at(minutes(50))
        var monday = Timeline(TimerSettings(activeHours: ActiveHours(start: 9 * 60, end: 17 * 60, days: [1, 2])))
        monday.at(minutes(50))
        for (t, when) in [(later, "Prompts resume at 14:00"), (monday, "Prompts resume Mon 09:00")] {
            let text = ScreenFixtures.render(t, Size(width: 80, height: 24)).text
            #expect(text.contains("Outside active hours: sitting for"))
            #expect(text.contains(when))
            #expect(!text.contains("Break due") && !text.contains("Next break"))
            #expect(!text.contains("%"), "no bar towards a break that is not coming")
            let tiny = ScreenFixtures.render(t, Size(width: 30, height: 4)).text
            #expect(tiny.contains("no prompts until " + when.split(separator: " ").suffix(when.contains(" at ") ? 1 : 2).joined(separator: " ")))
        }
        Golden.check(ScreenFixtures.render(monday, Size(width: 80, height: 24)), "outside-hours-80x24")
        Golden.check(ScreenFixtures.render(later, Size(width: 40, height: 12)), "outside-hours-40x12")
    }

    @Test func plainDigitsWhenThePaneIsShort() {
        let lines = ScreenFixtures.render(ScreenFixtures.main(), Size(width: 60, height: 9)).lines
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "32:26" })
        #expect(lines.filter { $0.contains("█") && !$0.contains("%") }.isEmpty)
    }
}

/// Text from exercise files reaches the grid with its control characters escaped.
@Suite struct CanvasEscapingTests {
    @Test func controlCharactersBecomeEscapes() {
        var canvas = Canvas(Size(width: 20, height: 1))
        canvas.put("a\u{1b}]0;x\u{7}\u{9b}", x: 0, y: 0)
        #expect(canvas.lines == ["a\\x1b]0;x\\x07\\x9b"])
        #expect(!canvas.cells.contains { SafeText.isControl($0.character) })
        var clipped = Canvas(Size(width: 3, height: 1))
        clipped.put("\u{1b}\u{1b}", x: -2, y: 0)
        #expect(clipped.lines == ["1b\\"])
    }
}
