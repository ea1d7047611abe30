/// Where an exercise's figure is at each moment of a side. Each tempo phase moves from where
/// the previous one ended to its own target; a hold eases from the start pose into its target
/// and stays. Because the words and the poses come from the same phase, they cannot drift apart.
public struct Motion: Sendable {
    public let exercise: Exercise
    public let dose: Dose

    /// How long a hold takes to ease into position.
    public static let easeInSeconds = 1.5

    public init(_ exercise: Exercise, dose: Dose) {
        self.exercise = exercise
        self.dose = dose
    }

    /// The move under way `seconds` into a side: from one pose to another, and how far along
    /// (0...1, before easing).
    public func move(at seconds: Double) -> (from: String, to: String, fraction: Double) {
        let targets = exercise.targets
        guard let last = targets.last else { return ("", "", 1) }
        switch dose {
        case .hold:
            let ease = min(Self.easeInSeconds, dose.secondsPerSide / 2)
            let fraction = ease > 0 ? min(1, max(0, seconds / ease)) : 1
            return (exercise.start ?? last, last, fraction)
        case .reps(_, let phases, let phaseSeconds):
            let count = max(1, phases.count)
            let phaseIndex = self.phaseIndex(at: seconds)
            let fraction = min(1, max(0, (seconds - Double(phaseIndex) * phaseSeconds) / phaseSeconds))
            let target = targets[min(targets.count - 1, phaseIndex % count)]
            let from: String
            if phaseIndex == 0 {
                from = exercise.start ?? last
            } else {
                from = targets[min(targets.count - 1, (phaseIndex - 1) % count)]
            }
            return (from, target, fraction)
        }
    }

    /// Which phase of the side (counting across reps from 0) is under way `seconds` into it.
    public func phaseIndex(at seconds: Double) -> Int {
        guard case .reps(let total, let phases, let phaseSeconds) = dose, phaseSeconds > 0 else { return 0 }
        let count = max(1, phases.count)
        let index = (seconds / phaseSeconds).rounded(.down)
        return index.isFinite ? min(total * count - 1, max(0, Int(min(index, 1e9)))) : 0
    }

    /// The picture `seconds` into `side`; `still` shows the exercise's still target instead.
    public func picture(side: Side?, at seconds: Double, still: Bool = false) -> Picture? {
        if still { return exercise.picture(exercise.stillTarget, side: side) }
        let move = move(at: seconds)
        guard let to = exercise.picture(move.to, side: side) else { return nil }
        guard case .figure(let end, let props, let bounds) = to,
              case .figure(let begin, _, _)? = exercise.picture(move.from, side: side) else {
            return to // hand-drawn frames show the target for the whole phase
        }
        return .figure(begin.toward(end, Self.ease(move.fraction)), props: props, bounds: bounds)
    }

    /// Slow out, slow in: a limb speeds up and settles, as people move.
    public static func ease(_ t: Double) -> Double {
        t * t * (3 - 2 * t)
    }
}
