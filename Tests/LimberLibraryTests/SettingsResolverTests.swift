import LimberCore
import Testing
@testable import LimberLibrary

@Suite struct SettingsResolverTests {
    static func resolve(_ text: String?, _ flags: [SettingKey: String] = [:],
                        environment: String? = nil) throws(ConfigError) -> SettingsResolver.Resolved {
        try SettingsResolver.resolve(file: text.map { ("/cfg/config.toml", $0) }, flags: flags, home: "/home/me",
                                     dataDirEnvironment: environment)
    }

    static func error(_ text: String?, _ flags: [SettingKey: String] = [:]) -> String? {
        do {
            _ = try resolve(text, flags)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func defaultsWithoutAFile() throws {
        let resolved = try Self.resolve(nil)
        #expect(resolved.settings == Settings())
        #expect(SettingKey.allCases.filter { $0 != .latest }.allSatisfy { resolved.source($0) == .defaultValue })
        #expect(resolved.source(.latest) == .derived("interval + 15m"))
    }

    @Test func everyKeyIsRead() throws {
        let resolved = try Self.resolve("""
        interval = "50m"
        snooze = 3
        latest = "1h10m"
        away_after = "10m"
        posture = "standing"
        break_length = "5m"
        space = "floor"
        goal = "3h"
        reduced_motion = true
        ascii = true
        color = false
        bell = false
        notify = "command"
        notify_command = ["notify-send", "-u", "low"]
        active_hours = "08:30-17:00"
        active_days = ["mon", "wed"]
        data_dir = "~/limber-data"

        [hooks]
        on_break_due = ["notify-send", "Move"]
        on_skip = ["logger", "skipped"]
        """)
        let s = resolved.settings
        #expect(s.timer.interval == 3000 && s.timer.snooze == 180 && s.timer.latest == 4200 && s.timer.awayAfter == 600)
        #expect(s.posture == .standing && s.timer.breakLength == 300 && s.timer.space == .floor && s.goal == 10800)
        #expect(s.reducedMotion && s.ascii && !s.color && !s.bell && s.notify == NotifyMode([.command]))
        #expect(s.notifyCommand == ["notify-send", "-u", "low"])
        #expect(s.timer.activeHours == ActiveHours(start: 510, end: 1020, days: [1, 3]))
        #expect(s.dataDir == "/home/me/limber-data")
        #expect(s.hooks == [.breakDue: ["notify-send", "Move"], .skip: ["logger", "skipped"]])
        #expect(resolved.source(.goal) == .file("/cfg/config.toml", line: 8))
        #expect(resolved.hookSources[.skip] == .file("/cfg/config.toml", line: 21))
    }

    @Test func flagsBeatTheFileWhichBeatsTheDefaults() throws {
        let resolved = try Self.resolve("interval = \"50m\"\nsnooze = \"3m\"\nbell = false", [.interval: "20m", .bell: "true"])
        #expect(resolved.settings.timer.interval == 1200)
        #expect(resolved.source(.interval) == .flag("--interval"))
        #expect(resolved.settings.timer.snooze == 180)
        #expect(resolved.source(.snooze) == .file("/cfg/config.toml", line: 2))
        #expect(resolved.settings.bell && resolved.source(.bell) == .flag("--bell"))
        // latest, not set, follows the interval.
        #expect(resolved.settings.timer.latest == 1200 + 900 && resolved.source(.latest) == .derived("interval + 15m"))
        let off = try Self.resolve(nil, [.color: "false"])
        #expect(off.source(.color) == .flag("--no-color"))
    }

    @Test(arguments: [
        ("intervall = \"45m\"", "/cfg/config.toml:1: intervall: unknown key (did you mean 'interval'?)"),
        ("interval = 7.5", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got 7.5"),
        ("interval = \"soon\"", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got \"soon\""),
        ("snooze = \"0s\"", "/cfg/config.toml:1: snooze: expected a duration from 1s to 24h like \"5m\", or a number of minutes, got \"0s\" (too short)"),
        ("interval = 9223372036854775807", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got 9223372036854775807 (too long)"),
        ("interval = -5", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got -5 (too short)"),
        ("interval = 1441", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got 1441 (too long)"),
        ("goal = \"25h\"", "/cfg/config.toml:1: goal: expected a duration from 1s to 24h like \"2h\", or a number of minutes, got \"25h\" (too long)"),
        ("interval = \"0x10\"", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got \"0x10\""),
        ("interval = \"1e3\"", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got \"1e3\""),
        ("active_hours = \"-1:00-05:00\"", "/cfg/config.toml:1: active_hours: expected a time range like \"09:00-18:00\", got \"-1:00-05:00\""),
        ("active_days = \"monxyz\"", "/cfg/config.toml:1: active_days: expected days like \"mon-fri\" or [\"mon\", \"tue\"], got \"monxyz\""),
        ("active_days = [\"mon\", \"\"]", "/cfg/config.toml:1: active_days: expected days like \"mon-fri\" or [\"mon\", \"tue\"], got an array"),
        ("data_dir = \"rel/dir\"", "/cfg/config.toml:1: data_dir: expected a folder path in quotes, absolute or starting with ~ or $HOME, got \"rel/dir\", a relative path"),
        ("[hooks]\ninterval = \"50m\"", "/cfg/config.toml:2: hooks.interval: 'interval' is a setting, not a hook: move it above [hooks] (everything below [hooks] is a hook)"),
        ("posture = \"lying\"", "/cfg/config.toml:1: posture: expected one of \"sitting\", \"standing\", got \"lying\""),
        ("bell = \"yes\"", "/cfg/config.toml:1: bell: expected true or false, got \"yes\""),
        ("notify = \"loud\"", "/cfg/config.toml:1: notify: expected one of \"auto\", \"off\", \"desktop\", \"tmux\", \"osc\", \"command\", or an array like [\"desktop\", \"tmux\"], got \"loud\""),
        ("notify = [\"desktop\", \"off\"]", "/cfg/config.toml:1: notify: expected one of \"auto\", \"off\", \"desktop\", \"tmux\", \"osc\", \"command\", or an array like [\"desktop\", \"tmux\"], got an array"),
        ("notify = [\"tmux\", \"tmux\"]", "/cfg/config.toml:1: notify: expected one of \"auto\", \"off\", \"desktop\", \"tmux\", \"osc\", \"command\", or an array like [\"desktop\", \"tmux\"], got an array"),
        ("notify = []", "/cfg/config.toml:1: notify: expected one of \"auto\", \"off\", \"desktop\", \"tmux\", \"osc\", \"command\", or an array like [\"desktop\", \"tmux\"], got an array"),
        ("notify = \"desktop,tmux\"", "/cfg/config.toml:1: notify: expected one of \"auto\", \"off\", \"desktop\", \"tmux\", \"osc\", \"command\", or an array like [\"desktop\", \"tmux\"], got \"desktop,tmux\""),
        ("notify_command = \"notify-send\"", "/cfg/config.toml:1: notify_command: expected a command as an array, like [\"notify-send\", \"Limber\"], got \"notify-send\""),
        ("active_hours = \"9-5\"", "/cfg/config.toml:1: active_hours: expected a time range like \"09:00-18:00\", got \"9-5\""),
        ("active_days = \"weekdays\"", "/cfg/config.toml:1: active_days: expected days like \"mon-fri\" or [\"mon\", \"tue\"], got \"weekdays\""),
        ("data_dir = 3", "/cfg/config.toml:1: data_dir: expected a folder path in quotes, absolute or starting with ~ or $HOME, got 3"),
        ("\n\ninterval = \"20m\"\nlatest = \"10m\"", "/cfg/config.toml:4: latest: latest 10m (/cfg/config.toml:4) is before interval 20m (/cfg/config.toml:3); latest must be at or after the interval: give e.g. --latest 35m, or change the file"),
        ("[hooks]\non_brake_due = [\"x\"]", "/cfg/config.toml:2: hooks.on_brake_due: unknown hook (did you mean 'on_break_due'?); hooks are on_break_due, on_break_start, on_break_end, on_snooze, on_skip"),
        ("[hooks]\non_skip = \"logger\"", "/cfg/config.toml:2: hooks.on_skip: expected a command as an array, like [\"notify-send\", \"Break\"], got \"logger\""),
        ("hooks = 1", "/cfg/config.toml:1: hooks: expected a [hooks] table"),
        ("interval = \"45m\nsnooze = 3", "/cfg/config.toml:1:16: a string in \"quotes\" must end on the same line; use \"\"\" for several lines"),
    ])
    func fileErrorsNameTheLineTheKeyAndWhatWasExpected(text: String, message: String) {
        #expect(Self.error(text) == message)
    }

    @Test(arguments: [
        ([SettingKey.interval: "abc"], "--interval: 'abc' is not a duration; expected a duration from 1s to 24h like 45m (a bare number is minutes)"),
        ([.space: "attic"], "--space: 'attic' is not valid; expected desk or floor"),
        ([.interval: "45m", .latest: "30m"], "--latest: latest 30m (command line (--latest)) is before interval 45m (command line (--interval)); latest must be at or after the interval: give e.g. --latest 1h"),
        // The crashing inputs of issue 8, now one-line errors naming the flag, the range and an example.
        ([.interval: "1e18"], "--interval: '1e18' is not a duration; expected a duration from 1s to 24h like 45m (a bare number is minutes)"),
        ([.goal: "1e300"], "--goal: '1e300' is not a duration; expected a duration from 1s to 24h like 2h (a bare number is minutes)"),
        ([.latest: "99999999999999999999"], "--latest: '99999999999999999999' is too long; expected a duration from 1s to 24h like 1h (a bare number is minutes)"),
        ([.interval: "0x10"], "--interval: '0x10' is not a duration; expected a duration from 1s to 24h like 45m (a bare number is minutes)"),
        ([.interval: "25h"], "--interval: '25h' is too long; expected a duration from 1s to 24h like 45m (a bare number is minutes)"),
        ([.interval: "0.001"], "--interval: '0.001' is too short; expected a duration from 1s to 24h like 45m (a bare number is minutes)"),
    ])
    func flagErrorsNameTheFlag(flags: [SettingKey: String], message: String) {
        #expect(Self.error(nil, flags) == message)
    }

    /// issue 12: a flag that clashes with the file is blamed on the flag (exit 64, not 78),
    /// names both sources, and another flag fixes it.
    @Test func aClashNamesBothSourcesAndAFlagFixesIt() throws {
        do {
            _ = try Self.resolve("latest = \"40s\"", [.interval: "45m"])
            Issue.record("no error")
        } catch {
            #expect(error.description == "--interval: latest 40s (/cfg/config.toml:1) is before interval 45m (command line (--interval)); latest must be at or after the interval: give e.g. --latest 1h, or change the file")
            #expect(!error.inFile)
        }
        let fixed = try Self.resolve("latest = \"40s\"", [.interval: "45m", .latest: "1h"])
        #expect(fixed.settings.timer.latest == 3600)
    }

    /// A clash inside the file alone (the interval left at its default) is the file's fault:
    /// exit 78 with the file's line, not a flag error.
    @Test func aClashWithADefaultIsBlamedOnTheFile() {
        do {
            _ = try Self.resolve("\nlatest = \"40s\"", [:])
            Issue.record("no error")
        } catch {
            #expect(error.description == "/cfg/config.toml:2: latest: latest 40s (/cfg/config.toml:2) is before interval 45m (default); latest must be at or after the interval: give e.g. --latest 1h, or change the file")
            #expect(error.inFile)
        }
    }

    @Test(arguments: [("90", 5400.0), ("1h30m", 5400), ("1h", 3600), ("24h", 86400)])
    func anIntervalAloneWorksBecauseLatestFollowsIt(interval: String, seconds: Double) throws {
        let resolved = try Self.resolve(nil, [.interval: interval])
        #expect(resolved.settings.timer.interval == seconds)
        #expect(resolved.settings.timer.latest == seconds + 900)
        #expect(resolved.settings.snoozeNotice == nil)
    }

    @Test func noRoomToSnoozeIsSaid() throws {
        let resolved = try Self.resolve("latest = \"1h\"", [.interval: "1h"])
        #expect(resolved.settings.snoozeNotice == "No room to snooze: latest 1h is under interval + snooze (1h5m); raise --latest to allow it")
    }

    @Test func dataDirExpandsHomeAndTheEnvironmentWins() throws {
        #expect(try Self.resolve("data_dir = \"$HOME/x\"").settings.dataDir == "/home/me/x")
        #expect(try Self.resolve("data_dir = \"${HOME}/x\"").settings.dataDir == "/home/me/x")
        #expect(try Self.resolve("data_dir = \"~\"").settings.dataDir == "/home/me")
        #expect(try Self.resolve("data_dir = \"/abs\"").settings.dataDir == "/abs")
        let env = try Self.resolve("data_dir = \"/abs\"", environment: "/from/env")
        #expect(env.settings.dataDir == "/from/env" && env.source(.dataDir) == .environment("LIMBER_DATA_DIR"))
        #expect(env.source(.dataDir).description == "environment (LIMBER_DATA_DIR)")
        let flag = try Self.resolve(nil, [.dataDir: "/flag"], environment: "/from/env")
        #expect(flag.settings.dataDir == "/flag" && flag.source(.dataDir) == .flag("--data-dir"))
    }

    @Test func theDefaultFileIsValidAndChangesNothing() throws {
        let resolved = try Self.resolve(DefaultConfigFile.text)
        #expect(resolved.settings == Settings())
        #expect(DefaultConfigFile.text.hasSuffix("\n"))
        for key in SettingKey.allCases { #expect(DefaultConfigFile.text.contains("# \(key.rawValue) = "), "\(key)") }
        for hook in HookEvent.allCases { #expect(DefaultConfigFile.text.contains("# \(hook.rawValue) = ")) }
    }

    /// Every key uncommented must give exactly the defaults, so a wrong default in the file
    /// (which `--help` shares) fails here.
    @Test func theDefaultFileUncommentedGivesTheDefaults() throws {
        var uncommented = 0
        let text = DefaultConfigFile.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard SettingKey.allCases.contains(where: { line.hasPrefix("# \($0.rawValue) = ") }) else { return String(line) }
            uncommented += 1
            return String(line.dropFirst(2))
        }.joined(separator: "\n")
        #expect(uncommented == SettingKey.allCases.count)
        let resolved = try Self.resolve(text)
        #expect(SettingKey.allCases.allSatisfy { resolved.source($0).isFile })
        var expected = Settings()
        expected.dataDir = "/home/me/.local/share/limber" // the file spells the default with ~
        #expect(resolved.settings == expected)
    }

    /// `echo 'interval = "50m"' >> config.toml` lands below the last line as a setting.
    @Test func aKeyAppendedToTheDefaultFileIsASetting() throws {
        let resolved = try Self.resolve(DefaultConfigFile.text + "interval = \"50m\"\n")
        #expect(resolved.settings.timer.interval == 3000)
    }

    @Test func helpTextsSayTheDefaultAndRange() {
        #expect(SettingKey.interval.help == "Time in one position before a break is due (1s to 24h); default 45m.")
        #expect(SettingKey.latest.help.hasSuffix("(1s to 24h); default interval + 15m."))
        for key in SettingKey.allCases { #expect(DefaultConfigFile.text.contains("# \(key.about)")) }
    }

    @Test func hookEventsMapFromRecords() {
        #expect(HookEvent(.breakDue(stretchSeconds: 1)) == .breakDue)
        #expect(HookEvent(.breakStarted(.prompted)) == .breakStart)
        #expect(HookEvent(.breakEnded(.completed, seconds: 1)) == .breakEnd)
        #expect(HookEvent(.snoozed) == .snooze && HookEvent(.skipped) == .skip)
        #expect(HookEvent(.quit) == nil)
        #expect(HookEvent.breakDue.eventName == "break_due")
    }
}

/// `notify`: auto by default; a word, an array of channels, or channels joined by commas on
/// the command line.
@Suite struct NotifySettingTests {
    @Test func autoIsTheDefaultAndAsksForDesktopAndTmux() throws {
        let s = try SettingsResolver.resolve(file: nil, flags: [:], home: "/home/u").settings
        #expect(s.notify == .auto)
        #expect(s.notify.asks(.desktop) && s.notify.asks(.tmux))
        #expect(!s.notify.asks(.osc) && !s.notify.asks(.command))
    }

    @Test(arguments: [
        ("notify = \"off\"", NotifyMode.off, "off"),
        ("notify = \"OSC\"", NotifyMode([.osc]), "osc"),
        ("notify = [\"desktop\", \"tmux\"]", NotifyMode([.desktop, .tmux]), "desktop, tmux"),
        ("notify = [\"command\"]", NotifyMode([.command]), "command"),
    ])
    func fileForms(line: String, mode: NotifyMode, text: String) throws {
        let s = try SettingsResolver.resolve(file: ("/cfg/config.toml", line), flags: [:], home: "/home/u").settings
        #expect(s.notify == mode)
        #expect(s.notify.text == text)
    }

    @Test func theFlagTakesChannelsJoinedByCommas() throws {
        let s = try SettingsResolver.resolve(file: ("/cfg/config.toml", "notify = \"off\""), flags: [.notify: "tmux, osc"],
                                             home: "/home/u").settings
        #expect(s.notify == NotifyMode([.tmux, .osc]))
        #expect(!s.notify.asks(.desktop))
    }
}
