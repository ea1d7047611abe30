import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// `limber exercises show ID`: one exercise played to try it. It is not a break, so nothing on
/// its screens speaks of one: no "on break", "end break", "Last one" or "come back".
@Suite struct PracticeScreenTests {
    static func exercise(_ id: String) -> Exercise { FigureRendererTests.library.first { $0.id == id }! }

    /// `limber exercises show ID` starts its one-exercise routine at once; `seconds` in.
    static func practising(_ id: String, seconds: Double) -> Timeline {
        let exercise = exercise(id)
        var t = Timeline(TimerSettings(breakLength: exercise.duration), library: FigureRendererTests.library)
        t.at(0, .startRoutine(Routine(items: [Routine.Item(exercise: exercise, dose: exercise.dose)])))
        t.at(seconds)
        return t
    }

    /// Words that belong to a break and not to trying an exercise.
    static let breakWords = ["break", "Last one", "come back", "Next:", " 1 of 1 ", "next exercise"]

    static func expectNoBreakWords(_ canvas: Canvas, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for word in breakWords {
            #expect(!canvas.text.localizedCaseInsensitiveContains(word), "\(what) says '\(word)':\n\(canvas.text)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func thePracticePlayer() {
        let t = Self.practising("calf-raises", seconds: 4)
        let canvas = ScreenFixtures.render(t, Size(width: 80, height: 24), practice: true)
        Golden.check(canvas, "practice-80x24")
        #expect(canvas.lines[0].hasPrefix(" practice"))
        #expect(canvas.lines[23].contains("Esc stop"))
    }

    /// Every screen of a try, at every size, with and without the help open.
    @Test func noBreakWordsAnywhere() {
        var paused = Self.practising("standing-hamstring-stretch", seconds: 5)
        paused.at(paused.now, .toggleBreakPause)
        let finished = Self.practising("seated-marches", seconds: Self.exercise("seated-marches").duration + 2)
        #expect(finished.state.breakProgress?.isDone == true)
        let timelines = [("reps", Self.practising("calf-raises", seconds: 4)),
                         ("hold", Self.practising("standing-hamstring-stretch", seconds: 40)), ("paused", paused),
                         ("done", finished)]
        for (name, t) in timelines {
            for (sizeName, size) in ScreenFixtures.sizes {
                for help in [false, true] {
                    for glyphs in [Glyphs.unicode, .ascii] {
                        let canvas = ScreenFixtures.render(t, size, glyphs: glyphs, help: help, practice: true)
                        Self.expectNoBreakWords(canvas, "\(name) at \(sizeName)\(help ? " with help" : "")")
                    }
                }
            }
        }
        let done = ScreenFixtures.render(finished, Size(width: 80, height: 24), practice: true)
        #expect(done.text.contains("Done. Nice work."))
        #expect(done.text.contains("Closing in"))
        #expect(done.lines[23].contains("Enter close"))
    }

    /// The keys of a try: its footer and its help name only what it handles, and `t` and `n`
    /// (a posture to come back to, a routine to move through) are not among them.
    @Test func theKeysOfATry() {
        let t = Self.practising("calf-raises", seconds: 4)
        let table = KeyTable.current(t.state, summaryOpen: false, practice: true)
        #expect(table.title == KeyTable.practice.title)
        #expect(table.action(for: .character("t"), in: t.state) == nil)
        #expect(table.action(for: .character("n"), in: t.state) == nil)
        #expect(table.action(for: .escape, in: t.state) == .engine(.endBreak))
        #expect(table.hints(t.state) == ["Space pause", "Esc stop", "? help"])
        let help = ScreenFixtures.render(t, Size(width: 80, height: 24), help: true, practice: true)
        #expect(help.text.contains("stop and close"))
        // A real break keeps its own words.
        let onBreak = ScreenFixtures.render(ScreenFixtures.playing(), Size(width: 80, height: 24))
        #expect(onBreak.text.contains("Esc end break"))
        #expect(onBreak.text.contains("on break"))
    }
}
