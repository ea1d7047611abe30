import Testing
@testable import LimberCore

@Suite struct DurationTextTests {
    @Test(arguments: [
        ("90s", 90.0), ("45m", 2700), ("1h30m", 5400), ("2m30s", 150), ("45", 2700),
        ("1.5", 90), ("1h", 3600), (" 3s ", 3), ("2H", 7200),
    ])
    func parsesGoodValues(text: String, seconds: Double) {
        #expect(DurationText.parse(text) == seconds)
    }

    @Test(arguments: ["", "abc", "5x", "m", "30m1h", "1m1m", "-5", "5 m", "1h30", "inf", "nan"])
    func rejectsBadValues(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test func clockFormats() {
        #expect(DurationText.clock(0) == "0:00")
        #expect(DurationText.clock(5.9) == "0:05")
        #expect(DurationText.clock(754) == "12:34")
        #expect(DurationText.clock(3723) == "1:02:03")
        #expect(DurationText.clock(-3) == "0:00")
    }

    @Test func countdownRoundsUp() {
        #expect(DurationText.countdown(3.2) == "0:04")
        #expect(DurationText.countdown(4) == "0:04")
        #expect(DurationText.countdown(0) == "0:00")
        #expect(DurationText.countdown(-2) == "0:00")
    }

    @Test func shortForm() {
        #expect(DurationText.short(300) == "5m")
        #expect(DurationText.short(5400) == "1h30m")
        #expect(DurationText.short(90) == "1m30s")
        #expect(DurationText.short(0) == "0s")
    }
}

@Suite struct DurationTotalTests {
    /// Rounded as JSON rounds (to the nearest second, then the nearest minute); seconds under a minute.
    @Test func totalsRoundToTheNearestAndShowSecondsUnderAMinute() {
        #expect(DurationText.total(0) == "0s")
        #expect(DurationText.total(59.4) == "59s")
        #expect(DurationText.total(59.6) == "1m")
        #expect(DurationText.total(89) == "1m")
        #expect(DurationText.total(90) == "2m")
        #expect(DurationText.total(754) == "13m")
        #expect(DurationText.total(4499.99) == "1h15m")
        #expect(DurationText.total(3900) == "1h05m")
        #expect(DurationText.total(.infinity) == "0s")
        #expect(DurationText.total(1e300) == DurationText.total(1e12))
    }

    /// The today line's form: minutes from the start, so the first minute does not tick.
    @Test func runningTotalsAreWholeMinutesFromTheStart() {
        #expect(DurationText.minutes(0) == "0m")
        #expect(DurationText.minutes(29.4) == "0m")
        #expect(DurationText.minutes(30) == "1m")
        #expect(DurationText.minutes(89) == "1m")
        #expect(DurationText.minutes(3900) == "1h05m")
        #expect(DurationText.minutes(-5) == "0m")
        #expect(DurationText.minutes(.nan) == "0m")
        #expect(DurationText.minutes(1e300) == DurationText.minutes(1e12))
    }
}
