/// The exercises of one break, with the dose fitted to the break's length.
public struct Routine: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var exercise: Exercise
        public var dose: Dose

        /// Every side's dose, and the switch between the sides of a hold.
        public var duration: Double {
            dose.secondsPerSide * Double(exercise.sides.count) + Motion.switchLength(exercise, dose)
        }

        /// Which side `seconds` into the item is on, and how far into that side: the right
        /// side's time starts with its switch.
        public func place(at seconds: Double) -> (side: Side?, inSide: Double) {
            let perSide = max(0.001, dose.secondsPerSide)
            guard exercise.sided, seconds >= perSide else { return (exercise.sides[0], seconds) }
            return (.right, seconds - perSide)
        }

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
