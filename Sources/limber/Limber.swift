import ArgumentParser
import LimberCore
import LimberLibrary
import LimberStore
import LimberUI

@main
struct Limber: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "limber",
        abstract: "A movement-break timer for your terminal pane.",
        discussion: """
        Counts how long you have been sitting or standing and asks you to move when the \
        interval is up; a break plays a short routine of animated exercises. Durations look \
        like 90s, 45m, 1h30m or 2m30s; a bare number is minutes. Settings come from the flags, \
        then the config file (see 'limber config'), then the defaults. The commands break, \
        snooze, skip, pause, resume, sit and stand act on the running timer from another pane.

        \(keyHelp)
        """,
        version: Version.number,
        subcommands: [ExercisesCommand.self, SummaryCommand.self, StatusCommand.self, ConfigCommand.self] + TimerCommands.all
            + [TmuxCommand.self, PromptCommand.self]
    )

    /// The keys, from the same tables that handle them.
    static let keyHelp = [KeyTable.main, KeyTable.duringBreak, KeyTable.summary].map { table in
        table.title + "\n" + table.helpLines.map { "  " + $0 }.joined(separator: "\n")
    }.joined(separator: "\n\n")

    @OptionGroup var timer: TimerOptions
    @OptionGroup var goal: GoalOption
    @OptionGroup var source: SourceOptions

    /// ArgumentParser's own, but its errors (which quote what was typed) go through Console so
    /// they follow the locale like every other message. Help, --version and completion scripts
    /// are printed by ArgumentParser unchanged.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            let message = fullMessage(for: error) // empty for a bare ExitCode
            if !message.isEmpty { Console.errorLines(message) }
            // Not ArgumentParser's `exit`, which would print the message again.
            Console.quit(exitCode(for: error).rawValue)
        }
    }

    func run() throws {
        let resolved = SettingsLoader.load(source, timer, goal)
        let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
        Interface.run(Interface.Options(settings: resolved.settings,
                                        postureIsExplicit: resolved.source(.posture) != .defaultValue,
                                        library: library, dataFolder: SettingsLoader.dataFolder(resolved)))
    }
}
