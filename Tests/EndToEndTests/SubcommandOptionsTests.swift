import Foundation
import Testing

/// issue 18 item 7: each subcommand takes and lists only the options that change what it does.
/// A setting's flag given to a command it means nothing to is a usage error, not ignored.
@Suite struct SubcommandOptionsTests {
    /// Every flag that sets a setting, with a value where it takes one.
    static let settingFlags: [(flag: String, value: String?)] = [
        ("--interval", "5m"), ("--snooze", "5m"), ("--latest", "1h"), ("--posture", "standing"),
        ("--away-after", "5m"), ("--presence", "off"), ("--idle-after", "5m"), ("--break-length", "2m"),
        ("--space", "floor"), ("--notify", "off"), ("--bell", nil), ("--reduced-motion", nil), ("--ascii", nil),
        ("--figure", "ascii"), ("--color", nil), ("--goal", "2h"), ("--config", "/nonexistent"), ("--data-dir", "/tmp"),
    ]

    static let source = ["--config", "--data-dir"]
    static let look = ["--reduced-motion", "--figure", "--color", "--ascii"]

    /// What each command takes of them.
    static let commands: [([String], [String])] = [
        (["status"], source),
        (["summary"], source + ["--goal", "--ascii"]),
        (["config"], settingFlags.map(\.flag)),
        (["exercises"], []),
        (["tmux"], []),
        (["prompt"], source),
        (["exercises", "show", "seated-marches"], look + ["--config"]),
    ] + ["break", "snooze", "skip", "pause", "resume", "sit", "stand", "away", "back"].map { ([$0], source) }

    @Test(arguments: commands)
    func flagsThatChangeNothingAreRefusedAndUnlisted(command: [String], takes: [String]) throws {
        let helpCommand = command.last == "seated-marches" ? Array(command.dropLast()) : command
        let help = try CommandLineTests.limber(helpCommand + ["--help"])
        #expect(help.status == 0)
        for (flag, value) in Self.settingFlags {
            let listed = help.output.contains("  \(flag) ") || help.output.contains("  \(flag)/")
            #expect(listed == takes.contains(flag), "limber \(helpCommand.joined(separator: " ")) --help lists \(flag): \(listed)")
            if takes.contains(flag) { continue }
            let given = value.map { ["\(flag)=\($0)"] } ?? [flag]
            let result = try CommandLineTests.limber(command + given)
            #expect(result.status == 64, "limber \(command.joined(separator: " ")) \(given[0]): exit \(result.status)")
            let path = helpCommand.joined(separator: " ")
            #expect(result.error == "limber: \(flag) does not apply to 'limber \(path)'; 'limber \(path) --help' lists the options it takes\n",
                    "\(result.error)")
        }
    }

    /// Flags before a subcommand's name are checked the same way: refused when they change
    /// nothing there, read when they do.
    @Test func flagsBeforeTheCommandAreCheckedTheSameWay() throws {
        let result = try CommandLineTests.limber(["--interval", "5m", "status"])
        #expect(result.status == 64)
        #expect(result.error == "limber: --interval does not apply to 'limber status'; 'limber status --help' lists the options it takes\n")
        let taken = try CommandLineTests.limber(["--goal", "1h", "summary", "--format", "json", "--data-dir", "/nonexistent-limber"])
        #expect(taken.status == 1, "\(taken.error)")
        #expect(taken.error.contains("no history in /nonexistent-limber"), "\(taken.error)")
    }
}
