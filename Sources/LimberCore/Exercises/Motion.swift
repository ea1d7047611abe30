/// Where an exercise's figure is at each moment of a side. Each tempo phase moves from where
/// the previous one ended to its own target; a hold eases from the start pose into its target
/// and stays (or, with a cycle, keeps moving through it: a walk). Because the words and the
/// poses come from the same phase, they cannot drift apart.
public struct Motion: Sendable {
    public let exercise: Exercise
    public let dose: Dose

    /// How long a hold takes to ease into position.
    public static let easeInSeconds = 1.5
    /// The start of a two-sided hold's second side: back to the start pose, then the other
    /// side's limbs take it up. Added to that side's time, so its hold is as long as the first.
    public static let switchSeconds = 4.0

    public init(_ exercise: Exercise, dose: Dose) {
        self.exercise = exercise
        self.dose = dose
    }

    /// How long the switch between sides lasts: a two-sided hold of 12 s or more has one.
    public static func switchLength(_ exercise: Exercise, _ dose: Dose) -> Double {
        guard exercise.sided, case .hold = dose, dose.secondsPerSide >= switchSeconds * 3 else { return 0 }
        return switchSeconds
    }

    /// Whether `seconds` into `side` (the right side's time starting with its switch) is the
    /// switch between the sides of a hold.
    public func isSwitching(side: Side?, at seconds: Double) -> Bool {
        side == .right && seconds < Self.switchLength(exercise, dose)
    }

    /// Seconds of a hold's side spent holding (after any switch).
    private func holdStart(side: Side?) -> Double {
        isSwitching(side: side, at: 0) ? Self.switchSeconds : 0
    }

    /// Whether the figure moves at this moment: reps always; a hold while it switches sides,
    /// eases in, or cycles.
    public func isMoving(side: Side?, at seconds: Double) -> Bool {
        switch dose {
        case .reps: return true
        case .hold:
            if !exercise.cycle.isEmpty { return true }
            let start = holdStart(side: side)
            return seconds < start + min(Self.easeInSeconds, dose.secondsPerSide / 2)
        }
    }

    /// The move under way `seconds` into a side: from one pose to another, and how far along
    /// (0...1, before easing).
    public func move(at seconds: Double, side: Side? = nil) -> (from: String, to: String, fraction: Double) {
        let targets = exercise.targets
        guard let last = targets.last else { return ("", "", 1) }
        switch dose {
        case .hold:
            let t = seconds - holdStart(side: side)
            let ease = min(Self.easeInSeconds, dose.secondsPerSide / 2)
            let cycle = exercise.cycle
            if !cycle.isEmpty, t >= ease, exercise.cycleSeconds > 0 {
                let steps = (t - ease) / exercise.cycleSeconds
                let index = Int(saturating: steps.rounded(.down)) % cycle.count
                return (cycle[index], cycle[(index + 1) % cycle.count], steps - steps.rounded(.down))
            }
            let fraction = ease > 0 ? min(1, max(0, t / ease)) : 1
            return (exercise.start ?? last, cycle.first ?? last, fraction)
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
        if isSwitching(side: side, at: seconds), let target = exercise.targets.last {
            // Out of the first side's hold to the start, then the other side takes it up.
            let start = exercise.start ?? target, half = Self.switchSeconds / 2
            if seconds < half {
                return exercise.picture(from: target, to: start, Self.ease(seconds / half), side: .left)
            }
            return exercise.pictureSwitching(start, Self.ease(min(1, (seconds - half) / half)))
        }
        let move = move(at: seconds, side: side)
        // A cycle (a stride) moves at an even pace; everything else slows out and in.
        let cycling = !exercise.cycle.isEmpty && exercise.cycle.contains(move.from)
        return exercise.picture(from: move.from, to: move.to, cycling ? Self.stepped(move.fraction) : Self.ease(move.fraction), side: side)
    }

    /// A cycle (a walk) keeps moving for the whole hold, so it is drawn in steps: each pose of
    /// the cycle and one frame half-way to the next. A stride reads as well, and the terminal
    /// gets four new frames a second instead of ten (under 4 KB/s at 80×24).
    public static func stepped(_ t: Double) -> Double {
        (min(1, max(0, t)) * 2).rounded(.down) / 2
    }

    /// Slow out, slow in: a limb speeds up and settles, as people move.
    public static func ease(_ t: Double) -> Double {
        t * t * (3 - 2 * t)
    }
}
