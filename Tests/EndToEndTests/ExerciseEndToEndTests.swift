import Foundation
import Testing

/// Breaks with exercise routines, in the real binary.
@Suite struct ExerciseEndToEndTests {
    static let names = ["Standing hamstring stretch", "Stand up and walk", "Standing hip flexor stretch",
                        "Standing back extension", "Calf raises", "Standing bird dog"]

    /// The left part of the body rows, where the figure is drawn.
    static func figure(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).prefix(18)
            .map { String($0.prefix(45)) }.joined(separator: "\n")
    }

    @Test func acceptPlayNextAndEndEarly() throws {
        let pane = try TmuxPane(["--interval", "2s"])
        pane.waitFor("Break due")
        try pane.send("Enter")
        pane.waitFor("an exercise from the library") { screen in Self.names.contains { screen.contains($0) } }
        pane.waitFor("1 of ")
        // The figure animates: collect distinct figures until two have been seen.
        var figures = Set<String>()
        pane.waitFor("two animation frames", timeout: 15) { screen in
            if screen.contains("1 of ") || screen.contains("2 of ") {
                figures.insert(Self.figure(screen))
            }
            return figures.count >= 2
        }
        // The first exercise plays with the second named as next; n moves on to exactly that one.
        let first = pane.screen()
        let name = try #require(Self.names.first { first.contains($0) && !first.contains("Next: \($0)") },
                                "no exercise from the library playing:\n\(first)")
        let next = try #require(Self.names.first { first.contains("Next: \($0)") }, "no next exercise named:\n\(first)")
        #expect(name != next)
        try pane.send("n")
        pane.waitFor("2 of ")
        pane.waitFor("\(next) playing, \(name) gone") { $0.contains(next) && !$0.contains("Next: \(next)") && !$0.contains(name) }
        try pane.send("Escape")
        pane.waitFor("Next break in")
        pane.waitForRegex("sitting 0:0[0-2]")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func spacePausesTheBreakAndDoneComesAtTheEnd() throws {
        let pane = try TmuxPane(["--interval", "1s", "--break-length", "60s"])
        pane.waitFor("Break due")
        try pane.send("Enter")
        pane.waitFor("1 of ")
        try pane.send("Space")
        pane.waitFor("Paused: Space resume")
        try pane.send("Space")
        pane.waitFor("resumed") { !$0.contains("Paused: Space resume") }
        try pane.send("n")
        pane.waitFor("2 of ")
        try pane.send("n")
        pane.waitFor("Break over.")
        pane.waitFor("0 of 2 exercises done")
        try pane.send("t")
        pane.waitFor("Next: standing")
        try pane.send("Enter")
        pane.waitForRegex("standing 0:0[0-2]")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    @Test func showPlaysOneExerciseThenExits() throws {
        let pane = try TmuxPane(["exercises", "show", "calf-raises"])
        pane.waitFor("Calf raises")
        pane.waitFor("rep 1 of 12")
        pane.waitFor(" practice")
        pane.waitFor("Esc stop")
        // Trying an exercise is not a break, and it has no routine around it.
        for word in ["break", "come back", "Last one", " 1 of 1 "] {
            #expect(!pane.screen().contains(word), "\(word)")
        }
        pane.waitFor("rep 2 of 12")
        try pane.send("Escape")
        pane.expectExitedAndRestored()
    }

    @Test func aBrokenUserFileIsNamedAndTheRestWorks() throws {
        let pane = try TmuxPane(["exercises"])
        let folder = pane.home.appendingPathComponent("config/limber/exercises")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id = \"neck\"\nname = \"Neck\"\nwhere = \"couch\"\n".write(to: folder.appendingPathComponent("neck.toml"), atomically: true, encoding: .utf8)
        let list = try TmuxPane.run(["env", "XDG_CONFIG_HOME=\(pane.home.path)/config", TmuxPane.binary, "exercises"])
        #expect(list.status == 1)
        #expect(list.output.contains("standing-hamstring-stretch  Standing hamstring stretch"))
        #expect(list.error == "limber: \(folder.path)/neck.toml:3: field 'where': expected one of standing, seated, floor; got 'couch'\n")
        let unknown = try TmuxPane.run([TmuxPane.binary, "exercises", "show", "cat-co"])
        #expect(unknown.status == 64)
        #expect(unknown.error == "limber: no exercise has the id 'cat-co' (did you mean 'cat-cow'?); 'limber exercises' lists them\n")
        let tui = try TmuxPane(["--interval", "10m"], environment: ["XDG_CONFIG_HOME": "\(pane.home.path)/config"])
        tui.waitFor("Exercise file skipped: neck.toml:3; see 'limber exercises'")
    }
}
