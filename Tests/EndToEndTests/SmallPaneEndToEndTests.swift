import Foundation
import Testing

/// issue 18 items 10, 11 and 22 in a 40×12 pane: every screen keeps `? help` in its footer and
/// the `?` box whole, the player keeps the exercise's name, the `d` screen counts in words that
/// agree with their numbers and marks a list cut at the bottom with "…".
@Suite struct SmallPaneEndToEndTests {
    static let mainKeys = ["Enter  start a break now", "z      snooze the prompt", "u      I was here (undo away)",
                           "d      summary of the day", "?      this help", "q      quit"]

    @Test func everyScreenKeepsItsHelp() throws {
        let pane = try TmuxPane(["--interval", "3s", "--snooze", "1m", "--presence", "off", "--break-length", "40s"],
                                width: 40, height: 12)
        pane.waitFor("sitting 0m")
        pane.waitFor("? help")
        try pane.send("?")
        pane.waitFor("every key in the help box") { screen in Self.mainKeys.allSatisfy { screen.contains($0) } }
        try pane.send("?")
        pane.waitFor("Break due")
        pane.waitFor("? help")
        try pane.send("z")
        pane.waitFor("Snoozed")
        try pane.send("d")
        pane.waitFor("Summary")
        let summary = pane.screen()
        #expect(summary.contains("1 snooze") && !summary.contains("1 snoozes"), "\(summary)")
        #expect(summary.contains("…"), "a cut list says so:\n\(summary)")
        #expect(summary.contains("← → other days · Esc back · d back"), "\(summary)")
        try pane.send("Escape")
        pane.waitFor("back on the timer") { !$0.contains("Summary") }
        try pane.send("Enter")
        pane.waitFor("on break")
        pane.waitFor("? help")
        try pane.send("q")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func thePlayerKeepsTheExercisesName() throws {
        let pane = try TmuxPane(["exercises", "show", "hip-flexor-stretch"], width: 40, height: 12)
        pane.waitFor("the name, wrapped or not") { screen in
            ["Standing", "hip", "flexor", "stretch"].allSatisfy { word in
                screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains { $0 == word }
            }
        }
        pane.waitFor("? help")
        try pane.send("q")
        try pane.send("Enter")
        pane.expectExitedAndRestored()
    }
}
