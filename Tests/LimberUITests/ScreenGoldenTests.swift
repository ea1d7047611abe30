import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// Each view at each size, compared with the golden text in Golden/.
@Suite struct ScreenGoldenTests {
    @Test(arguments: ScreenFixtures.sizes.map(\.0))
    func mainView(size: String) {
        Golden.check(ScreenFixtures.render(ScreenFixtures.main(), Self.size(size)), "main-\(size)")
    }

    @Test(arguments: ScreenFixtures.sizes.map(\.0))
    func dueView(size: String) {
        Golden.check(ScreenFixtures.render(ScreenFixtures.due(), Self.size(size)), "due-\(size)")
    }

    @Test(arguments: ScreenFixtures.sizes.map(\.0))
    func breakView(size: String) {
        Golden.check(ScreenFixtures.render(ScreenFixtures.onBreak(), Self.size(size)), "break-\(size)")
    }

    @Test(arguments: ScreenFixtures.sizes.map(\.0))
    func helpView(size: String) {
        Golden.check(ScreenFixtures.render(ScreenFixtures.main(), Self.size(size), help: true), "help-\(size)")
    }

    @Test(arguments: ScreenFixtures.sizes.map(\.0))
    func exercisePlayer(size: String) {
        Golden.check(ScreenFixtures.render(ScreenFixtures.playing(), Self.size(size)), "player-\(size)")
    }

    /// Wide floor figures in a small pane, above the words: bird dog's reach (and, paused, in
    /// ASCII, with a step of three lines), cat-cow's `cow`.
    @Test func floorFiguresAt40x12() {
        let size = Size(width: 40, height: 12)
        Golden.check(ScreenFixtures.render(ScreenFixtures.playingOnTheFloor(seconds: 14), size), "player-floor-bird-dog-40x12")
        Golden.check(ScreenFixtures.render(ScreenFixtures.pausedOnTheFloor(), size, glyphs: .ascii), "player-floor-bird-dog-paused-ascii-40x12")
        Golden.check(ScreenFixtures.render(ScreenFixtures.playingOnTheFloor(seconds: 110.9), size), "player-floor-cat-cow-40x12")
    }

    @Test func exercisePlayerReducedMotion() {
        let t = ScreenFixtures.playing(seconds: 0.3)
        Golden.check(ScreenFixtures.render(t, Size(width: 80, height: 24), reducedMotion: true), "player-reduced-motion-80x24")
        // The moving version shows a different (first) frame at the same moment.
        #expect(ScreenFixtures.render(t, Size(width: 80, height: 24)) != ScreenFixtures.render(t, Size(width: 80, height: 24), reducedMotion: true))
    }

    @Test func exercisePlayerRepsPaused() {
        Golden.check(ScreenFixtures.render(ScreenFixtures.pausedReps(), Size(width: 80, height: 24)), "player-reps-paused-80x24")
        Golden.check(ScreenFixtures.render(ScreenFixtures.pausedReps(), Size(width: 40, height: 12), glyphs: .ascii), "player-reps-paused-ascii-40x12")
    }

    @Test func doneScreen() {
        Golden.check(ScreenFixtures.render(ScreenFixtures.doneScreen(), Size(width: 80, height: 24)), "done-80x24")
    }

    @Test func dueWithoutSnoozeLeft() {
        Golden.check(ScreenFixtures.render(ScreenFixtures.dueWithoutSnooze(), Size(width: 80, height: 24)), "due-no-snooze-80x24")
    }

    @Test func snoozedView() {
        Golden.check(ScreenFixtures.render(ScreenFixtures.snoozed(), Size(width: 80, height: 24)), "snoozed-80x24")
    }

    @Test func pausedStandingView() {
        Golden.check(ScreenFixtures.render(ScreenFixtures.paused(), Size(width: 80, height: 24)), "paused-standing-80x24")
    }

    @Test func asciiGlyphs() {
        Golden.check(ScreenFixtures.render(ScreenFixtures.main(), Size(width: 80, height: 24), glyphs: .ascii), "main-ascii-80x24")
        Golden.check(ScreenFixtures.render(ScreenFixtures.due(), Size(width: 40, height: 12), glyphs: .ascii, help: true), "help-ascii-40x12")
    }

    @Test func noticeLine() {
        let canvas = ScreenFixtures.render(ScreenFixtures.dueWithoutSnooze(), Size(width: 80, height: 24),
                                           notice: "No snooze left: start the break or skip it")
        #expect(canvas.lines[22].contains("No snooze left: start the break or skip it"))
    }

    /// A warning longer than the pane is wide wraps over two lines, its path broken, not cut.
    @Test(arguments: [("80x24", 80, 24, " for its output"), ("40x12", 40, 12, "")])
    func aLongWarningWraps(name: String, width: Int, height: Int, tail: String) {
        let warning = "Warning: break_due failed (exit 1); see ~/.local/state/limber/hooks.log" + tail
        let canvas = ScreenFixtures.render(ScreenFixtures.main(), Size(width: width, height: height), notice: warning)
        Golden.check(canvas, "warning-long-\(name)")
        let shown = canvas.lines[(height - 3)...(height - 2)].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(shown.joined().replacing(" ", with: "") == warning.replacing(" ", with: ""), "the whole warning is on screen")
    }

    /// What does not fit in two lines ends in an ellipsis (three dots in ASCII).
    @Test func aWarningTooLongForTwoLinesIsCut() {
        let warning = String(repeating: "word ", count: 30)
        for (glyphs, ellipsis) in [(Glyphs.unicode, "\u{2026}"), (.ascii, "...")] {
            let lines = ScreenFixtures.render(ScreenFixtures.main(), Size(width: 40, height: 12), glyphs: glyphs, notice: warning).lines
            #expect(lines[9].contains("word word"))
            #expect(lines[10].trimmingCharacters(in: .whitespaces).hasSuffix(ellipsis))
            #expect(lines[11].contains("Enter"))
        }
    }

    static func size(_ name: String) -> Size {
        ScreenFixtures.sizes.first { $0.0 == name }!.1
    }
}
