import LimberCore

/// The figure linter applied to a decoded exercise: a 3D figure is checked pose by pose and
/// along the way between the poses it moves through. Hand-placed and hand-drawn figures have
/// their own checks in the decoder.
public enum FigureCheck {
    public static func problems(_ exercise: Exercise) -> [FigureLint.Problem] {
        guard case .body(let look) = exercise.look else { return [] }
        return FigureLint.check(look, sided: exercise.sided, moves: moves(exercise))
    }

    /// Each pair of poses the exercise moves between, in order.
    static func moves(_ exercise: Exercise) -> [(String, String)] {
        var order = (exercise.start.map { [$0] } ?? []) + exercise.targets
        if case .reps = exercise.dose, let first = exercise.targets.first { order.append(first) }
        if !exercise.cycle.isEmpty { order += exercise.cycle + [exercise.cycle[0]] }
        var pairs: [(String, String)] = []
        for (a, b) in zip(order, order.dropFirst()) where a != b && !pairs.contains(where: { $0 == (a, b) }) { pairs.append((a, b)) }
        return pairs
    }
}
