import Foundation
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// `limber prompt`'s screens in the tmux popup (80% of a client): the due prompt with its keys,
/// the break played from the timer's place, and the break when its exercises are not found.
@Suite struct PopupScreenTests {
    static let sizes: [(String, Size)] = [("70x22", Size(width: 70, height: 22)), ("40x12", Size(width: 40, height: 12)),
                                          ("40x8", Size(width: 40, height: 8))]
    static let pane = PopupScreen.Pane(place: "work:1.0 (limber)", canGo: true)

    static func context(_ t: Timeline, _ size: Size, glyphs: Glyphs = .unicode) -> ScreenContext {
        ScreenContext(size: size, glyphs: glyphs, now: t.moment(t.now))
    }

    @Test func theDuePrompt() {
        let t = ScreenFixtures.due()
        var status = LiveStatus(t.state, at: t.moment(t.now))
        status.nextExercise = "Shoulder rolls"
        for (name, size) in Self.sizes {
            Golden.check(PopupScreen.prompt(status, pane: Self.pane, problem: nil, Self.context(t, size)), "popup-prompt-\(name)")
        }
        // Outside tmux (`limber prompt` by hand): no g, and a refusal said under the keys.
        let plain = PopupScreen.prompt(status, pane: PopupScreen.Pane(place: nil, canGo: false), problem: "no break is due to snooze",
                                       Self.context(t, Size(width: 70, height: 22)))
        #expect(!plain.text.contains("g      "))
        #expect(plain.text.contains("Enter  start the break here"))
        #expect(plain.text.contains("no break is due to snooze"))
        // However short the popup, the keys stay.
        for (name, size) in Self.sizes {
            let canvas = PopupScreen.prompt(status, pane: Self.pane, problem: nil, Self.context(t, size))
            for key in ["Enter", "z      snooze", "x      skip", "Esc"] { #expect(canvas.text.contains(key), "\(name)") }
        }
    }

    /// Text from another process reaches the popup escaped.
    @Test func controlCharactersAreEscaped() {
        let t = ScreenFixtures.due()
        var status = LiveStatus(t.state, at: t.moment(t.now))
        status.nextExercise = "Rolls\u{1B}[2J"
        let canvas = PopupScreen.prompt(status, pane: PopupScreen.Pane(place: "a\u{7}b", canGo: true), problem: nil,
                                        Self.context(t, Size(width: 70, height: 22)))
        #expect(!canvas.text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" })
    }

    @Test func theBreakPlayingInThePopup() throws {
        let t = ScreenFixtures.playing()
        let progress = try #require(t.state.breakProgress)
        for (name, size) in Self.sizes {
            Golden.check(PopupScreen.playing(progress, posture: .sitting, pane: Self.pane, Self.context(t, size)), "popup-playing-\(name)")
        }
        // A wide floor figure at 40×12 takes the popup's header rows too; its keys stay.
        let floor = ScreenFixtures.playingOnTheFloor(seconds: 14)
        let reaching = try #require(floor.state.breakProgress)
        Golden.check(PopupScreen.playing(reaching, posture: .sitting, pane: Self.pane, Self.context(floor, Size(width: 40, height: 12))),
                     "popup-playing-floor-40x12")
        let done = try #require(ScreenFixtures.doneScreen().state.breakProgress)
        let canvas = PopupScreen.playing(done, posture: .sitting, pane: Self.pane, Self.context(t, Size(width: 70, height: 22)))
        #expect(canvas.text.contains("Done. Nice work.") && canvas.text.contains("starting in"), "\(canvas.text)")
    }

    @Test func aBreakWhoseExercisesAreNotHere() {
        let t = ScreenFixtures.playing()
        let status = LiveStatus(t.state, at: t.moment(t.now))
        Golden.check(PopupScreen.elsewhere(status, pane: Self.pane, Self.context(t, Size(width: 70, height: 22), glyphs: .ascii)),
                     "popup-elsewhere-70x22-ascii")
    }
}
