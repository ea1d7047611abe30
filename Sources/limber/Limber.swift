import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberTerminal
import LimberUI

@main
struct Limber: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "limber",
        abstract: "A movement-break timer for your terminal pane.",
        discussion: """
        Counts how long you have been sitting or standing and asks you to move when the \
        interval is up. Durations look like 90s, 45m, 1h30m or 2m30s; a bare number is minutes.

        KEYS
          Enter, Space  start a break (accept the prompt)
          z             snooze the prompt
          x             skip this break
          t             switch sitting / standing
          p             pause or resume
          ?             show or hide the key help
          q             quit; during a break, Esc or q ends the break early
        """,
        version: "0.1.0"
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

    func run() throws {
        let settings: TimerSettings
        let startPosture: Posture
        do {
            settings = try SettingsBuilder.settings(interval: interval, snooze: snooze, latest: latest, awayAfter: awayAfter)
            startPosture = try SettingsBuilder.posture(posture)
        } catch let error as UsageError {
            Console.fail(error.message, status: UsageError.exitCode)
        }
        do {
            try Terminal.check()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        try runInterface(settings: settings, posture: startPosture)
    }

    private func runInterface(settings: TimerSettings, posture: Posture) throws {
        let glyphs: Glyphs = Terminal.localeIsUTF8() ? .unicode : .ascii
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = Terminal(noColor: noColor)
        let clock = SystemClock()
        let engine = TimerEngine(settings: settings, posture: posture, at: clock.now(), days: SystemDayClock())
        Signals.catchQuitSignals()
        do {
            try terminal.start()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        Signals.restoreTerminalOnCrash()
        App(engine: engine, terminal: terminal, clock: clock, glyphs: glyphs).run()
        terminal.stop()
    }
}
