import LimberCore
import LimberLibrary

/// Values for the shell completions of `limber exercises show`: the completion scripts call
/// back into limber, so the ids include the user's own exercise files.
enum ExerciseCompletion {
    /// Every exercise id starting with what was typed.
    @Sendable static func ids(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        library().exercises.map(\.id).filter { $0.hasPrefix(prefix) }
    }

    /// The poses of the exercise named earlier on the line (the first word that is an id).
    @Sendable static func poses(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let library = library()
        guard let exercise = words.lazy.compactMap({ library.exercise(id: $0) }).first else { return [] }
        return exercise.keyPoses.filter { $0.hasPrefix(prefix) }
    }

    private static func library() -> ExerciseLibrary {
        ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
    }
}
