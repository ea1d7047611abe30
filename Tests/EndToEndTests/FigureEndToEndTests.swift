import Foundation
import Testing

/// Exercise figures in the real binary: the still printed for authors is what the player
/// shows, `--print` reads as the whole movement, a C locale gets ASCII, reduced motion is still.
@Suite struct FigureEndToEndTests {
    /// The row where `figure` (as printed by `--pose`: in the pane's columns, trailing spaces
    /// trimmed) is on `screen`: each of its rows equals the screen's row cut to the figure's
    /// width, so every cell matches in its column, blanks included; nothing is trimmed away.
    static func find(_ figure: [String], in screen: String) -> Int? {
        let width = figure.map(\.unicodeScalars.count).max() ?? 0
        guard width > 0 else { return nil }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cut = String(String.UnicodeScalarView(String(line).unicodeScalars.prefix(width)))
            while cut.last == " " { cut.removeLast() }
            return cut
        }
        return rows.indices.first { top in
            top + figure.count <= rows.count && figure.indices.allSatisfy { rows[top + $0] == figure[$0] }
        }
    }

    static func still(_ arguments: [String]) throws -> [String] {
        let result = try TmuxPane.run(["env", "LANG=C.UTF-8", "XDG_CONFIG_HOME=/nonexistent", TmuxPane.binary] + arguments)
        #expect(result.status == 0, "\(result.error)")
        var lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The hip-flexor lunge once showed one column right of its still.
    @Test(arguments: [("standing-hamstring-stretch", "hinge"), ("hip-flexor-stretch", "lunge")])
    func duringAHoldTheScreenShowsThePosesStill(id: String, pose: String) throws {
        let figure = try Self.still(["exercises", "show", id, "--pose", pose, "--size", "80x24"])
        #expect(figure.count >= 12, "at least 12 rows at 80x24")
        let pane = try TmuxPane(["exercises", "show", id])
        pane.waitFor("LEFT · hold")
        // Once eased in (1.5 s), the figure holds the pose while the words breathe.
        pane.waitFor("the held pose, as printed by --pose", timeout: 15) { Self.find(figure, in: $0) != nil }
        pane.waitFor("breathe")
        let right = try Self.still(["exercises", "show", id, "--pose", pose, "--side", "right", "--size", "80x24"])
        #expect(right != figure)
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func printListsEveryPhaseOfSeatedMarchesWithItsPose() throws {
        let result = try TmuxPane.run(["env", "LANG=C.UTF-8", "XDG_CONFIG_HOME=/nonexistent", TmuxPane.binary,
                                       "exercises", "show", "seated-marches", "--print"])
        #expect(result.status == 0)
        let phases = result.output.split(separator: "\n").filter { $0.contains("-> pose") }.map(String.init)
        #expect(phases == [
            "Start -> pose seated",
            "Phase 1 of 4, each of 8 reps: \"lift the left knee\" -> pose left-knee-up",
            "Phase 2 of 4, each of 8 reps: \"lower it\" -> pose seated",
            "Phase 3 of 4, each of 8 reps: \"lift the right knee\" -> pose right-knee-up",
            "Phase 4 of 4, each of 8 reps: \"lower it\" -> pose seated",
        ])
        #expect(result.output.contains("Sit tall near the front of the chair"))
        let braille = result.output.unicodeScalars.contains { $0.value >= 0x2800 && $0.value <= 0x28FF }
        #expect(braille, "braille figures in UTF-8")
        let unknown = try TmuxPane.run([TmuxPane.binary, "exercises", "show", "seated-marches", "--pose", "left-knee"])
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("seated-marches has no pose 'left-knee' (did you mean 'left-knee-up'?)"))
        let badSize = try TmuxPane.run([TmuxPane.binary, "exercises", "show", "seated-marches", "--print", "--size", "80"])
        #expect(badSize.status == 64)
        #expect(badSize.error.contains("--size '80' is not a pane size"))
    }

    @Test func aCLocaleShowsOnlyASCII() throws {
        let pane = try TmuxPane(["exercises", "show", "cat-cow"], environment: ["LANG": "C", "LC_ALL": "C"])
        pane.waitFor("rep 1 of 8")
        pane.waitFor("rep 2 of 8", timeout: 15)
        let screen = pane.screen()
        let ascii = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "\(screen)")
        #expect(screen.contains("|"), "a figure drawn with line characters")
        let printed = try TmuxPane.run(["env", "LANG=C", "LC_ALL=C", TmuxPane.binary, "exercises", "show", "cat-cow", "--print"])
        let printedASCII = printed.output.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(printedASCII)
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func reducedMotionShowsOneFrame() throws {
        let still = try Self.still(["exercises", "show", "seated-marches", "--pose", "left-knee-up", "--size", "80x24"])
        let pane = try TmuxPane(["exercises", "show", "seated-marches", "--reduced-motion"])
        pane.waitFor("rep 1 of 8")
        var seen = 0
        pane.waitFor("rep 2 of 8, the same figure throughout", timeout: 20) { screen in
            if screen.contains("Seated marches") {
                #expect(Self.find(still, in: screen) != nil, "\(screen)")
                seen += 1
            }
            return screen.contains("rep 2 of 8")
        }
        #expect(seen >= 3)
        try pane.send("q")
        pane.expectExitedAndRestored()
    }
}
