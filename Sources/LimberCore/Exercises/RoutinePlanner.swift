/// Chooses the exercises of a break: suited to the posture the user is leaving, fitted to the
/// break's length, never the same set twice in a row, and steering the day toward covering
/// hamstrings, lower back, core and hip flexors.
public struct RoutinePlanner: Sendable {
    /// Whether floor exercises may be offered.
    public enum Space: String, Sendable, Equatable, CaseIterable {
        case desk, floor
    }

    public var library: [Exercise]
    public var space: Space

    public init(library: [Exercise], space: Space) {
        self.library = library
        self.space = space
    }

    /// After sitting: stand up and move. After standing: sit or get support and move
    /// differently. The floor is offered in both cases when there is room for it.
    public func eligible(after posture: Posture) -> [Exercise] {
        let wanted: Place = posture == .sitting ? .standing : .seated
        return library.filter { $0.place == wanted || (space == .floor && $0.place == .floor) }
    }

    /// - Parameters:
    ///   - covered: how many times each area was exercised today.
    ///   - last: the ids of the previous routine, which must not be repeated as a set.
    public func plan(after posture: Posture, length: Double, covered: [Area: Int], last: [String]) -> Routine {
        let candidates = eligible(after: posture).sorted { $0.id < $1.id }
        let fitting = Self.fitting(candidates, length)
        // About one exercise per 40 s, at most four; a short break gets one.
        let count = min(fitting.count, max(1, min(4, Int(min(100, max(0, length / 40)).rounded()))))
        var chosen = pick(count, from: fitting, covered: covered, last: last)
        // A swap prefers what fits, then the quickest of the rest.
        let spares = fitting + candidates.filter { !fitting.contains($0) }.sorted { Self.shortest($0) < Self.shortest($1) }
        if Set(chosen.map(\.id)) == Set(last), let swap = spares.first(where: { !chosen.contains($0) }) {
            chosen[chosen.count - 1] = swap
        }
        return fit(chosen, to: length)
    }

    /// The exercises whose shortest dose fits in `length`; when none does, the quickest, so a
    /// very short break is the shortest routine there is: one exercise at its shortest dose.
    static func fitting(_ candidates: [Exercise], _ length: Double) -> [Exercise] {
        let quickest = candidates.map(shortest).min() ?? 0
        return candidates.filter { shortest($0) <= max(length, quickest) }
    }

    /// Greedy: each pick favours areas least covered so far, counting the picks already made.
    private func pick(_ count: Int, from candidates: [Exercise], covered: [Area: Int], last: [String]) -> [Exercise] {
        var counts = covered
        var chosen: [Exercise] = []
        var pool = candidates
        while chosen.count < count, !pool.isEmpty {
            let best = pool.enumerated().max { a, b in
                score(a.element, counts, last) < score(b.element, counts, last)
                    || (score(a.element, counts, last) == score(b.element, counts, last) && a.offset > b.offset)
            }!
            chosen.append(best.element)
            pool.remove(at: best.offset)
            for area in best.element.helps { counts[area, default: 0] += 1 }
        }
        return chosen
    }

    private func score(_ exercise: Exercise, _ counts: [Area: Int], _ last: [String]) -> Double {
        let need = exercise.helps.reduce(0.0) { total, area in
            let weight = Area.daily.contains(area) ? 1.0 : 0.5
            return total + weight / Double(1 + counts[area, default: 0])
        }
        return need - (last.contains(exercise.id) ? 0.75 : 0)
    }

    /// Scales every dose by the same factor, at most three times and never below each
    /// exercise's minimum, so the routine lasts about `length`, then lets the last exercise
    /// take up the difference (within the same bounds). The routine ends within the last exercise's shortest dose of `length`, or of its
    /// longest when `length` is more than three times the usual doses hold; exercises are
    /// dropped from the end until it does.
    private func fit(_ exercises: [Exercise], to length: Double) -> Routine {
        var exercises = exercises
        while true {
            let natural = exercises.reduce(0) { $0 + $1.duration }
            let factor = natural > 0 ? min(Self.mostScale, length / natural) : 1
            var items = exercises.map { Routine.Item(exercise: $0, dose: Self.scale($0, by: factor)) }
            guard let last = items.last else { return Routine(items: []) }
            let others = items.dropLast().reduce(0) { $0 + $1.duration }
            let longest = Routine.Item(exercise: last.exercise, dose: Self.scale(last.exercise, by: Self.mostScale)).duration
            items[items.count - 1].dose = Self.dose(last.exercise, lasting: min(length - others, longest))
            let routine = Routine(items: items)
            let target = min(length, Self.longest(exercises))
            // Minimum doses can add up past the break: then one exercise fewer, not less of each.
            let short = target - routine.duration, over = routine.duration - length
            if exercises.count == 1 || (short <= Self.shortest(last.exercise) && over <= Self.overrun) {
                return routine
            }
            exercises.removeLast()
        }
    }

    /// How far past the break's length a routine may end: a hold or rep rounded up, never
    /// another exercise.
    public static let overrun = 10.0

    /// How far a dose may be scaled up: three times the usual hold or reps.
    public static let mostScale = 3.0

    /// The longest routine these exercises can make: each at three times its usual dose.
    public static func longest(_ exercises: [Exercise]) -> Double {
        exercises.reduce(0) { total, exercise in
            total + Routine.Item(exercise: exercise, dose: scale(exercise, by: mostScale)).duration
        }
    }

    /// The shortest an exercise may be made: its minimum effective dose, on each side.
    public static func shortest(_ exercise: Exercise) -> Double {
        Routine.Item(exercise: exercise, dose: exercise.minimumDose).duration
    }

    /// The exercise's dose closest to lasting `seconds` in all, never below its minimum.
    static func dose(_ exercise: Exercise, lasting seconds: Double) -> Dose {
        // The switch between the sides of a hold is not holding time.
        let perSide = max(0, min(86_400, seconds) - Motion.switchLength(exercise, exercise.dose)) / Double(exercise.sides.count)
        switch exercise.dose {
        case .hold:
            return .hold(seconds: max(exercise.minimum, (perSide / 5).rounded() * 5))
        case .reps(_, let phases, let phaseSeconds):
            let rep = max(0.001, phaseSeconds * Double(max(1, phases.count)))
            return .reps(count: max(Int(saturating: exercise.minimum), Int((perSide / rep).rounded())), phases: phases,
                         phaseSeconds: phaseSeconds)
        }
    }

    /// The exercise's dose times `factor`, never below its minimum.
    static func scale(_ exercise: Exercise, by factor: Double) -> Dose {
        switch exercise.dose {
        case .hold(let seconds):
            return .hold(seconds: max(exercise.minimum, (seconds * factor / 5).rounded() * 5))
        case .reps(let count, let phases, let phaseSeconds):
            return .reps(count: max(Int(saturating: exercise.minimum), Int(saturating: (Double(count) * factor).rounded())),
                         phases: phases, phaseSeconds: phaseSeconds)
        }
    }
}
