import Foundation
import Testing

/// issues 8 and 12 on the real binary: hostile numbers and text from flags, config and exercise
/// files are one-line errors (never a signal), control characters are escaped, and each
/// subcommand's help shows only its own options.
@Suite struct SettingsEndToEndTests {
    /// A private HOME with no config, data or exercises unless a test writes them.
    final class Home {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("limber-settings-\(UUID().uuidString)")
        var config: URL { url.appendingPathComponent(".config/limber/config.toml") }
        var exercises: URL { url.appendingPathComponent(".config/limber/exercises") }

        init() throws {
            try FileManager.default.createDirectory(at: exercises, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func limber(_ arguments: [String], environment: [String] = []) throws -> (status: Int32, output: String, error: String) {
            try TmuxPane.run(["env", "HOME=\(url.path)", "XDG_CONFIG_HOME=", "XDG_DATA_HOME=", "LIMBER_DATA_DIR="] + environment
                + [TmuxPane.binary] + arguments)
        }
    }

    /// A row of `limber config`, its columns split at runs of two or more spaces.
    static func row(_ key: String, in output: String) -> [String]? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(key + " ") }) else { return nil }
        return line.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static let commands: [[String]] = [[], ["summary"], ["status"], ["config"], ["exercises", "show", "walk"]]

    /// The crashing flags of issue 8 on every command: a one-line usage error each.
    @Test(arguments: [
        (["--interval", "1e18"], "limber: --interval: '1e18' is not a duration; expected a duration from 1s to 24h like 45m (a bare number is minutes)\n"),
        (["--goal", "1e300"], "limber: --goal: '1e300' is not a duration; expected a duration from 1s to 24h like 2h (a bare number is minutes)\n"),
        (["--latest", "99999999999999999999"], "limber: --latest: '99999999999999999999' is too long; expected a duration from 1s to 24h like 1h (a bare number is minutes)\n"),
        (["--interval", "0x10"], "limber: --interval: '0x10' is not a duration; expected a duration from 1s to 24h like 45m (a bare number is minutes)\n"),
    ])
    func hugeFlagsAreUsageErrorsOnEveryCommand(flags: [String], message: String) throws {
        let home = try Home()
        for command in Self.commands {
            let result = try home.limber(command + flags)
            #expect(result.status == 64, "\(command)")
            // A command the flag means nothing to refuses the flag itself (issue 18 item 7).
            let takesIt = command.isEmpty || command == ["config"] || (command == ["summary"] && flags[0] == "--goal")
            let name = command.prefix(2).joined(separator: " ")
            let refused = "limber: \(flags[0]) does not apply to 'limber \(name)'; 'limber \(name) --help' lists the options it takes\n"
            #expect(result.error == (takesIt ? message : refused), "\(command)")
        }
    }

    @Test func aHugeIntervalInTheFileIsAConfigErrorOnEveryCommand() throws {
        let home = try Home()
        try "\ninterval = 9223372036854775807\n".write(to: home.config, atomically: true, encoding: .utf8)
        let message = "limber: \(home.config.path):2: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got 9223372036854775807 (too long)"
        for command in Self.commands where command != ["status"] {
            let result = try home.limber(command)
            #expect(result.status == 78, "\(command)")
            #expect(result.error == message + "\n")
        }
        // Status keeps the status bar going: the line, and the problem on stderr.
        let status = try home.limber(["status"])
        #expect(status.status == 0 && status.output.hasPrefix("stopped"), "\(status.output)")
        #expect(status.error.hasPrefix(message), "\(status.error)")
    }

    @Test func aFlagFixesAClashWithTheFile() throws {
        let home = try Home()
        try "latest = \"40s\"\n".write(to: home.config, atomically: true, encoding: .utf8)
        let clash = try home.limber(["--interval", "45m", "config"])
        #expect(clash.status == 64)
        #expect(clash.error.hasPrefix("limber: --interval: latest 40s (\(home.config.path):1) is before interval 45m (command line (--interval))"))
        let fixed = try home.limber(["--interval", "45m", "--latest", "1h", "config"])
        #expect(fixed.status == 0)
        #expect(Self.row("latest", in: fixed.output) == ["latest", "1h", "command line (--latest)"])
    }

