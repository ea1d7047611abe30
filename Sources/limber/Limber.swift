import ArgumentParser
import LimberCore
import LimberLibrary
import LimberStore

@main
struct Limber: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "limber",
        abstract: "A movement-break timer for your terminal pane.",
        discussion: """
        Counts how long you have been sitting or standing and asks you to move when the \
        interval is up; a break plays a short routine of animated exercises. Durations look \
        like 90s, 45m, 1h30m or 2m30s; a bare number is minutes. Settings come from the flags, \
        then the config file (see 'limber config'), then the defaults.

        KEYS
          Enter, Space  start a break (accept the prompt)
          z             snooze the prompt
          x             skip this break
          t             switch sitting / standing
          p             pause or resume
          d             today's summary (arrows: other days; Esc: back)
          ?             show or hide the key help
          q             quit

        DURING A BREAK
          n             next exercise (skips this one)
          Space         pause or resume the break
          Esc, q        end the break early
          t             come back in the other posture
        """,
        version: "0.3.0",
        subcommands: [ExercisesCommand.self, SummaryCommand.self, StatusCommand.self, ConfigCommand.self]
    )

    @OptionGroup var timer: TimerOptions
    @OptionGroup var goal: GoalOption
    @OptionGroup var source: SourceOptions

    func run() throws {
        let resolved = SettingsLoader.load(source, timer, goal)
        let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
        Interface.run(Interface.Options(settings: resolved.settings,
                                        postureIsExplicit: resolved.source(.posture) != .defaultValue,
                                        library: library, dataFolder: SettingsLoader.dataFolder(resolved)))
    }
}
