import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// Screens added with the control socket and the key tables.
@Suite struct LiveScreenGoldenTests {
    /// `?` during a break lists the break's keys (n, Space, Esc/q, Enter, t), not the main ones.
    @Test func helpDuringABreak() {
        let canvas = ScreenFixtures.render(ScreenFixtures.playing(), Size(width: 80, height: 24), help: true)
        Golden.check(canvas, "help-break-80x24")
        #expect(canvas.text.contains("next exercise"))
        #expect(!canvas.text.contains("snooze the prompt"))
    }

    /// `limber pause --for 10m`: the screen says when it resumes.
    @Test func aTimedPause() {
        var t = Timeline()
        t.at(minutes(20), .pause(seconds: 600))
        t.at(minutes(21) + 5)
        Golden.check(ScreenFixtures.render(t, Size(width: 80, height: 24), notice: "Paused for 10m from another pane"),
                     "paused-timed-80x24")
    }

    /// The hints of every state name only keys the screen's table handles.
    @Test func everyHintIsAKeyOfItsTable() {
        for t in [ScreenFixtures.main(), ScreenFixtures.due(), ScreenFixtures.snoozed(), ScreenFixtures.paused(),
                  ScreenFixtures.playing(), ScreenFixtures.pausedReps(), ScreenFixtures.doneScreen()] {
            let table = KeyTable.current(t.state, summaryOpen: false)
            for hint in table.hints(t.state) {
                let label = String(hint.split(separator: " ")[0])
                #expect(table.bindings.contains { $0.label.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.contains(label) },
                        "\(hint) in \(t.state.liveState)")
            }
        }
    }
}
