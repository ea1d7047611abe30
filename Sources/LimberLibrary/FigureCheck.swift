import LimberCore

/// The figure linter applied to a decoded exercise: a 3D figure is checked pose by pose and
/// along the way between the poses it moves through. Hand-placed and hand-drawn figures have
/// their own checks in the decoder.
public enum FigureCheck {
    public static func problems(_ exercise: Exercise) -> [FigureLint.Problem] {
        guard case .body(let look) = exercise.look else { return [] }
        var problems = FigureLint.check(look, sided: exercise.sided, moves: exercise.moves)
        if saysLookAhead(exercise) { problems += FigureLint.lookAheadProblems(look, moves: exercise.moves) }
        return problems
    }

    /// Whether the words tell the user to keep the gaze ahead, so the picture must not tip
    /// the head back or drop it.
    static func saysLookAhead(_ exercise: Exercise) -> Bool {
        var words = exercise.steps
        if case .reps(_, let phases, _) = exercise.dose { words += phases }
        return words.contains { line in lookAheadPhrases.contains { line.lowercased().contains($0) } }
    }

    static let lookAheadPhrases = ["look ahead", "looking ahead", "look straight ahead", "eyes ahead", "gaze ahead", "look forward"]
}
