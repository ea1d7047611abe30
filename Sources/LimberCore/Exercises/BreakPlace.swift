/// Where a running break is, for another process to show it: `limber prompt` plays the break
/// in a tmux popup from this, asking the running timer for it over the control socket a few
/// times a second. The timer stays the one source: the popup never moves the break on, it
/// draws the place it is given, and the history is the timer's alone. Exercises go by id with
/// the amount the routine fitted them to (a hold's seconds, or reps); the popup finds them in
/// the same exercise library.
public struct BreakPlace: Sendable, Equatable, Codable {
    public var exercises: [String]
    /// Per exercise: seconds held on each side, or reps.
    public var amounts: [Double]
    /// What became of each exercise finished so far, in order (`done`, `partial`, `skipped`).
    public var results: [String]
    /// The current exercise; the number of exercises once all are finished.
    public var index: Int
    /// Seconds into the current exercise.
    public var itemElapsed: Double
    /// Seconds of the break spent moving.
    public var elapsed: Double
    /// The break's length (a break without exercises counts it down).
    public var length: Double
    public var paused: Bool
    /// Seconds on the "done" screen, once every exercise is finished.
    public var doneElapsed: Double?
    public var returnPosture: Posture

    public init(exercises: [String], amounts: [Double], results: [String], index: Int, itemElapsed: Double, elapsed: Double,
                length: Double, paused: Bool, doneElapsed: Double?, returnPosture: Posture) {
        self.exercises = exercises
        self.amounts = amounts
        self.results = results
        self.index = index
        self.itemElapsed = itemElapsed
        self.elapsed = elapsed
        self.length = length
        self.paused = paused
        self.doneElapsed = doneElapsed
        self.returnPosture = returnPosture
    }

    public init(_ progress: BreakProgress) {
        exercises = progress.routine.items.map(\.exercise.id)
        amounts = progress.routine.items.map(\.dose.amount)
        results = progress.outcomes.map(\.result.rawValue)
        index = progress.index
        itemElapsed = progress.itemElapsed
        elapsed = progress.elapsed
        length = progress.length
        paused = progress.isPaused
        doneElapsed = progress.doneElapsed
        returnPosture = progress.returnPosture
    }

    /// The break again, its exercises found by id in `library`; nil when one is not there (the
    /// library changed since the timer read it) or the place does not fit the routine.
    public func progress(library: [Exercise]) -> BreakProgress? {
        guard outOfRange == nil else { return nil }
        var items: [Routine.Item] = []
        for (id, amount) in zip(exercises, amounts) {
            guard let exercise = library.first(where: { $0.id == id }) else { return nil }
            items.append(Routine.Item(exercise: exercise, dose: exercise.dose.with(amount: amount)))
        }
        let outcomes = zip(items, results).compactMap { item, result in
            ExerciseOutcome.Result(rawValue: result).map { ExerciseOutcome(id: item.exercise.id, result: $0, sides: [], seconds: 0) }
        }
        return BreakProgress(routine: Routine(items: items), length: length, returnPosture: returnPosture, index: index,
                             itemElapsed: min(itemElapsed, index < items.count ? items[index].duration : 0), elapsed: elapsed,
                             isPaused: paused, doneElapsed: doneElapsed, outcomes: outcomes)
    }

    /// Most exercises a routine can hold, and the longest id, as a reply from outside may carry.
    public static let mostExercises = 64
    static let longestID = 200

    /// Why a place read from outside cannot be one, or nil: every count and figure is checked
    /// before anything draws it.
    public var outOfRange: String? {
        let seconds = DurationLimit.setting.range
        guard exercises.count <= Self.mostExercises, amounts.count == exercises.count else { return "exercises and amounts do not match" }
        guard results.count <= exercises.count, index >= 0, index <= exercises.count else { return "index out of range" }
        guard exercises.allSatisfy({ !$0.isEmpty && $0.utf8.count <= Self.longestID }) else { return "exercise id out of range" }
        guard amounts.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= seconds.upperBound }) else { return "amount out of range" }
        for figure in [itemElapsed, elapsed, length] + (doneElapsed.map { [$0] } ?? []) {
            guard figure.isFinite, figure >= 0, figure <= seconds.upperBound * Double(Self.mostExercises) else { return "seconds out of range" }
        }
        return nil
    }

    /// The control reply's object.
    public var wireObject: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("exercises", .array(exercises.map(JSONValue.string))), ("amounts", .array(amounts.map(JSONValue.number))),
            ("results", .array(results.map(JSONValue.string))), ("index", .integer(index)),
            ("itemElapsed", .number(itemElapsed)), ("elapsed", .number(elapsed)), ("length", .number(length)),
            ("paused", .bool(paused)), ("returnPosture", .string(returnPosture.rawValue)),
        ]
        if let doneElapsed { fields.append(("doneElapsed", .number(doneElapsed))) }
        return .object(fields)
    }
}
