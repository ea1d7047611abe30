/// The day and day-count arguments of `limber summary`: `--date 2026-11-27`, `today`,
/// `yesterday` or `-3` (days back), and `--days N`. Pure, so the fuzz tests reach it.
public enum DayArgument {
    /// The most days one summary covers, and the furthest `-N` reaches back (about ten years).
    public static let maxDays = 3660

    /// The day meant by `text`, or a one-line reason (after the flag's name) it is refused.
    public static func date(_ text: String, today: LocalDay) -> Result<LocalDay, Problem> {
        let example = "use YYYY-MM-DD (\(LocalDay.years.lowerBound) to today), today, yesterday or -N for N days back, e.g. \(today.adding(days: -1))"
        let lowered = text.lowercased()
        let day: LocalDay
        if lowered == "today" {
            day = today
        } else if lowered == "yesterday" {
            day = today.adding(days: -1)
        } else if lowered.hasPrefix("-") {
            guard let back = Checked.digits(lowered.dropFirst()), back <= maxDays else {
                return .failure(Problem(message: "'\(text)' is not a number of days back from 0 to \(maxDays); \(example)"))
            }
            day = today.adding(days: -back)
        } else {
            guard let parsed = LocalDay(iso: text) else {
                return .failure(Problem(message: "'\(text)' is not a date; \(example)"))
            }
            day = parsed
        }
        guard day <= today else {
            return .failure(Problem(message: "'\(text)' is in the future; there is no history for it yet; \(example)"))
        }
        return .success(day)
    }

    /// `--days N`: 1 … `maxDays`.
    public static func days(_ text: String) -> Result<Int, Problem> {
        guard let count = Checked.digits(text), (1...maxDays).contains(count) else {
            return .failure(Problem(message: "'\(text)' is not a number of days from 1 to \(maxDays); e.g. --days 7"))
        }
        return .success(count)
    }

    public struct Problem: Error, Sendable, Equatable {
        public let message: String

        public init(message: String) {
            self.message = message
        }
    }
}
