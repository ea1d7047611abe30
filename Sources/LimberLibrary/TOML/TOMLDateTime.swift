/// A TOML date, time or both, kept as written (fractional seconds as their digits) so nothing
/// is rounded. Which parts are present says which of TOML's four kinds it is.
public struct TOMLDateTime: Sendable, Equatable, CustomStringConvertible {
    public struct Date: Sendable, Equatable {
        public var year: Int
        public var month: Int
        public var day: Int
    }

    public struct Time: Sendable, Equatable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        /// The digits after the decimal point, as written ("" when there are none).
        public var fraction: String
    }

    public var date: Date?
    public var time: Time?
    /// Minutes east of UTC; nil for a local date-time, date or time.
    public var offsetMinutes: Int?

    public var typeName: String {
        switch (date, time) {
        case (.some, .some): "a date and time"
        case (.some, nil): "a date"
        default: "a time of day"
        }
    }

    /// RFC 3339 text: `1979-05-27T07:32:00.5-07:00`, `1979-05-27`, `07:32:00`.
    public var description: String {
        var text = ""
        if let date {
            text += Self.digits(date.year, 4) + "-" + Self.digits(date.month, 2) + "-" + Self.digits(date.day, 2)
        }
        if let time {
            if date != nil { text += "T" }
            text += Self.digits(time.hour, 2) + ":" + Self.digits(time.minute, 2) + ":" + Self.digits(time.second, 2)
            if !time.fraction.isEmpty { text += "." + time.fraction }
        }
        if let offsetMinutes {
            if offsetMinutes == 0 {
                text += "Z"
            } else {
                let size = abs(offsetMinutes)
                text += (offsetMinutes < 0 ? "-" : "+") + Self.digits(size / 60, 2) + ":" + Self.digits(size % 60, 2)
            }
        }
        return text
    }

    private static func digits(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
