import Testing
import LimberCore
import LimberLibrary

/// The inputs that killed limber in issue 8, kept as fixed cases with the exact line each
/// must now produce.
@Suite struct IssueRegressionTests {
    static let durationRange = "expected a duration from 1s to 24h like"

    @Test(arguments: [
        ([SettingKey.interval: "1e18"], "--interval: '1e18' is not a duration; \(durationRange) 45m (a bare number is minutes)"),
        ([.goal: "1e300"], "--goal: '1e300' is not a duration; \(durationRange) 2h (a bare number is minutes)"),
        ([.latest: "99999999999999999999"], "--latest: '99999999999999999999' is too long; \(durationRange) 1h (a bare number is minutes)"),
        ([.interval: "0x10"], "--interval: '0x10' is not a duration; \(durationRange) 45m (a bare number is minutes)"),
    ])
    func crashingFlags(flags: [SettingKey: String], message: String) {
        #expect(Self.error(file: nil, flags) == message)
    }

    @Test(arguments: [
        ("interval = 9223372036854775807", "/c/config.toml:1: interval: \(durationRange) \"45m\", or a number of minutes, got 9223372036854775807 (too long)"),
        ("interval = \"0x10\"", "/c/config.toml:1: interval: \(durationRange) \"45m\", or a number of minutes, got \"0x10\""),
        ("active_hours = \"-1:00-05:00\"", "/c/config.toml:1: active_hours: expected a time range like \"09:00-18:00\", got \"-1:00-05:00\""),
        ("active_days = \"monxyz\"", "/c/config.toml:1: active_days: expected days like \"mon-fri\" or [\"mon\", \"tue\"], got \"monxyz\""),
    ])
    func crashingAndLenientConfigValues(text: String, message: String) {
        #expect(Self.error(file: text) == message)
    }

    static let exercise = """
    id = "neck-roll"
    name = "Neck roll"
    where = "seated"
    helps = ["core"]
    steps = ["Sit tall.", "Roll slowly."]
    sides = false
    frames = ["o", "o", "o"]

    """

    @Test(arguments: [
        ("reps = 1e19\ntempo = [\"up\"]\nseconds_per_phase = 2", "x.toml:8: field 'reps': expected a whole number from 1 to 100, like reps = 8; got 1e+19"),
        ("reps = 99999999999999999999\ntempo = [\"up\"]\nseconds_per_phase = 2", "x.toml:8:8: '99999999999999999999' is not a valid number: whole numbers must lie between -9223372036854775808 and 9223372036854775807"),
        ("hold = 1e300", "x.toml:8: field 'hold': expected a number of seconds from 1 to 600, like hold = 30; got 1e+300"),
        ("reps = 3\ntempo = [\"up\"]\nseconds_per_phase = 1e300", "x.toml:10: field 'seconds_per_phase': expected a number of seconds from 1 to 600, like seconds_per_phase = 2; got 1e+300"),
    ])
    func crashingExerciseNumbers(dose: String, message: String) {
        do {
            _ = try ExerciseDecoder.decode(Self.exercise + dose, file: "x.toml")
            Issue.record("decoded")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func lenientDatesAndDays() {
        let today = LocalDay(year: 2026, month: 11, day: 27)
        #expect(DayArgument.date("0000-01-01", today: today) == .failure(DayArgument.Problem(
            message: "'0000-01-01' is not a date; use YYYY-MM-DD (1970 to today), today, yesterday or -N for N days back, e.g. 2026-11-26")))
        #expect(DayArgument.days("99999999999999999999") == .failure(DayArgument.Problem(
            message: "'99999999999999999999' is not a number of days from 1 to 3660; e.g. --days 7")))
    }

    static func error(file: String?, _ flags: [SettingKey: String] = [:]) -> String? {
        do {
            _ = try SettingsResolver.resolve(file: file.map { ("/c/config.toml", $0) }, flags: flags, home: "/h")
            return nil
        } catch {
            return error.description
        }
    }
}
