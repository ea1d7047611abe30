/// When prompts may appear: a daily window of local time and the weekdays it applies to.
/// Outside it limber keeps counting and recording, but does not prompt.
public struct ActiveHours: Sendable, Equatable {
    /// Minutes after local midnight; an end before the start wraps past midnight (22:00-06:00).
    public var start: Int
    public var end: Int
    /// ISO weekdays: 1 is Monday, 7 is Sunday.
    public var days: Set<Int>

    public static let everyDay: Set<Int> = Set(1...7)
    public static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    public init(start: Int = 0, end: Int = 24 * 60, days: Set<Int> = everyDay) {
        self.start = start
        self.end = end
        self.days = days
    }

    public func contains(weekday: Int, minute: Int) -> Bool {
        guard days.contains(weekday) else { return false }
        if start == end { return true }
        return start < end ? (minute >= start && minute < end) : (minute >= start || minute < end)
    }

    /// Reads `09:00-18:00` (spaces around the `-` allowed); nil for anything else, such as a
    /// sign (`-1:00-05:00`), an empty part or trailing text.
    public static func parseWindow(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard parts.count == 2, let start = minute(parts[0]), let end = minute(parts[1]) else { return nil }
        return (start, end)
    }

    /// Reads `mon-fri`, `sat,sun`, `monday` or a single day; nil if any part is unknown or empty.
    public static func parseDays(_ text: String) -> Set<Int>? {
        var result = Set<Int>()
        for item in text.lowercased().split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingSpaces }) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard (1...2).contains(ends.count), let first = day(ends[0]), let last = day(ends[ends.count - 1]) else { return nil }
            var d = first
            while true {
                result.insert(d)
                if d == last { break }
                d = d % 7 + 1
            }
        }
        return result.isEmpty ? nil : result
    }

    static let fullDayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `mon` or `monday`; nothing in between or after.
    static func day(_ name: String) -> Int? {
        (dayNames.firstIndex(of: name) ?? fullDayNames.firstIndex(of: name)).map { $0 + 1 }
    }

    /// `9:00`, `09:00` … `24:00`: one or two digits, a colon, two digits.
    static func minute(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Checked.digits(parts[0]), let m = Checked.digits(parts[1]),
              (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 24 * 60 else { return nil }
        return h * 60 + m
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
