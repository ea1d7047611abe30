import Testing
@testable import LimberCore

/// issue 8: lenient values that should be errors, and conversions that must never trap.
@Suite struct StrictParsingTests {
    @Test(arguments: ["0x10", "1e18", "1e3", "+5", "-0", "5.", ".5", "1..5", "1.5.5", "0x1p4", "٣", "１", "5_0",
                      "1h-30m", "h", "1h 30m", "1.h", "infinity", "NaN", "5\u{1b}", ""])
    func durationsRefuseSignsExponentsHexAndJunk(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test func hugeDurationsParseButAreOutsideTheRange() throws {
        let huge = try #require(DurationText.parse("99999999999999999999"))
        #expect(!DurationLimit.setting.range.contains(huge))
        let endless = try #require(DurationText.parse(String(repeating: "9", count: 400) + "h"))
        #expect(!DurationLimit.setting.range.contains(endless))
        #expect(DurationLimit.setting.range.contains(DurationText.parse("24h")!))
        #expect(!DurationLimit.setting.range.contains(DurationText.parse("24h1s")!))
    }

    @Test(arguments: ["-1:00-05:00", "9:00-", "-9:00", "09:00-18:00-20:00", "+9:00-18:00", "09:00-18:00x", "09:0-18:00",
                      "009:00-18:00", "09:00--18:00", "24:01-10:00", "99999999999999999999:00-01:00", ":-:"])
    func windowsRefuseSignsEmptyPartsAndJunk(text: String) {
        #expect(ActiveHours.parseWindow(text) == nil)
    }

    @Test func windowsStillReadTheUsualForms() {
        #expect(ActiveHours.parseWindow("9:00-17:30")! == (540, 1050))
        #expect(ActiveHours.parseWindow("00:00-24:00")! == (0, 1440))
    }

    @Test(arguments: ["monxyz", "mo", "mon,,fri", "mon-", "-fri", "mon-tue-wed", ",", "mon fri", "mondays"])
    func daysRefuseUnknownNamesAndEmptyParts(text: String) {
        #expect(ActiveHours.parseDays(text) == nil)
    }

    @Test func daysTakeShortAndFullNames() {
        #expect(ActiveHours.parseDays("Monday-Wednesday") == [1, 2, 3])
        #expect(ActiveHours.parseDays("sat, sun") == [6, 7])
    }

    @Test(arguments: ["0000-01-01", "1969-12-31", "+201-01-01", "2026-+1-01", "2026-01-+1", "2026-1-01", "20260-01-01",
                      "2026-02-30", "2026-01-01x", "10000-01-01", "٢٠٢٦-01-01"])
    func datesRefuseOutOfRangeYearsAndSigns(text: String) {
        #expect(LocalDay(iso: text) == nil)
    }

    @Test func datesReadTheirRange() {
        #expect(LocalDay(iso: "1970-01-01") == LocalDay(year: 1970, month: 1, day: 1))
        #expect(LocalDay(iso: "9999-12-31") == LocalDay(year: 9999, month: 12, day: 31))
        #expect(LocalDay(iso: "2024-02-29") != nil)
    }

    @Test func dayArithmeticCrossesMonthsYearsAndLeapDays() {
        let day = LocalDay(year: 2024, month: 3, day: 1)
        #expect(day.adding(days: -1) == LocalDay(year: 2024, month: 2, day: 29))
        #expect(LocalDay(year: 2027, month: 1, day: 1).adding(days: -1) == LocalDay(year: 2026, month: 12, day: 31))
        #expect(LocalDay(year: 1970, month: 1, day: 1).ordinal == 0)
        for ordinal in stride(from: -1000, through: 3_000_000, by: 997) {
            #expect(LocalDay(ordinal: ordinal).ordinal == ordinal)
        }
    }

    static let today = LocalDay(year: 2026, month: 11, day: 27)

    @Test(arguments: [("today", "2026-11-27"), ("yesterday", "2026-11-26"), ("YESTERDAY", "2026-11-26"), ("-3", "2026-11-24"),
                      ("-0", "2026-11-27"), ("-30", "2026-10-28"), ("2026-11-27", "2026-11-27"), ("1970-01-01", "1970-01-01")])
    func dateArgumentsReadWordsAndDaysBack(text: String, day: String) throws {
        #expect(try DayArgument.date(text, today: Self.today).get().description == day)
    }

    static let dateHelp = "use YYYY-MM-DD (1970 to today), today, yesterday or -N for N days back, e.g. 2026-11-26"

    @Test(arguments: [
        ("2026-11-28", "'2026-11-28' is in the future; there is no history for it yet; \(dateHelp)"),
        ("0000-01-01", "'0000-01-01' is not a date; \(dateHelp)"),
        ("-3661", "'-3661' is not a number of days back from 0 to 3660; \(dateHelp)"),
        ("-99999999999999999999", "'-99999999999999999999' is not a number of days back from 0 to 3660; \(dateHelp)"),
        ("--3", "'--3' is not a number of days back from 0 to 3660; \(dateHelp)"),
        ("+3", "'+3' is not a date; \(dateHelp)"),
        ("tomorrow", "'tomorrow' is not a date; \(dateHelp)"),
    ])
    func dateArgumentsRefuseTheFutureAndJunk(text: String, message: String) {
        #expect(DayArgument.date(text, today: Self.today) == .failure(DayArgument.Problem(message: message)))
    }

    @Test func dayCountsAreOneTo3660() throws {
        #expect(try DayArgument.days("3660").get() == 3660)
        for text in ["0", "3661", "-7", "+7", "7.0", "99999999999999999999", ""] {
            #expect(DayArgument.days(text) == .failure(DayArgument.Problem(
                message: "'\(text)' is not a number of days from 1 to 3660; e.g. --days 7")))
        }
    }

    @Test func saturatingConversionsNeverTrap() {
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: .infinity) == .max && Int(saturating: -.infinity) == .min)
        #expect(Int(saturating: 1e300) == .max && Int(saturating: -1e300) == .min)
        #expect(Int(saturating: 9_223_372_036_854_775_807.0) == .max)
        #expect(Int(saturating: -2.7) == -2 && Int(saturating: 42) == 42)
        #expect(DurationText.clock(1e300) != "" && DurationText.short(.infinity) != "" && DurationText.total(.nan) == "0s")
    }

    @Test func checkedDigitsAreAsciiOnlyAndFit() {
        #expect(Checked.digits("0042") == 42)
        #expect(Checked.digits("999999999999999999") == 999_999_999_999_999_999)
        for text in ["", "+1", "-1", " 1", "1_000", "9999999999999999999", "٣"] { #expect(Checked.digits(text) == nil) }
    }
}

