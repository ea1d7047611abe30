/// What happened on one local day. Seconds are split at midnight. The counts are defined in
/// docs/USER-GUIDE.md ("What the counts mean") and worked out only by `count` and `add` below,
/// for the live engine and for the history alike.
public struct DayTotals: Sendable, Equatable {
    public var day: LocalDay
    public var sittingSeconds: Double = 0
    public var standingSeconds: Double = 0
    public var breakSeconds: Double = 0
    public var pausedSeconds: Double = 0
    public var awaySeconds: Double = 0
    /// Prompts that ended this day; each ends once: taken, skipped or natural, so
    /// `breaksTaken + breaksSkipped + naturalAfterPrompt == breaksDue`.
    public var breaksDue = 0
    /// Breaks that answered a prompt.
    public var breaksTaken = 0
    /// Breaks started before any prompt.
    public var breaksEarly = 0
    /// Breaks (taken or early) ended with Esc or q before the routine was over.
    public var breaksEndedEarly = 0
    public var breaksSkipped = 0
    public var snoozes = 0
    /// Stretches ended by time away or a long pause, or by a change of posture while the prompt
    /// showed: the user moved without the break screen.
    public var naturalBreaks = 0
    /// The natural breaks that ended a prompt.
    public var naturalAfterPrompt = 0
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

    /// Every finished exercise of the day.
    public var exercisesDoneCount: Int { exercisesDone.values.reduce(0, +) }
    public var exercisesPartialCount: Int { exercisesPartial.values.reduce(0, +) }
    /// Breaks of either kind.
    public var breaksStarted: Int { breaksTaken + breaksEarly }
}

extension DayTotals {
    /// Counts events of one kind toward the day: the one place that says what each stored
    /// event adds. `helps` gives an exercise's areas.
    public mutating func count(_ group: EventCount, helps: (String) -> [Area]) {
        let n = group.count
        switch group.kind {
        case .breakStart where group.result == .early:
            breaksEarly += n
        case .breakStart:
            breaksTaken += n
            breaksDue += n
        case .skip:
            breaksSkipped += n
            breaksDue += n
        case .naturalBreak:
            naturalBreaks += n
            if group.result == .afterPrompt {
                naturalAfterPrompt += n
                breaksDue += n
            }
        case .breakEnd where group.result == .early: breaksEndedEarly += n
        case .snooze: snoozes += n
        case .posture: postureChanges += n
        case .presenceCorrection: presenceCorrections += n
        case .stretchEnd where group.posture == .sitting:
            longestSittingSeconds = max(longestSittingSeconds, group.maxSeconds)
            if group.result == .long { longSittingStretches += n }
        case .exercise:
            guard let id = group.name, let result = group.result?.exercise else { return }
            count(result, of: id, times: n, helps: helps(id))
        default:
            // `due` is kept for the record (and the hooks); a prompt is counted when it ends.
            break
        }
    }

    private mutating func count(_ result: ExerciseOutcome.Result, of id: String, times n: Int, helps: [Area]) {
        switch result {
        case .done: exercisesDone[id, default: 0] += n
        case .partial: exercisesPartial[id, default: 0] += n
        case .skipped: exercisesSkipped += n
        }
        guard result != .skipped else { return }
        for area in helps { areaCounts[area, default: 0] += n }
    }

    /// Adds the part of `span` that falls inside the day, `start` to `end` (wall clock).
    public mutating func add(_ span: Span, dayStart start: Date, dayEnd end: Date) {
        guard span.seconds > 0 else { return }
        let overlap = min(end, span.end).timeIntervalSince(max(start, span.start))
        if overlap > 0 { credit(overlap, to: span.activity) }
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
public enum Activity: String, Sendable, Equatable, CaseIterable, Codable {
    case sitting, standing, moving, paused, away

    public init(_ posture: Posture) {
        self = posture == .sitting ? .sitting : .standing
    }
}
