import Foundation
import Testing

/// The command line without a terminal: errors are one line with a usage exit status.
@Suite struct CommandLineTests {
    static func limber(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try TmuxPane.run([TmuxPane.binary] + arguments)
    }

    @Test(arguments: [
        (["--interval", "abc"], "--interval: 'abc' is not a duration; expected a duration from 1s to 24h like 45m (a bare number is minutes)"),
        (["--interval", "0"], "--interval: '0' is too short; expected a duration from 1s to 24h like 45m"),
        (["--snooze", "5x"], "--snooze: '5x' is not a duration; expected a duration from 1s to 24h like 5m"),
        (["--away-after=-1"], "--away-after: '-1' is not a duration"),
        // A negative number reaches the duration parser instead of reading as a missing value.
        (["--interval", "-5"], "--interval: '-5' is not a duration"),
        (["status", "--json", "--format", "{state}"], "--json and --format: give one of them"),
        (["--interval", "45m", "--latest", "30m"], "--latest: latest 30m (command line (--latest)) is before interval 45m (command line (--interval))"),
        (["--posture", "lying"], "--posture: 'lying' is not valid; expected sitting or standing"),
        (["--notify", "loud"], "--notify: 'loud' is not valid; expected auto, off, or channels from desktop, tmux, osc, command joined by commas like desktop,tmux"),
        (["--notify", "desktop,,tmux"], "--notify: 'desktop,,tmux' is not valid"),
        (["--idle-after", "5s"], "--idle-after: '5s' is too short; expected a duration from 10s to 24h like 5m"),
        (["--interval", "2d"], "--interval: '2d' is too long; expected a duration from 1s to 24h like 45m"),
    ])
    func badValuesAreOneLineUsageErrors(arguments: [String], message: String) throws {
        let result = try Self.limber(arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("limber: "))
        #expect(result.error.contains(message))
        #expect(result.error.filter { $0 == "\n" }.count == 1)
        #expect(result.output.isEmpty)
    }

    @Test func withoutATerminalItSaysSoAndExits() throws {
        let result = try Self.limber(["--interval", "3s"])
        #expect(result.status == 1)
        #expect(result.error == "limber: stdin and stdout must be a terminal; run limber in a terminal pane (for scripts, use 'limber status')\n")
    }

    @Test func helpListsTheKeysAndVersionPrints() throws {
        let help = try Self.limber(["--help"])
        #expect(help.status == 0)
        // The key sections come from the screens' key tables (the break's keys are its own).
        for text in ["KEYS", "snooze the prompt", "Space  start the break when due", "DURING A BREAK",
                     "n       next exercise", "Esc, q  end the break early", "SUMMARY",
                     "--interval <duration>", "--away-after <duration>"] {
            #expect(help.output.contains(text))
        }
        let version = try Self.limber(["--version"])
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
    }
}
