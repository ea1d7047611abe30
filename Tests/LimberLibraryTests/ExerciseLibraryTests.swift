import Foundation
import LimberCore
import Testing
@testable import LimberLibrary

@Suite struct ExerciseLibraryTests {
    static let library = ExerciseLibrary.load(userDirectory: nil)

    @Test func everyBuiltInParsesAndValidates() {
        #expect(Self.library.problems.isEmpty, "\(Self.library.problems)")
        #expect(Self.library.exercises.count == BuiltinExercises.files.count)
        for required in ["standing-hamstring-stretch", "cat-cow", "bird-dog", "seated-marches", "walk", "seated-hamstring-stretch"] {
            #expect(Self.library.exercise(id: required) != nil, "\(required)")
        }
    }

    @Test(arguments: BuiltinExercises.files.map(\.name))
    func builtInsAreDrawnAsPosesWithProps(file: String) throws {
        let text = try #require(BuiltinExercises.files.first { $0.name == file }?.text)
        let exercise = try ExerciseDecoder.decode(text, file: file)
        #expect(file == exercise.id + ".toml")
        #expect((2...5).contains(exercise.steps.count))
        guard case .body(let look) = exercise.look else {
            Issue.record("\(exercise.id) is not drawn with the 3D body")
            return
        }
        #expect(look.poses.count >= 2, "a movement needs a start and a target")
        let kinds = Set(look.props(.left).keys)
        #expect(kinds.contains(.floor))
        if exercise.place == .seated { #expect(kinds.contains(.chair), "\(exercise.id) sits on a chair") }
        if exercise.id == "standing-hamstring-stretch" { #expect(kinds.contains(.step)) }
        if ["standing-bird-dog", "calf-raises", "hip-flexor-stretch"].contains(exercise.id) { #expect(kinds.contains(.desk)) }
        if exercise.place == .floor {
            let variant = try #require(exercise.deskVariant, "floor exercises need a desk variant")
            #expect(Self.library.exercise(id: variant)?.place != .floor)
        }
    }

    @Test func mirroringSwapsDirections() {
        #expect(Mirror.frame([" o/", "/| ", "/ \\"]) == ["\\o ", " |\\", "/ \\"])
    }

    @Test func theDailyAreasAreCoveredFromEitherPosture() {
        let standing = Self.library.exercises.filter { $0.place == .standing }.flatMap(\.helps)
        let seated = Self.library.exercises.filter { $0.place == .seated }.flatMap(\.helps)
        for area in Area.daily {
            #expect(standing.contains(area), "\(area) after sitting")
            #expect(seated.contains(area), "\(area) after standing")
        }
    }
}

@Suite struct ExerciseFileErrorTests {
    static let good = """
    id = "neck-roll"
    name = "Neck roll"
    where = "seated"
    helps = ["core"]
    steps = ["Sit tall.", "Roll slowly."]
    hold = 20
    sides = false
    targets = ["up"]

    [frames]
    up = "o"
    """

    static func error(replacing old: String, with new: String) -> ExerciseFileError? {
        do {
            _ = try ExerciseDecoder.decode(good.replacingOccurrences(of: old, with: new), file: "neck.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func theGoodFileDecodes() throws {
        let exercise = try ExerciseDecoder.decode(Self.good, file: "neck.toml")
        #expect(exercise.dose == .hold(seconds: 20))
        #expect(exercise.duration == 20)
    }

    @Test(arguments: [
        ("where = \"seated\"", "where = \"couch\"", 3, "where", "expected one of standing, seated, floor; got 'couch'"),
        ("id = \"neck-roll\"", "id = \"Neck Roll\"", 1, "id", "is not a kebab-case id"),
        ("helps = [\"core\"]", "helps = [\"neck\"]", 4, "helps", "'neck' is not an area"),
        ("steps = [\"Sit tall.\", \"Roll slowly.\"]", "stpes = [\"Sit tall.\"]", 5, "stpes", "unknown field (did you mean 'steps'?)"),
        ("hold = 20", "hold = \"20\"", 6, "hold", "expected a number of seconds from 1 to 600, like hold = 30; got a string"),
        ("hold = 20", "hold = 20\nreps = 3", 7, "reps", "give either hold (seconds) or reps, not both"),
        ("targets = [\"up\"]", "targets = [\"down\"]", 8, "targets", "the hold names 'down', which is not drawn"),
        ("targets = [\"up\"]", "targets = [\"up\", \"up\"]", 8, "targets", "expected 1 name"),
        ("up = \"o\"", "up = 3", 11, "frames.up", "expected a frame in ''' quotes"),
        ("sides = false", "sides = \"no\"", 7, "sides", "expected true or false"),
        ("name = \"Neck roll\"", "name = \"Neck roll", 2, nil, "must end on the same line"),
    ])
    func malformedFilesNameTheLineAndField(old: String, new: String, line: Int, field: String?, message: String) throws {
        let error = try #require(Self.error(replacing: old, with: new))
        #expect(error.file == "neck.toml")
        #expect(error.line == line)
        #expect(error.field == field)
        #expect(error.message.contains(message), "\(error.message)")
    }

    /// Numbers that used to pass `limber exercises` and trap later (SIGILL when a break
    /// started, or in `summary`): each is refused where it is read, with its range.
    @Test(arguments: [
        ("hold = 20", "hold = 1e300", 6, "hold", "expected a number of seconds from 1 to 600, like hold = 30; got 1e+300"),
        ("hold = 20", "hold = 0.5", 6, "hold", "expected a number of seconds from 1 to 600, like hold = 30; got 0.5"),
        ("hold = 20", "hold = -4", 6, "hold", "expected a number of seconds from 1 to 600, like hold = 30; got -4"),
        ("hold = 20", "reps = 1e19\ntempo = [\"up\"]\nseconds_per_phase = 2", 6, "reps", "expected a whole number from 1 to 100, like reps = 8; got 1e+19"),
        ("hold = 20", "reps = 9223372036854775807\ntempo = [\"up\"]\nseconds_per_phase = 2", 6, "reps", "expected a whole number from 1 to 100, like reps = 8; got 9.223372036854776e+18"),
        ("hold = 20", "reps = 101\ntempo = [\"up\"]\nseconds_per_phase = 2", 6, "reps", "expected a whole number from 1 to 100, like reps = 8; got 101"),
        ("hold = 20", "reps = 2.5\ntempo = [\"up\"]\nseconds_per_phase = 2", 6, "reps", "expected a whole number from 1 to 100, like reps = 8; got 2.5"),
        ("hold = 20", "reps = 8\ntempo = [\"up\"]\nseconds_per_phase = 1e300", 8, "seconds_per_phase", "expected a number of seconds from 1 to 600, like seconds_per_phase = 2; got 1e+300"),
        ("hold = 20", "reps = 8\ntempo = [\"up\"]", 1, "seconds_per_phase", "missing; expected a number of seconds from 1 to 600, like seconds_per_phase = 2"),
    ])
    func numbersOutOfRangeAreRefusedWithTheRange(old: String, new: String, line: Int, field: String, message: String) throws {
        let error = try #require(Self.error(replacing: old, with: new))
        #expect(error.description == "neck.toml:\(line): field '\(field)': \(message)")
    }

    @Test func theEdgesOfEachRangeAreAccepted() throws {
        let longest = try ExerciseDecoder.decode(Self.good.replacingOccurrences(of: "hold = 20", with: "hold = 600"), file: "x.toml")
        #expect(longest.dose == .hold(seconds: 600))
        let most = try ExerciseDecoder.decode(Self.good.replacingOccurrences(
            of: "hold = 20", with: "reps = 100\ntempo = [\"up\"]\nseconds_per_phase = 1"), file: "x.toml")
        #expect(most.dose == .reps(count: 100, phases: ["up"], phaseSeconds: 1))
    }

    @Test func oversizedFramesAreRefused() throws {
        let wide = String(repeating: "x", count: 31)
        let error = try #require(Self.error(replacing: "up = \"o\"", with: "up = \"\(wide)\""))
        #expect(error.message.contains("must fit in 30 columns by 12 rows"))
        let unnamed = try #require(Self.error(replacing: "[frames]\nup = \"o\"", with: "frames = [\"o\", \"o\"]"))
        #expect(unnamed.field == "frames" && unnamed.message.contains("frames are named now"))
    }

    @Test func aBadUserFileIsReportedAndTheRestKeepsWorking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limber-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.good.write(to: folder.appendingPathComponent("neck.toml"), atomically: true, encoding: .utf8)
        try Self.good.replacingOccurrences(of: "where = \"seated\"", with: "where = 3")
            .write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let walk = BuiltinExercises.walk.replacingOccurrences(of: "hold = 60", with: "hold = 90")
        try walk.write(to: folder.appendingPathComponent("walk.toml"), atomically: true, encoding: .utf8)
        try "not an exercise".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try Self.good.replacingOccurrences(of: "id = \"neck-roll\"", with: "id = \"huge\"")
            .replacingOccurrences(of: "hold = 20", with: "reps = 1e19\ntempo = [\"up\"]\nseconds_per_phase = 1e300")
            .write(to: folder.appendingPathComponent("huge.toml"), atomically: true, encoding: .utf8)

        let library = ExerciseLibrary.load(userDirectory: folder.path)
        #expect(library.problems.count == 2)
        #expect(library.problems.first?.description == "\(folder.path)/broken.toml:3: field 'where': expected a non-empty string in quotes, got an integer")
        #expect(library.problems.last?.description == "\(folder.path)/huge.toml:6: field 'reps': expected a whole number from 1 to 100, like reps = 8; got 1e+19")
        #expect(library.exercise(id: "huge") == nil)
        #expect(library.exercise(id: "neck-roll") != nil)
        #expect(library.exercise(id: "walk")?.dose == .hold(seconds: 90))
        #expect(library.exercises.count == BuiltinExercises.files.count + 1)
    }
}
