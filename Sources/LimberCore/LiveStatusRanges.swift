/// The ranges a status may hold, checked where one is decoded from outside the process (the
/// control socket, the status cache): a timer of another version, a damaged or planted file
/// must give a refusal, never a trap or a nonsense line. The same limits as the settings.
extension LiveStatus {
    /// The longest stretch a status may report: a year (a stretch with presence off and the
    /// machine never asleep can run for days; a year is no timer's).
    static let longest = 366 * 86_400.0
    /// The longest timed pause (`limber pause --for` allows 7 days).
    static let longestPause = DurationLimit.pauseFor.range.upperBound
    /// A day's totals: up to 25 hours (the day the clocks go back).
    static let dayLength = 25 * 3600.0

    /// Why this status is out of range, or nil when every figure is within its limits.
    public var outOfRange: String? {
        // Each figure's range is in its row of the one field table.
        for field in StatusField.all {
            guard let range = field.range, let value = field.number?(self) else { continue }
            if !(value.isFinite && range.contains(value)) { return "\(field.name) out of range" }
        }
        if let opening = promptsResume, let problem = opening.outOfRange { return "promptsResume: \(problem)" }
        // An exercise's name is a line on a popup; it is escaped where it is printed.
        if let name = nextExercise, name.utf8.count > 200 { return "nextExercise too long" }
        return nil
    }

    /// The status when it is within range, else nil.
    public var checked: LiveStatus? { outOfRange == nil ? self : nil }
}

extension ActiveHours.Opening {
    /// Why this opening cannot be one, or nil.
    public var outOfRange: String? {
        if !(0...7).contains(daysAhead) { return "daysAhead must be 0 to 7" }
        if !(1...7).contains(weekday) { return "weekday must be 1 to 7" }
        if !(0..<(24 * 60)).contains(minute) { return "minute must be 0 to 1439" }
        return nil
    }
}
