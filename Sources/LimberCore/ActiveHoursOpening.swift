/// When prompts come back after active hours end: what the main screen and `limber status`
/// say instead of a countdown that cannot run out.
extension ActiveHours {
    /// The next local time prompts are allowed again, as a weekday and a minute of the day.
    public struct Opening: Sendable, Equatable, Codable {
        /// 0 for later today, 1 for tomorrow … 7 for this weekday next week.
        public var daysAhead: Int
        /// ISO weekday, 1 Monday … 7 Sunday.
        public var weekday: Int
        public var minute: Int

        public init(daysAhead: Int, weekday: Int, minute: Int) {
            self.daysAhead = daysAhead
            self.weekday = weekday
            self.minute = minute
        }

        /// `09:00` later today, else `Mon 09:00`.
        public var when: String {
            let time = Self.pad(minute / 60) + ":" + Self.pad(minute % 60)
            guard daysAhead > 0 else { return time }
            // Never trust the number to be 1…7 (it may come from a socket or a cache): any Int
            // names some day, and none traps (`weekday - 1` would overflow at Int.min).
            let name = ActiveHours.dayNames[(weekday % 7 + 6) % 7]
            return name.prefix(1).uppercased() + name.dropFirst() + " " + time
        }

        /// `Prompts resume at 09:00` (today), `Prompts resume Mon 09:00`: the main screen's line.
        public var sentence: String {
            "Prompts resume " + (daysAhead == 0 ? "at " : "") + when
        }

        /// `no prompts until Mon 09:00`: the status line's and the title's words.
        public static func untilText(_ opening: Opening?) -> String {
            opening.map { "no prompts until \($0.when)" } ?? "no prompts now"
        }

        private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    }

    /// The first minute after (`weekday`, `minute`) inside active hours; nil when that minute
    /// is inside already, or when no day is active. Follows `contains` exactly: a window past
    /// midnight (22:00-06:00) belongs, both parts, to each day listed, so after a day off its
    /// morning part opens at 00:00. Local clock times only: a start that a DST jump skips is
    /// still named as written, as the user wrote it.
    public func nextOpening(after weekday: Int, minute: Int) -> Opening? {
        guard !contains(weekday: weekday, minute: minute), !days.isEmpty else { return nil }
        for ahead in 0...7 {
            let day = (weekday - 1 + ahead) % 7 + 1
            guard days.contains(day), let first = firstAllowedMinute(from: ahead == 0 ? minute + 1 : 0) else { continue }
            return Opening(daysAhead: ahead, weekday: day, minute: first)
        }
        return nil
    }

    /// The first minute of an active day, from `earliest` on, that is inside the window.
    private func firstAllowedMinute(from earliest: Int) -> Int? {
        let dayLength = 24 * 60
        if start == end { return earliest < dayLength ? earliest : nil }
        if start > end, earliest < end { return earliest }
        let opening = max(earliest, start)
        return opening < dayLength && (start < end ? opening < end : true) ? opening : nil
    }
}
