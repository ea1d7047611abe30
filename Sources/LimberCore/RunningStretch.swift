/// A stretch in one posture as the day figures count it: toward a day's longest sitting by its
/// part on that day. The one rule for a stretch recorded when it ends, when limber quits, at
/// each midnight it runs through, and for one still running (the live screen and `limber
/// summary` while the timer runs), so none of them can count it differently.
public struct RunningStretch: Sendable, Equatable {
    public var posture: Posture
    /// Its length (pauses not counted).
    public var seconds: Double
    /// When it ended, or the reading it is known up to.
    public var end: Date

    public init(posture: Posture, seconds: Double, end: Date) {
        self.posture = posture
        self.seconds = seconds
        self.end = end
    }

    /// Its part on the day that starts at `dayStart`: the seconds since then, at most its length.
    public func part(dayStart: Date) -> Double {
        max(0, min(seconds, end.timeIntervalSince(dayStart)))
    }
}

extension DayTotals {
    /// A stretch not recorded yet counts toward the day's longest sitting by its part here,
    /// as its record will (`TimerEngine.stretchRecord`).
    public mutating func count(_ stretch: RunningStretch, dayStart: Date) {
        guard stretch.posture == .sitting else { return }
        longestSittingSeconds = max(longestSittingSeconds, stretch.part(dayStart: dayStart))
    }
}

extension TimerState {
    /// The stretch running now, if one is (a break is no stretch).
    public var runningStretch: RunningStretch? {
        guard breakProgress == nil, stretchElapsed > 0 else { return nil }
        return RunningStretch(posture: posture, seconds: stretchElapsed, end: lastSeen.wall)
    }
}
