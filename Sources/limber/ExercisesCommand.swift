#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LimberCommands
import LimberCore
import LimberLibrary
import LimberTerminal
import LimberUI

/// `limber exercises`: the library as a table; `limber exercises show ID`: play one, or print
/// its poses as text.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List the exercise library, or play one exercise.",
        discussion: """
        Your own exercises go in $XDG_CONFIG_HOME/limber/exercises/*.toml (default \
        ~/.config/limber/exercises); a file with a built-in's id replaces it. See \
        docs/EXERCISES.md for the format. Exits 1 if a file has an error (the rest still load).
        """,
        subcommands: [Show.self, Check.self]
    )

    func run() throws {
        let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
        Console.lines(ExerciseTable.text(library.exercises))
        for problem in library.problems { Console.error("limber: \(problem)") }
        if !library.problems.isEmpty { throw ExitCode(1) }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check exercise files as the player would draw them.",
            discussion: """
            Reads each FILE (default: the built-ins and every file in your exercises folder) and \
            prints every problem as FILE:LINE: what is wrong, including the figure's: a pose \
            that floats, a contact the angles cannot reach, a limb through a prop or drawn \
            across the head, an arm inside the trunk, a head tipped back or down when the words \
            say to look ahead, a part that slides from where it rests, left and right drawn the \
            same, a figure that leaves its box at a pane size from 40x12 to 200x60 or is under \
            12 rows at 80x24. Exits 1 if any file has a problem.
            """)

        @Argument(help: ArgumentHelp("Exercise files to check.", valueName: "file"), completion: .file(extensions: ["toml"]))
        var files: [String] = []

        func run() throws {
            var checked: [(name: String, result: ExerciseCheck.Result)] = []
            if files.isEmpty {
                for file in BuiltinExercises.files {
                    let name = "built-in " + file.name
                    checked.append((name, ExerciseCheck.check(bytes: Array(file.text.utf8), file: name)))
                }
                if let folder = ExerciseLibrary.userDirectory(environment: Environment.values), access(folder, F_OK) == 0 {
                    for name in ExerciseLibrary.tomlFiles(in: folder) { checked.append((folder + "/" + name, ExerciseCheck.read(folder + "/" + name))) }
                }
            } else {
                for file in files { checked.append((file, ExerciseCheck.read(file))) }
            }
            var count = 0
            for (name, result) in checked {
                var problems = result.problems.map(\.description)
                if let exercise = result.exercise {
                    let line = ExerciseCheck.figureLine(exercise)
                    problems += FigureFit.problems(exercise).map { "\(name):\(line): \($0)" }
                }
                for problem in problems { Console.lines(problem) }
                count += problems.count
            }
            let files = checked.count == 1 ? "1 file" : "\(checked.count) files"
            Console.lines(count == 0 ? "checked \(files): no problems" : "checked \(files): \(count) problem\(count == 1 ? "" : "s")")
            if count > 0 { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Play one exercise full screen, or print its poses.",
            discussion: """
            With --pose, print one figure to stdout and exit; with --print, print every phase in \
            order, its words and the figure of the pose it moves to.

            \(KeyTable.practice.title)
            \(KeyTable.practice.helpLines.map { "  " + $0 }.joined(separator: "\n"))
            """)

        @Argument(help: ArgumentHelp("The exercise's id, as listed by 'limber exercises'.", valueName: "id"),
                  completion: .custom(ExerciseCompletion.ids))
        var id: String

        @Option(help: ArgumentHelp("Print this pose (or frame) and exit.", valueName: "name"),
                completion: .custom(ExerciseCompletion.poses))
        var pose: String?

        @Flag(name: .customLong("print"), help: "Print every phase with its pose and exit.")
        var printPhases = false

        @Option(help: ArgumentHelp("Side to print: left or right (default left).", valueName: "side"),
                completion: .list(Side.allCases.map(\.rawValue)))
        var side: String?

        @Option(help: ArgumentHelp("Pane size to draw for, as the player would (default 80x24).", valueName: "WxH"))
        var size: String?

        @Option(help: ArgumentHelp("With --pose: text (the figure) or json (its geometry in the pane's dot coordinates: joints, bones near and far, props, contacts).", valueName: "format"))
        var format: String?

        @OptionGroup var look: LookOptions
        @OptionGroup var ascii: AsciiOption
        @OptionGroup var config: ConfigOption

        func run() throws {
            let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
            guard let exercise = library.exercise(id: id) else {
                let hint = Suggestion.closest(to: id, in: library.exercises.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
                Console.fail("no exercise has the id '\(id)'\(hint); 'limber exercises' lists them", status: ExitStatus.usage)
            }
            var settings = SettingsLoader.load(config, look, ascii).settings
            if let format, format != "text" {
                guard format == "json" else { Console.fail("--format '\(format)' is not a format; use text or json", status: ExitStatus.usage) }
                guard pose != nil, !printPhases else { Console.fail("--format json goes with --pose NAME", status: ExitStatus.usage) }
            }
            if pose != nil || printPhases {
                printStill(exercise, settings)
                return
            }
            for flag in [("--side", side), ("--size", size), ("--format", format)] where flag.1 != nil {
                Console.fail("\(flag.0) goes with --pose or --print", status: ExitStatus.usage)
            }
            let routine = Routine(items: [Routine.Item(exercise: exercise, dose: exercise.dose)])
            settings.timer.breakLength = exercise.duration
            settings.hooks = [:]
            Interface.run(Interface.Options(settings: settings, library: library, dataFolder: nil,
                                            first: .startRoutine(routine), oneBreak: true))
        }

        private func printStill(_ exercise: Exercise, _ settings: Settings) {
            let side = parsedSide()
            let size = parsedSize()
            let style: FigureStyle = Terminal.localeIsUTF8() && !settings.ascii ? settings.figure : .ascii
            guard let pose else {
                Console.lines(ExercisePreview.phases(exercise, side: side, size: size, style: style))
                return
            }
            if format == "json" {
                guard exercise.keyPoses.contains(pose) else { noPose(exercise, pose) }
                guard let json = FigureGeometry.json(exercise, pose: pose, side: exercise.sided ? side ?? .left : nil, size: size) else {
                    Console.fail("\(exercise.id) is not drawn with the 3D body, so it has no geometry to print; --format json needs a figure with a camera",
                                 status: ExitStatus.usage)
                }
                Console.lines(json)
                return
            }
            guard let lines = ExercisePreview.still(exercise, pose: pose, side: side, size: size, style: style) else {
                let hint = Suggestion.closest(to: pose, in: exercise.keyPoses).map { " (did you mean '\($0)'?)" } ?? ""
                Console.fail("\(exercise.id) has no pose '\(pose)'\(hint); its poses: \(exercise.keyPoses.joined(separator: ", "))",
                             status: ExitStatus.usage)
            }
            Console.lines(lines.joined(separator: "\n"))
        }

        private func noPose(_ exercise: Exercise, _ pose: String) -> Never {
            let hint = Suggestion.closest(to: pose, in: exercise.keyPoses).map { " (did you mean '\($0)'?)" } ?? ""
            Console.fail("\(exercise.id) has no pose '\(pose)'\(hint); its poses: \(exercise.keyPoses.joined(separator: ", "))",
                         status: ExitStatus.usage)
        }

        private func parsedSide() -> Side? {
            guard let side else { return nil }
            guard let parsed = Side(rawValue: side.lowercased()) else {
                Console.fail("--side '\(side)' is not a side; use left or right", status: ExitStatus.usage)
            }
            return parsed
        }

        /// `WxH`, from 20x6 (the smallest pane with a figure) to 1000x500.
        private func parsedSize() -> Size {
            guard let size else { return Size(width: 80, height: 24) }
            let parts = size.lowercased().split(separator: "x")
            guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
                  (20...1000).contains(width), (6...500).contains(height) else {
                Console.fail("--size '\(size)' is not a pane size; use WxH from 20x6 to 1000x500, like 80x24", status: ExitStatus.usage)
            }
            return Size(width: width, height: height)
        }
    }
}
