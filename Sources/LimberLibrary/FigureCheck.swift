import LimberCore

/// The figure linter applied to a decoded exercise: a 3D figure is checked pose by pose and
/// along the way between the poses it moves through. Hand-placed and hand-drawn figures have
/// their own checks in the decoder.
public enum FigureCheck {
    public static func problems(_ exercise: Exercise) -> [FigureLint.Problem] {
        guard case .body(let look) = exercise.look else { return [] }
        return FigureLint.check(look, sided: exercise.sided, moves: exercise.moves)
    }
}