    @Test func theReadmeIntervalsWorkWithNoFile() throws {
        let home = try Home()
        for interval in ["90", "1h30m"] {
            let result = try home.limber(["--interval", interval, "config"])
            #expect(result.status == 0)
            #expect(Self.row("latest", in: result.output) == ["latest", "1h45m", "interval + 15m"])
        }
    }

    @Test func initWritesAFileThatEndsInANewlineAndTakesAppendedKeys() throws {
        let home = try Home()
        #expect(try home.limber(["config", "--init"]).status == 0)
        let text = try String(contentsOf: home.config, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        #expect(text.contains("keep this section last"))
        try (text + "interval = \"50m\"\n").write(to: home.config, atomically: true, encoding: .utf8)
        let result = try home.limber(["config"])
        #expect(result.status == 0)
        #expect(Self.row("interval", in: result.output) == ["interval", "50m", "\(home.config.path):\(text.split(separator: "\n", omittingEmptySubsequences: false).count)"])
    }

    @Test func theEnvironmentIsNamedAsTheDataDirSource() throws {
        let home = try Home()
        let result = try home.limber(["config"], environment: ["LIMBER_DATA_DIR=/tmp/limber-env-dir"])
        #expect(Self.row("data_dir", in: result.output) == ["data_dir", "/tmp/limber-env-dir", "environment (LIMBER_DATA_DIR)"])
    }

    @Test func aDataDirThatIsNoFolderHasNoHistory() throws {
        let home = try Home()
        let typo = try home.limber(["--data-dir", "/typo-limber-nothing-here", "summary"])
        #expect(typo.status == 1)
        #expect(typo.error == "limber: no history in /typo-limber-nothing-here: the folder does not exist (set by command line (--data-dir)); check the path\n")
        #expect(typo.output.isEmpty)
        try "x".write(to: home.url.appendingPathComponent("plain"), atomically: true, encoding: .utf8)
        let plain = try home.limber(["summary", "--data-dir", home.url.appendingPathComponent("plain").path])
        #expect(plain.status == 1)
        #expect(plain.error.contains("it is a file, not a folder"))
        let fresh = try home.limber(["summary"])
        #expect(fresh.status == 0)
        #expect(fresh.error == "limber: no history yet in \(home.url.path)/.local/share/limber (limber has not recorded anything there)\n")
    }

    @Test(arguments: [
        (["--date", "0000-01-01"], "limber: --date: '0000-01-01' is not a date; use YYYY-MM-DD (1970 to today)"),
        (["--date", "9999-12-31"], "limber: --date: '9999-12-31' is in the future"),
        (["--date", "tomorrow"], "limber: --date: 'tomorrow' is not a date"),
        (["--days", "3661"], "limber: --days: '3661' is not a number of days from 1 to 3660; e.g. --days 7"),
        (["--days", "99999999999999999999"], "limber: --days: '99999999999999999999' is not a number of days from 1 to 3660"),
    ])
    func badDaysAreUsageErrors(arguments: [String], message: String) throws {
        let result = try Home().limber(["summary"] + arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix(message))
    }

    @Test(arguments: ["yesterday", "today", "-3", "-0"])
    func wordsAndDaysBackAreDates(date: String) throws {
        let result = try Home().limber(["summary", "--date", date, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.output.contains("\"date\""))
    }

    @Test func eachSubcommandsHelpShowsOnlyItsOptions() throws {
        let home = try Home()
        let summary = try home.limber(["help", "summary"]).output
        for flag in ["--date", "--days", "--format", "--goal", "--config", "--data-dir"] { #expect(summary.contains(flag)) }
        for flag in ["--interval", "--snooze", "--latest", "--bell", "--posture", "--notify"] { #expect(!summary.contains(flag), "\(flag)") }
        let status = try home.limber(["help", "status"]).output
        #expect(status.contains("--data-dir") && !status.contains("--interval") && !status.contains("--goal"))
        let root = try home.limber(["--help"]).output
        #expect(root.contains("--interval <duration>   Time in one position before a break is due (1s to"))
    }

    /// A pack whose numbers used to pass `limber exercises` and trap when a break started: the
    /// TUI says the file was skipped, says once that there is no room to snooze, and plays a break.
    @Test func aBreakStartsDespiteABadPackAndNoRoomToSnoozeIsSaid() throws {
        let home = try Home()
        let huge = ExerciseFiles.neck.replacingOccurrences(of: "hold = 20", with: "hold = 1e300")
        try huge.write(to: home.exercises.appendingPathComponent("neck.toml"), atomically: true, encoding: .utf8)
        let pane = try TmuxPane(["--interval", "4s", "--latest", "4s"], width: 140,
                                environment: ["XDG_CONFIG_HOME": home.url.path + "/.config"])
        pane.waitFor("Exercise file skipped: neck.toml:6; see 'limber exercises'")
        pane.waitFor("No room to snooze")
        pane.waitFor("Break due")
        try pane.send("Enter")
        pane.waitFor("on break")
        pane.waitFor("1 of ")
        try pane.send("Escape")
        pane.waitFor("Next break in")
        try pane.send("q")
        pane.expectExitedAndRestored()
    }

    /// An exercise pack with an OSC 52 clipboard write and a title change in its names, and one
    /// with numbers that used to trap: the library still lists, and names both bad files
    /// without passing a control character to the terminal.
    @Test func controlCharactersAreEscapedAndABadFileIsSkipped() throws {
        let home = try Home()
        let good = ExerciseFiles.neck.replacingOccurrences(of: "name = \"Neck roll\"", with: "name = \"Neck\\u001b]52;c;ZXZpbA==\\u0007 roll\\u009b\"")
        try good.write(to: home.exercises.appendingPathComponent("neck.toml"), atomically: true, encoding: .utf8)
        let huge = ExerciseFiles.neck.replacingOccurrences(of: "neck-roll", with: "huge")
            .replacingOccurrences(of: "hold = 20", with: "reps = 1e19\ntempo = [\"up\"]\nseconds_per_phase = 1e300")
        try huge.write(to: home.exercises.appendingPathComponent("huge.toml"), atomically: true, encoding: .utf8)
        let list = try home.limber(["exercises"])
        #expect(list.status == 1)
        // A name with control characters is refused as a whole file, named without echoing them.
        #expect(!list.output.contains("Neck"))
        #expect(!(list.output + list.error).unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x07 || $0.value == 0x9b })
        #expect(list.error == "limber: \(home.exercises.path)/huge.toml:6: field 'reps': expected a whole number from 1 to 100, like reps = 8; got 1e+19\n"
                + "limber: \(home.exercises.path)/neck.toml:2: field 'name': has a control character (U+1B); use plain text\n")

        try "notify_command = [\"notify\\u001b]0;owned\\u0007\"]\n".write(to: home.config, atomically: true, encoding: .utf8)
        let config = try home.limber(["config"])
        #expect(config.output.contains("notify\\x1b]0;owned\\x07"))
        #expect(!config.output.unicodeScalars.contains { $0.value == 0x1b })
        let error = try home.limber(["config", "--interval", "\u{1b}[2J"])
        #expect(error.error == "limber: --interval: '\\x1b[2J' is not a duration; expected a duration from 1s to 24h like 45m (a bare number is minutes)\n")
    }
}

enum ExerciseFiles {
    static let neck = """
    id = "neck-roll"
    name = "Neck roll"
    where = "seated"
    helps = ["core"]
    steps = ["Sit tall.", "Roll slowly."]
    hold = 20
    sides = false
    frames = ["o", "o", "o"]
    """
}
