/// The exercises of one break, with the dose fitted to the break's length.
public struct Routine: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var exercise: Exercise
        public var dose: Dose

        public var duration: Double { dose.secondsPerSide * Double(exercise.sides.count) }

        public init(exercise: Exercise, dose: Dose) {
            self.exercise = exercise
            self.dose = dose
        }
    }

    public var items: [Item]

    public init(items: [Item]) {
        self.items = items
    }

    public var ids: [String] { items.map(\.exercise.id) }

    public var duration: Double { items.reduce(0) { $0 + $1.duration } }
}

/// What became of one exercise of a break.
public struct ExerciseOutcome: Sendable, Equatable {
    public enum Result: String, Sendable, Equatable {
        case done, partial, skipped
    }

    public var id: String
    public var result: Result
    /// The sides finished (empty for one-sided exercises).
    public var sides: [Side]
    public var seconds: Double

    public init(id: String, result: Result, sides: [Side], seconds: Double) {
        self.id = id
        self.result = result
        self.sides = sides
        self.seconds = seconds
    }
}
