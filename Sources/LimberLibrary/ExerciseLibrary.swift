#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
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
        if let directory = userDirectory {
            for name in tomlFiles(in: directory) {
                let path = directory + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else {
                    library.problems.append(ExerciseFileError(file: path, line: 1, field: nil, message: "cannot be read"))
                    continue
                }
                library.add(Array(data), file: path)
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

    private static func tomlFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted()
    }
}
