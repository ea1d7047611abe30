import ArgumentParser
import LimberCore
import LimberLibrary

/// `limber exercises`: the library as a table; `limber exercises show ID`: play one.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List the exercise library, or play one exercise.",
        discussion: """
        Your own exercises go in $XDG_CONFIG_HOME/limber/exercises/*.toml (default \
        ~/.config/limber/exercises); a file with a built-in's id replaces it. See \
        docs/EXERCISES.md for the format. Exits 1 if a file has an error (the rest still load).
        """,
        subcommands: [Show.self]
    )

    func run() throws {
        let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
        Console.lines(ExerciseTable.text(library.exercises))
        for problem in library.problems { Console.error("limber: \(problem)") }
        if !library.problems.isEmpty { throw ExitCode(1) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Play one exercise full screen.")

        @Argument(help: ArgumentHelp("The exercise's id, as listed by 'limber exercises'.", valueName: "id"))
        var id: String

        @OptionGroup var timer: TimerOptions
        @OptionGroup var goal: GoalOption
        @OptionGroup var source: SourceOptions

        func run() throws {
            let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
            guard let exercise = library.exercise(id: id) else {
                let hint = Suggestion.closest(to: id, in: library.exercises.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
                Console.fail("no exercise has the id '\(id)'\(hint); 'limber exercises' lists them", status: ExitStatus.usage)
            }
            let routine = Routine(items: [Routine.Item(exercise: exercise, dose: exercise.dose)])
            var settings = SettingsLoader.load(source, timer, goal).settings
            settings.timer.breakLength = exercise.duration
            settings.hooks = [:]
            Interface.run(Interface.Options(settings: settings, library: library, dataFolder: nil,
                                            first: .startRoutine(routine), oneBreak: true))
        }
    }
}
