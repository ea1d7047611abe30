/// A running break: the routine, where the user is in it, and what became of each exercise.
///
/// Time only moves forward through `advance`; `n` (skip) and ending early are the other ways
/// out of an exercise. A break without exercises is a plain countdown of `length`.
public struct BreakProgress: Sendable, Equatable {
    /// How long the "done" screen stays before the next stretch starts.
    public static let doneSeconds = 5.0

    public var routine: Routine
    public var length: Double
    /// The current exercise; equal to the number of items once all are finished.
    public private(set) var index = 0
    /// Seconds into the current exercise.
    public private(set) var itemElapsed = 0.0
    /// Seconds of the break spent moving (pauses excluded).
    public private(set) var elapsed = 0.0
    public var isPaused = false
    /// Seconds on the "done" screen, once every exercise is finished.
    public private(set) var doneElapsed: Double?
    public private(set) var outcomes: [ExerciseOutcome] = []
    /// The posture the next stretch starts in; `t` during a break changes it.
    public var returnPosture: Posture
    /// Whether the break answered a prompt or started before one.
    public var start: BreakStart

    public init(routine: Routine, length: Double, returnPosture: Posture, start: BreakStart) {
        self.routine = routine
        self.length = length
        self.returnPosture = returnPosture
        self.start = start
    }

    /// A break at a given place, as `BreakPlace` carries it to another process: for drawing
    /// only (`limber prompt` in a tmux popup); the running timer's copy is the one that moves.
    init(routine: Routine, length: Double, returnPosture: Posture, index: Int, itemElapsed: Double, elapsed: Double,
         isPaused: Bool, doneElapsed: Double?, outcomes: [ExerciseOutcome]) {
        self.init(routine: routine, length: length, returnPosture: returnPosture, start: .prompted)
        self.index = index
        self.itemElapsed = itemElapsed
        self.elapsed = elapsed
        self.isPaused = isPaused
        self.doneElapsed = doneElapsed
        self.outcomes = outcomes
    }

    public var current: Routine.Item? {
        index < routine.items.count ? routine.items[index] : nil
    }

    public var next: Routine.Item? {
        index + 1 < routine.items.count ? routine.items[index + 1] : nil
    }

    public var isDone: Bool { doneElapsed != nil }

    /// Seconds until the break is over, counting the exercises still to come.
    public var remaining: Double {
        if routine.items.isEmpty { return max(0, length - elapsed) }
        if let done = doneElapsed { return max(0, Self.doneSeconds - done) }
        let later = routine.items.dropFirst(index + 1).reduce(0) { $0 + $1.duration }
        return max(0, (current?.duration ?? 0) - itemElapsed) + later + Self.doneSeconds
    }

    /// Whether the figure is moving now: through reps, or easing into a hold. A held pose is
    /// still, so the screen need not be redrawn more than once a second.
    public var figureIsMoving: Bool {
        guard let item = current, !isPaused else { return false }
        let (side, inSide) = item.place(at: itemElapsed)
        return Motion(item.exercise, dose: item.dose).isMoving(side: side, at: inSide)
    }

    /// Seconds left in the current exercise.
    public var itemRemaining: Double {
        max(0, (current?.duration ?? 0) - itemElapsed)
    }

    /// Moves time forward. Returns the outcomes of exercises that finished, and whether the
    /// whole break is over.
    mutating func advance(by delta: Double) -> (finished: [ExerciseOutcome], over: Bool) {
        guard !isPaused, delta > 0 else { return ([], false) }
        elapsed += delta
        if routine.items.isEmpty { return ([], elapsed >= length) }
        var left = delta
        var finished: [ExerciseOutcome] = []
        while let item = current, left > 0 {
            let need = item.duration - itemElapsed
            if left >= need {
                itemElapsed = item.duration
                finished.append(closeCurrent())
                left -= need
            } else {
                itemElapsed += left
                left = 0
            }
        }
        if current == nil {
            doneElapsed = (doneElapsed ?? 0) + left
            return (finished, doneElapsed! >= Self.doneSeconds)
        }
        return (finished, false)
    }

    /// `n`: leave the current exercise for the next.
    mutating func skipCurrent() -> ExerciseOutcome? {
        guard current != nil else { return nil }
        return closeCurrent()
    }

    /// Esc: every exercise not finished is closed as partial or skipped.
    mutating func endEarly() -> [ExerciseOutcome] {
        var closed: [ExerciseOutcome] = []
        while current != nil { closed.append(closeCurrent()) }
        return closed
    }

    private mutating func closeCurrent() -> ExerciseOutcome {
        let item = routine.items[index]
        let outcome = Self.outcome(item, after: itemElapsed)
        outcomes.append(outcome)
        index += 1
        itemElapsed = 0
        if index == routine.items.count { doneElapsed = 0 }
        return outcome
    }

    /// Done when finished; partial when at least a quarter (or one side) was done; else skipped.
    static func outcome(_ item: Routine.Item, after seconds: Double) -> ExerciseOutcome {
        // The left side is done after its dose; the right after its switch and its dose.
        let ends = [item.dose.secondsPerSide, item.duration]
        let sides = item.exercise.sided ? zip(Side.allCases, ends).filter { seconds + 1e-9 >= $0.1 }.map(\.0) : []
        let result: ExerciseOutcome.Result
        if seconds + 1e-9 >= item.duration {
            result = .done
        } else if seconds >= max(5, item.duration / 4) || !sides.isEmpty {
            result = .partial
        } else {
            result = .skipped
        }
        return ExerciseOutcome(id: item.exercise.id, result: result, sides: sides, seconds: seconds)
    }
}
