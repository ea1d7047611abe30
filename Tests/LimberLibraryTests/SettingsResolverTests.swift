import LimberCore
import Testing
@testable import LimberLibrary

@Suite struct SettingsResolverTests {
    static func resolve(_ text: String?, _ flags: [SettingKey: String] = [:]) throws(ConfigError) -> SettingsResolver.Resolved {
        try SettingsResolver.resolve(file: text.map { ("/cfg/config.toml", $0) }, flags: flags, home: "/home/me")
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
        #expect(SettingKey.allCases.allSatisfy { resolved.source($0) == .defaultValue })
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
        #expect(s.reducedMotion && s.ascii && !s.color && !s.bell && s.notify == .command)
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
        #expect(resolved.settings.timer.latest == 3600 && resolved.source(.latest) == .defaultValue)
        let off = try Self.resolve(nil, [.color: "false"])
        #expect(off.source(.color) == .flag("--no-color"))
    }

    @Test(arguments: [
        ("intervall = \"45m\"", "/cfg/config.toml:1: intervall: unknown key (did you mean 'interval'?)"),
        ("interval = 7.5", "/cfg/config.toml:1: interval: expected a duration like \"45m\" or a number of minutes, got 7.5"),
        ("interval = \"soon\"", "/cfg/config.toml:1: interval: expected a duration like \"45m\" or a number of minutes, got \"soon\""),
        ("snooze = \"0s\"", "/cfg/config.toml:1: snooze: expected a duration like \"5m\" or a number of minutes, is too short"),
        ("posture = \"lying\"", "/cfg/config.toml:1: posture: expected one of \"sitting\", \"standing\", got \"lying\""),
        ("bell = \"yes\"", "/cfg/config.toml:1: bell: expected true or false, got \"yes\""),
        ("notify = \"loud\"", "/cfg/config.toml:1: notify: expected one of \"off\", \"osc\", \"command\", got \"loud\""),
        ("notify_command = \"notify-send\"", "/cfg/config.toml:1: notify_command: expected a command as an array, like [\"notify-send\", \"Limber\"], got \"notify-send\""),
        ("active_hours = \"9-5\"", "/cfg/config.toml:1: active_hours: expected a time range like \"09:00-18:00\", got \"9-5\""),
        ("active_days = \"weekdays\"", "/cfg/config.toml:1: active_days: expected days like \"mon-fri\" or [\"mon\", \"tue\"], got \"weekdays\""),
        ("data_dir = 3", "/cfg/config.toml:1: data_dir: expected a folder path in quotes, got 3"),
        ("\n\ninterval = \"20m\"\nlatest = \"10m\"", "/cfg/config.toml:4: latest: latest (10m) is shorter than interval (20m); the latest point must be at or after the interval, e.g. 35m"),
        ("[hooks]\non_brake_due = [\"x\"]", "/cfg/config.toml:2: hooks.on_brake_due: unknown hook (did you mean 'on_break_due'?); hooks are on_break_due, on_break_start, on_break_end, on_snooze, on_skip"),
        ("[hooks]\non_skip = \"logger\"", "/cfg/config.toml:2: hooks.on_skip: expected a command as an array, like [\"notify-send\", \"Break\"], got \"logger\""),
        ("hooks = 1", "/cfg/config.toml:1: hooks: expected a [hooks] table"),
        ("interval = \"45m\nsnooze = 3", "/cfg/config.toml:1:16: a string in \"quotes\" must end on the same line; use \"\"\" for several lines"),
    ])
    func fileErrorsNameTheLineTheKeyAndWhatWasExpected(text: String, message: String) {
        #expect(Self.error(text) == message)
    }

    @Test(arguments: [
        ([SettingKey.interval: "abc"], "--interval: 'abc' is not a duration; use a value like 45m"),
        ([.space: "attic"], "--space: 'attic' is not valid; use a value like desk or floor"),
        ([.interval: "45m", .latest: "30m"], "--latest: latest (30m) is shorter than interval (45m); the latest point must be at or after the interval, e.g. 1h"),
    ])
    func flagErrorsNameTheFlag(flags: [SettingKey: String], message: String) {
        #expect(Self.error(nil, flags) == message)
    }

    @Test func theDefaultFileIsValidAndChangesNothing() throws {
        let resolved = try Self.resolve(DefaultConfigFile.text)
        #expect(resolved.settings == Settings())
        for key in SettingKey.allCases { #expect(DefaultConfigFile.text.contains("# \(key.rawValue) = "), "\(key)") }
        for hook in HookEvent.allCases { #expect(DefaultConfigFile.text.contains("# \(hook.rawValue) = ")) }
    }

    @Test func hookEventsMapFromRecords() {
        #expect(HookEvent(.breakDue(stretchSeconds: 1)) == .breakDue)
        #expect(HookEvent(.breakStarted(answeredPrompt: true)) == .breakStart)
        #expect(HookEvent(.breakEnded(completed: true, seconds: 1)) == .breakEnd)
        #expect(HookEvent(.snoozed) == .snooze && HookEvent(.skipped) == .skip)
        #expect(HookEvent(.quit) == nil)
        #expect(HookEvent.breakDue.eventName == "break_due")
    }
}