/// issue 8: control characters from files never reach the terminal as themselves.
@Suite struct SafeTextTests {
    @Test func controlsAreWrittenAsEscapes() {
        #expect(SafeText.escaped("a\u{1b}]52;c;ZXZpbA==\u{07}b") == "a\\x1b]52;c;ZXZpbA==\\x07b")
        #expect(SafeText.escaped("tab\there\nnew\rline") == "tab\\x09here\\x0anew\\x0dline")
        #expect(SafeText.escaped("del\u{7f} csi\u{9b}2J nel\u{85}") == "del\\x7f csi\\x9b2J nel\\x85")
        #expect(SafeText.escaped("\u{0}") == "\\x00")
    }

    /// The byte scan agrees with the scalar rule on every escaped scalar and near miss.
    @Test func theByteScanFindsEveryScalarToEscape() {
        for value in Array(UInt32(0)...0x2FF) + Array(UInt32(0x2000)...0x2080) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "\u{e9}"
            #expect(SafeText.needsEscape(text) == (SafeText.escape(scalar) != nil), "U+\(String(value, radix: 16))")
        }
        #expect(!SafeText.needsEscape("one\ntwo\n", besides: 0x0A))
        #expect(SafeText.needsEscape("one\ntwo\u{1b}", besides: 0x0A))
        #expect(!SafeText.needsEscape("\u{142}\u{2080}\u{1F600}"))
    }

    @Test func printableTextIsUnchanged() {
        let text = "Hip flexor stretch · 30 s × 2 ← → é 日本 \\x1b"
        #expect(SafeText.escaped(text) == text)
        #expect(SafeText.escaped(SafeText.escaped("\u{1b}")) == "\\x1b")
    }
}

/// The one JSON string escaper: every text comes out as one valid JSON string, and plain text
/// (the common case, taken without a scalar walk) exactly as it was.
@Suite struct JSONQuotedTests {
    @Test func plainTextIsOnlyQuoted() {
        #expect(JSONValue.quoted("cat-cow") == "\"cat-cow\"")
        #expect(JSONValue.quoted("caf\u{e9} \u{1F600}") == "\"caf\u{e9} \u{1F600}\"")
        #expect(JSONValue.quoted("") == "\"\"")
    }

    @Test func quotesBackslashesAndControlsAreEscaped() {
        #expect(JSONValue.quoted("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
        #expect(JSONValue.quoted("l1\nl2\tx\r") == "\"l1\\nl2\\tx\\r\"")
        #expect(JSONValue.quoted("\u{1b}[2J\u{7f}\u{9b}") == "\"\\u001b[2J\\u007f\\u009b\"")
    }
}
