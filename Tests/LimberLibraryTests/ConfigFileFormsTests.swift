import LimberCore
import Testing
@testable import LimberLibrary

/// Config and exercise files accept every TOML way of writing the same thing, and errors about
/// values still name the file, line and key whichever way it was written.
@Suite struct ConfigFileFormsTests {
    static func resolve(_ text: String) throws(ConfigError) -> SettingsResolver.Resolved {
        try SettingsResolver.resolve(file: ("/cfg/config.toml", text), flags: [:], home: "/home/me")
    }

    static func error(_ text: String) -> String? {
        do {
            _ = try resolve(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("[hooks]\non_break_due = [\"notify-send\", \"Move\"]\non_skip = [\"logger\", \"skipped\"]", 2, 3),
        ("hooks.on_break_due = [\"notify-send\", \"Move\"]\nhooks.on_skip = [\"logger\", \"skipped\"]", 1, 2),
        ("hooks = { on_break_due = [\"notify-send\", \"Move\"], on_skip = [\"logger\", \"skipped\"] }", 1, 1),
        ("hooks = {on_break_due=['notify-send','Move'],\"on_skip\"=['logger','skipped']}", 1, 1),
        ("interval = 0x2D\n\n[hooks]\n  on_break_due = [\n    \"notify-send\", # the command\n    \"Move\",\n  ]\n  on_skip = [\"\"\"logger\"\"\", '''skipped''']", 4, 8),
    ])
    func hooksReadTheSameWhicheverWayTheyAreWritten(text: String, dueLine: Int, skipLine: Int) throws {
        let resolved = try Self.resolve(text)
        #expect(resolved.settings.hooks == [.breakDue: ["notify-send", "Move"], .skip: ["logger", "skipped"]])
        #expect(resolved.hookSources[.breakDue] == .file("/cfg/config.toml", line: dueLine))
        #expect(resolved.hookSources[.skip] == .file("/cfg/config.toml", line: skipLine))
    }

    @Test(arguments: [
        ("hooks.on_skip = \"logger\"", "/cfg/config.toml:1: hooks.on_skip: expected a command as an array, like [\"notify-send\", \"Break\"], got \"logger\""),
        ("hooks = { on_skip = \"logger\" }", "/cfg/config.toml:1: hooks.on_skip: expected a command as an array, like [\"notify-send\", \"Break\"], got \"logger\""),
        ("\nhooks = { on_skp = [\"x\"] }", "/cfg/config.toml:2: hooks.on_skp: unknown hook (did you mean 'on_skip'?); hooks are on_break_due, on_break_start, on_break_end, on_snooze, on_skip"),
        ("hooks = [\"x\"]", "/cfg/config.toml:1: hooks: expected a [hooks] table"),
        ("interval = 1979-05-27", "/cfg/config.toml:1: interval: expected a duration from 1s to 24h like \"45m\", or a number of minutes, got a date (1979-05-27)"),
        ("active_hours = 09:00:00", "/cfg/config.toml:1: active_hours: expected a time range like \"09:00-18:00\", got a time of day (09:00:00)"),
        ("interval = \"45m\nsnooze = 3", "/cfg/config.toml:1:16: a string in \"quotes\" must end on the same line; use \"\"\" for several lines"),
        ("posture = \"\\u001B[2J\"", "/cfg/config.toml:1: posture: expected one of \"sitting\", \"standing\", got \"\\x1b[2J\""),
        ("\"\\u001B[2J\" = 1", "/cfg/config.toml:1: \\x1b[2J: unknown key"),
        ("[hooks]\non_break_due = [\"a\"]\n[hooks]", "/cfg/config.toml:3:2: key 'hooks' is already defined (first written on line 1)"),
    ])
    func errorsNameTheFileLineAndKey(text: String, message: String) {
        #expect(Self.error(text) == message)
    }

    @Test func aHugeValueIsNotEchoed() throws {
        let message = try #require(Self.error("posture = \"" + String(repeating: "x", count: 5_000_000) + "\""))
        #expect(message.count < 200 && message.hasSuffix("…\""), "\(message.prefix(200))")
    }

    @Test func invalidUTF8InTheFileIsRefusedWithItsPlace() {
        let bytes = Array("interval = \"45m\"\nposture = \"".utf8) + [0xC3, 0x28] + Array("\"".utf8)
        do {
            _ = try SettingsResolver.resolve(fileBytes: ("/cfg/config.toml", bytes), flags: [:], home: nil)
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.description == "/cfg/config.toml:2:12: the file is not valid UTF-8 (byte 0xc3)")
        }
    }

    @Test func exerciseFilesSayWhatTheyGot() {
        let file = """
        id = "neck-roll"
        name = 2024-01-01
        """
        do {
            _ = try ExerciseDecoder.decode(file, file: "neck.toml")
            Issue.record("a date accepted as a name")
        } catch {
            #expect(error.description == "neck.toml:2: field 'name': expected a non-empty string in quotes, got a date")
        }
        do {
            _ = try ExerciseDecoder.decode(bytes: Array("id = \"neck\"\nname = \"".utf8) + [0xFF], file: "neck.toml")
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.description == "neck.toml:2:9: the file is not valid UTF-8 (byte 0xff)")
        }
    }
}
