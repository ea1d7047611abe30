/// RFC 3339 dates and times as TOML has them: `1979-05-27T07:32:00.5-07:00` (T, t or a space
/// between), `1979-05-27T07:32:00`, `1979-05-27`, `07:32:00`. Seconds are required; each field
/// is range-checked, days against the month and leap years.
extension TOMLParser {
    func dateTime(_ word: [UInt8], at start: Int) throws(TOMLError) -> TOMLDateTime {
        var bad: TOMLError {
            failure("'\(FileText.quoted(String(decoding: word, as: UTF8.self)))' is not a valid date or time; write 1979-05-27, 07:32:00, 1979-05-27T07:32:00 or 1979-05-27T07:32:00Z", at: start)
        }
        var reader = FieldReader(bytes: word[...])
        var value = TOMLDateTime()
        if word.count >= 5, word[4] == UInt8(ascii: "-") {
            guard let date = reader.date() else { throw bad }
            value.date = date
            guard !reader.isAtEnd else { return value }
            guard reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: "t")) else { throw bad }
        }
        guard let time = reader.time() else { throw bad }
        value.time = time
        if value.date != nil, !reader.isAtEnd {
            guard let offset = reader.offset() else { throw bad }
            value.offsetMinutes = offset
        }
        guard reader.isAtEnd else { throw bad }
        return value
    }
}

/// Reads fixed-width fields off a date or time word.
private struct FieldReader {
    var bytes: ArraySlice<UInt8>

    var isAtEnd: Bool { bytes.isEmpty }

    mutating func take(_ byte: UInt8) -> Bool {
        guard bytes.first == byte else { return false }
        bytes.removeFirst()
        return true
    }

    mutating func number(_ width: Int) -> Int? {
        guard bytes.count >= width else { return nil }
        var value = 0
        for byte in bytes.prefix(width) {
            guard TOMLParser.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        bytes.removeFirst(width)
        return value
    }

    mutating func date() -> TOMLDateTime.Date? {
        guard let year = number(4), take(UInt8(ascii: "-")), let month = number(2), take(UInt8(ascii: "-")),
              let day = number(2), (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day)
        else { return nil }
        return TOMLDateTime.Date(year: year, month: month, day: day)
    }

    mutating func time() -> TOMLDateTime.Time? {
        guard let hour = number(2), take(UInt8(ascii: ":")), let minute = number(2), take(UInt8(ascii: ":")),
              let second = number(2), hour <= 23, minute <= 59, second <= 60 // 60: a leap second
        else { return nil }
        var fraction = ""
        if take(UInt8(ascii: ".")) {
            while let byte = bytes.first, TOMLParser.isDigit(byte) {
                fraction.unicodeScalars.append(Unicode.Scalar(byte))
                bytes.removeFirst()
            }
            guard !fraction.isEmpty else { return nil }
        }
        return TOMLDateTime.Time(hour: hour, minute: minute, second: second, fraction: fraction)
    }

    /// `Z` or `±HH:MM`, as minutes east of UTC.
    mutating func offset() -> Int? {
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
        let negative = bytes.first == UInt8(ascii: "-")
        guard take(UInt8(ascii: "+")) || take(UInt8(ascii: "-")), let hours = number(2), take(UInt8(ascii: ":")),
              let minutes = number(2), hours <= 23, minutes <= 59
        else { return nil }
        let total = hours * 60 + minutes
        return negative ? -total : total
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
