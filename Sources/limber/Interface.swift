#if canImport(Glibc)
import Glibc
#endif
import LimberCore
import LimberLibrary
import LimberStore
import LimberTerminal
import LimberUI

/// Starts the full-screen interface and runs it until the user quits.
enum Interface {
    struct Options {
        var settings: Settings
        var library: ExerciseLibrary
        /// The history folder; nil to keep no history (`limber exercises show`).
        var dataFolder: String?
        var first: Event?
        var oneBreak = false
    }

    /// `$XDG_STATE_HOME/limber/hooks.log`, else `~/.local/state/limber/hooks.log`.
    static func processLog() -> String {
        let env = Environment.values
        let state = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? ".") + "/.local/state")
        try? DataDirectory.prepare(state + "/limber")
        return state + "/limber/hooks.log"
    }

    /// Why history cannot be written in `folder`, if it cannot.
    static func writableFolderProblem(_ folder: String) -> String? {
        do {
            try DataDirectory.prepare(folder)
        } catch {
            return "\(error)"
        }
        return access(folder, W_OK) == 0 ? nil : "the data folder \(folder) is read-only; choose another with --data-dir"
    }

    static func run(_ options: Options) {
        do {
            try Terminal.check()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        let clock = SystemClock()
        let start = clock.now()
        var history: HistorySession?
        var historyWarning: String?
        if let folder = options.dataFolder {
            if let problem = writableFolderProblem(folder) {
                // A folder that cannot be written (read-only, full, not a folder) does not stop
                // the timer: it runs without saving, and says so until it quits.
                historyWarning = "history not saved: \(problem)"
            } else {
                history = HistorySession.open(folder, settings: options.settings, library: options.library, at: start)
            }
        }
        let engine = TimerEngine(settings: options.settings.timer, posture: options.settings.posture, at: start,
                                 days: SystemDayClock(), library: options.library.exercises, today: history?.today,
                                 resume: history?.resume, lastRoutine: history?.lastRoutine ?? [])
        let glyphs: Glyphs = Terminal.localeIsUTF8() && !options.settings.ascii ? .unicode.figure(options.settings.figure) : .ascii
        let terminal = Terminal(noColor: Environment.noColor || !options.settings.color)
        Signals.catchQuitSignals()
        do {
            try terminal.start()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        Signals.restoreTerminalOnCrash()
        let app = App(engine: engine, terminal: terminal, clock: clock, glyphs: glyphs, recorder: history?.recorder,
                      historyWarning: historyWarning,
                      summary: history?.summary, settings: options.settings, processLog: processLog(),
                      oneBreak: options.oneBreak)
        if let problem = options.library.problems.first {
            let file = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
            let count = options.library.problems.count > 1 ? "\(options.library.problems.count) exercise files" : "Exercise file"
            app.show("\(count) skipped: \(file):\(problem.line); see 'limber exercises'", for: 10)
        }
        app.run(first: options.first)
        terminal.stop()
        withExtendedLifetime(history?.lock) {}
    }
}
