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
        like 90s, 45m, 1h30m or 2m30s; a bare number is minutes.

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
        version: "0.2.0",
        subcommands: [ExercisesCommand.self, SummaryCommand.self, StatusCommand.self]
    )

    @Option(help: ArgumentHelp("Time in one position before a break is due.", valueName: "duration"))
    var interval = "45m"

    @Option(help: ArgumentHelp("How long a snooze hides the prompt.", valueName: "duration"))
    var snooze = "5m"

    @Option(help: ArgumentHelp("Latest point, from the start of a stretch, that snoozing may push a break to.", valueName: "duration"))
    var latest = "60m"

    @Option(help: ArgumentHelp("Position you start in: sitting or standing.", valueName: "posture"))
    var posture = "sitting"

    @Option(name: .customLong("away-after"),
            help: ArgumentHelp("A gap or pause at least this long is time away and ends the stretch.", valueName: "duration"))
    var awayAfter = "5m"

    @Option(name: .customLong("break-length"),
            help: ArgumentHelp("About how long a break's routine lasts.", valueName: "duration"))
    var breakLength = "2m"

    @Option(help: ArgumentHelp("Room for exercises: desk, or floor to allow floor exercises.", valueName: "space"))
    var space = "desk"

    @Option(help: ArgumentHelp("Daily goal for standing and moving, shown in the summary (d).", valueName: "duration"))
    var goal = "2h"

    @OptionGroup var display: DisplayOptions

    @OptionGroup var data: DataOptions

    func run() throws {
        let settings: TimerSettings
        let startPosture: Posture
        let goalSeconds: Double
        do {
            settings = try SettingsBuilder.settings(interval: interval, snooze: snooze, latest: latest, awayAfter: awayAfter,
                                                    breakLength: breakLength, space: space)
            startPosture = try SettingsBuilder.posture(posture)
            goalSeconds = try SettingsBuilder.duration(goal, option: "--goal", example: "2h")
        } catch let error as UsageError {
            Console.fail(error.message, status: UsageError.exitCode)
        }
        let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
        Interface.run(Interface.Options(settings: settings, posture: startPosture, library: library,
                                        reducedMotion: display.reducedMotion,
                                        dataFolder: DataDirectory.path(flag: data.dataDir, environment: Environment.values),
                                        goal: goalSeconds))
    }
}
