#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// The built-in exercises plus the user's own files. A bad file is reported and skipped; the
/// rest of the library keeps working. A user file with a built-in's id replaces it.
public struct ExerciseLibrary: Sendable {
    public private(set) var exercises: [Exercise] = []
    public private(set) var problems: [ExerciseFileError] = []

    /// `$XDG_CONFIG_HOME/limber/exercises`, else `~/.config/limber/exercises`.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return config + "/limber/exercises"
        }
        return environment["HOME"].map { $0 + "/.config/limber/exercises" }
    }

    public static func load(userDirectory: String?) -> ExerciseLibrary {
        var library = ExerciseLibrary()
        for file in BuiltinExercises.files {
            library.add(Array(file.text.utf8), file: "built-in " + file.name, lint: false)
        }
        if let directory = userDirectory, access(directory, F_OK) == 0 {
            if let problem = SafeFile.untrustedFolder(directory, followLinks: true) {
                library.problems.append(ExerciseFileError(file: directory, line: 1, field: nil, message: "not read: \(problem)"))
            } else {
                for name in tomlFiles(in: directory) { library.addFile(directory + "/" + name) }
            }
        }
        library.checkDeskVariants()
        return library
    }

    /// Exercise id → what it helps, for counting the areas worked.
    public var helps: [String: [Area]] {
        Dictionary(exercises.map { ($0.id, $0.helps) }, uniquingKeysWith: { _, last in last })
    }

    /// Exercise id → name, for screens that list exercises done.
    public var names: [String: String] {
        Dictionary(exercises.map { ($0.id, $0.name) }, uniquingKeysWith: { _, last in last })
    }

    public func exercise(id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }

    /// The largest exercise file read: a long one is a few KB; a bigger one is refused before
    /// it is parsed (a 40 MB file would take seconds and gigabytes).
    public static let fileSizeLimit = 256 * 1024

    /// Reads one user file like any file limber did not write: a FIFO, a device or a file over
    /// the cap is a problem that names it, never a wait.
    private mutating func addFile(_ path: String) {
        do {
            add(try SafeFile.read(path, limit: Self.fileSizeLimit, followLinks: true), file: path)
        } catch {
            problems.append(ExerciseFileError(file: path, line: 1, field: nil, message: "cannot be read: \(Self.reason(error))"))
        }
    }

    /// The refusal without the path, which the problem names already.
    public static func reason(_ refusal: SafeFile.Refusal) -> String {
        switch refusal {
        case .missing: "it does not exist"
        case .notRegularFile(_, let kind): "it is a \(kind), not a regular file"
        case .tooLarge(_, let limit): "it is larger than \(limit / 1024) KB"
        case .unreadable(_, let why): why
        }
    }

    mutating func add(_ bytes: [UInt8], file: String, lint: Bool = true) {
        do {
            let exercise = try ExerciseDecoder.decode(bytes: bytes, file: file, lint: lint)
            exercises.removeAll { $0.id == exercise.id }
            exercises.append(exercise)
        } catch {
            problems.append(error)
        }
    }

    private mutating func checkDeskVariants() {
        for exercise in exercises {
            guard let variant = exercise.deskVariant, self.exercise(id: variant) == nil else { continue }
            problems.append(ExerciseFileError(file: exercise.id, line: 1, field: "desk_variant",
                                              message: "no exercise has the id '\(variant)'"))
        }
    }

    /// The exercise files of a folder, by name.
    public static func tomlFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted()
    }
}
