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
        let count = min(candidates.count, max(2, min(4, Int(saturating: (length / 40).rounded()))))
        var chosen = pick(count, from: candidates, covered: covered, last: last)
        if Set(chosen.map(\.id)) == Set(last), let swap = candidates.first(where: { !chosen.contains($0) }) {
            chosen[chosen.count - 1] = swap
        }
        return fit(chosen, to: length)
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

    /// Scales every dose by the same factor so the routine lasts about `length`.
    private func fit(_ exercises: [Exercise], to length: Double) -> Routine {
        let natural = exercises.reduce(0) { $0 + $1.duration }
        let factor = natural > 0 ? min(3, max(0.5, length / natural)) : 1
        return Routine(items: exercises.map { Routine.Item(exercise: $0, dose: scale($0.dose, by: factor)) })
    }

    private func scale(_ dose: Dose, by factor: Double) -> Dose {
        switch dose {
        case .hold(let seconds):
            return .hold(seconds: max(10, (seconds * factor / 5).rounded() * 5))
        case .reps(let count, let phases, let phaseSeconds):
            return .reps(count: max(3, Int(saturating: (Double(count) * factor).rounded())), phases: phases, phaseSeconds: phaseSeconds)
        }
    }
}
