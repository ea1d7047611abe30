import LimberCore

/// `limber exercises check`: every problem in an exercise file, each located to its line. A
/// mistake in the fields stops the reading there (the rest cannot be trusted), so that one is
/// reported alone; a file that reads is then checked as a picture, and every problem the
/// figure linter finds is reported, not only the first.
public enum ExerciseCheck {
    public struct Result: Sendable {
        public var exercise: Exercise?
        public var problems: [ExerciseFileError]
    }

    public static func check(bytes: [UInt8], file: String) -> Result {
        let exercise: Exercise
        do {
            exercise = try ExerciseDecoder.decode(bytes: bytes, file: file, lint: false)
        } catch {
            return Result(exercise: nil, problems: [error])
        }
        let problems = FigureCheck.problems(exercise).map { problem in
            ExerciseFileError(file: file, line: problem.line, field: "pose", message: problem.description)
        }
        return Result(exercise: exercise, problems: problems)
    }

    /// The line a problem with the whole figure is reported at: its first pose's.
    public static func figureLine(_ exercise: Exercise) -> Int {
        if case .body(let look) = exercise.look, let first = look.poses.first { return first.line }
        return 1
    }

    /// Reads a file for checking: a file that cannot be read is a problem naming it.
    public static func read(_ path: String) -> Result {
        do {
            return check(bytes: try SafeFile.read(path, limit: ExerciseLibrary.fileSizeLimit, followLinks: true), file: path)
        } catch {
            return Result(exercise: nil, problems: [ExerciseFileError(file: path, line: 1, field: nil, message: "cannot be read: \(ExerciseLibrary.reason(error))")])
        }
    }
}
