/// What happened on one local day. Seconds are split at midnight.
public struct DayTotals: Sendable, Equatable {
    public var day: LocalDay
    public var sittingSeconds: Double = 0
    public var standingSeconds: Double = 0
    public var breakSeconds: Double = 0
    public var pausedSeconds: Double = 0
    public var awaySeconds: Double = 0
    public var breaksDue = 0
    public var breaksTaken = 0
    public var breaksEndedEarly = 0
    public var breaksSkipped = 0
    public var snoozes = 0
    /// Away gaps that ended a stretch: the user moved without being asked.
    public var naturalBreaks = 0
    public var postureChanges = 0
    /// Away time given back with `u` (`limber back --was-here`).
    public var presenceCorrections = 0
    public var longestSittingSeconds: Double = 0
    /// Sitting stretches that ran longer than the interval.
    public var longSittingStretches = 0
    /// Exercise id → times finished, and times partly done.
    public var exercisesDone: [String: Int] = [:]
    public var exercisesPartial: [String: Int] = [:]
    public var exercisesSkipped = 0
    /// Area → exercises (done or partial) that worked it.
    public var areaCounts: [Area: Int] = [:]

    public init(day: LocalDay) {
        self.day = day
    }

    /// Counts an exercise's outcome toward the day.
    public mutating func count(_ outcome: ExerciseOutcome, helps: [Area]) {
        switch outcome.result {
        case .done: exercisesDone[outcome.id, default: 0] += 1
        case .partial: exercisesPartial[outcome.id, default: 0] += 1
        case .skipped: exercisesSkipped += 1
        }
        guard outcome.result != .skipped else { return }
        for area in helps { areaCounts[area, default: 0] += 1 }
    }

    /// Adds seconds of one kind of time.
    public mutating func credit(_ seconds: Double, to activity: Activity) {
        switch activity {
        case .sitting: sittingSeconds += seconds
        case .standing: standingSeconds += seconds
        case .moving: breakSeconds += seconds
        case .paused: pausedSeconds += seconds
        case .away: awaySeconds += seconds
        }
    }
}

/// The kinds of time a day is made of.
public enum Activity: String, Sendable, Equatable, CaseIterable {
    case sitting, standing, moving, paused, away

    public init(_ posture: Posture) {
        self = posture == .sitting ? .sitting : .standing
    }
}
