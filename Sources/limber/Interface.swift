import LimberCore
import LimberLibrary
import LimberTerminal
import LimberUI

/// Starts the full-screen interface and runs it until the user quits.
enum Interface {
    static func run(settings: TimerSettings, posture: Posture, library: ExerciseLibrary, reducedMotion: Bool,
                    first event: Event? = nil, oneBreak: Bool = false) {
        do {
            try Terminal.check()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        let glyphs: Glyphs = Terminal.localeIsUTF8() ? .unicode : .ascii
        let terminal = Terminal(noColor: Environment.noColor)
        let clock = SystemClock()
        let engine = TimerEngine(settings: settings, posture: posture, at: clock.now(), days: SystemDayClock(),
                                 library: library.exercises)
        Signals.catchQuitSignals()
        do {
            try terminal.start()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        Signals.restoreTerminalOnCrash()
        let app = App(engine: engine, terminal: terminal, clock: clock, glyphs: glyphs,
                      reducedMotion: reducedMotion, oneBreak: oneBreak)
        if let problem = library.problems.first {
            let file = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
            let count = library.problems.count > 1 ? "\(library.problems.count) exercise files" : "Exercise file"
            app.show("\(count) skipped: \(file):\(problem.line); see 'limber exercises'", for: 10)
        }
        app.run(first: event)
        terminal.stop()
    }
}
