#if canImport(Glibc)
import Glibc
#endif
import LimberApp
import LimberControl
import LimberClock
import LimberCore
import LimberLibrary
import LimberNotify
import LimberPresence
import LimberStore
import LimberTerminal
import LimberUI

/// Starts the full-screen interface and runs it until the user quits.
enum Interface {
    struct Options {
        var settings: Settings
        /// The posture came from a flag or the config file: it wins over a resumed stretch.
        var postureIsExplicit = false
        var library: ExerciseLibrary
        /// The history folder; nil to keep no history (`limber exercises show`).
        var dataFolder: String?
        var first: Event?
        var oneBreak = false
    }

    /// `$XDG_STATE_HOME/limber`, else `~/.local/state/limber`: the hook log, and the recovery
    /// journal when the data folder refuses it.
    static func stateFolder() -> String {
        let env = Environment.values
        let state = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? ".") + "/.local/state")
        return state + "/limber"
    }

    /// `$XDG_STATE_HOME/limber/hooks.log`, else `~/.local/state/limber/hooks.log`.
    static func processLog() -> String {
        try? DataDirectory.prepare(stateFolder())
        return stateFolder() + "/hooks.log"
    }

    /// One timer per data folder, even one that cannot be written (it still gets a socket):
    /// exits when another timer holds the folder; nil when the folder cannot be locked at all.
    static func lock(_ folder: String) -> InstanceLock? {
        do {
            return try InstanceLock(folder: folder)
        } catch StoreError.alreadyRunning(let pid) {
            // The message is the issue's own words, without the usual "limber:" prefix.
            Console.error("\(StoreError.alreadyRunning(pid))")
            exit(1)
        } catch StoreError.folder {
            return nil // no folder to lock (it could not be made): a run without history
        } catch {
            Console.fail("\(error)", status: 1) // a link or a FIFO at limber.lock: named
        }
    }

    /// At quit: entries the history refused are kept in a recovery journal for the next start,
    /// and the user is told how many and where. Returns false when they could not be kept.
    static func keepUnsaved(_ history: HistorySession?, folder: String?) -> Bool {
        guard let history, let folder, let journal = history.recorder.unsaved else { return true }
        let count = journal.events.count + journal.spans.count
        let why = history.recorder.warning.map { " (\($0))" } ?? ""
        if let path = journal.keep(folder: folder, stateFolder: stateFolder()) {
            Console.error("limber: \(count) history entries could not be written\(why); kept in \(path), to be written at the next start")
            return true
        }
        Console.error("limber: \(count) history entries could not be written\(why), nor kept in a recovery journal; they are lost")
        return false
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

    /// The control socket for `folder`, or why there is none (the timer runs either way).
    static func controlServer(dataFolder folder: String) -> (server: ControlServer?, problem: String?) {
        let path = ControlPath(dataFolder: folder, runtimeDirectory: Environment.values["XDG_RUNTIME_DIR"])
        do {
            try path.prepareFolder()
            return (try ControlServer(path: path.socket), nil)
        } catch {
            return (nil, "\(error)")
        }
    }

    /// The channels outside the pane (desktop, tmux) the `notify` setting asks for; none while
    /// trying an exercise or without a data folder (no socket for the popup to answer on).
    static func promptAlerts(_ options: Options, processes: ProcessRunner) -> (alerts: PromptAlerts, off: [String]) {
        guard !options.oneBreak, let folder = options.dataFolder else { return (PromptAlerts(channels: []), []) }
        // The popup's shell has the tmux server's environment: the runtime folder (where the
        // socket is) and the config folder (the settings and exercises it draws the break
        // with) are passed as this timer has them.
        // (env takes its options, `-u`, before the assignments.)
        let names = ["XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"]
        let unset = names.filter { Environment.values[$0] == nil }.flatMap { ["-u", $0] }
        let set = names.compactMap { name in Environment.values[name].map { name + "=" + $0 } }
        let prompt = ["env"] + unset + set + [executablePath(), "prompt", "--data-dir", folder]
            + (Environment.values["TMUX_PANE"].map { ["--pane", $0] } ?? [])
        let opened = NotifyChannels.open(options.settings.notify, environment: Environment.values, prompt: prompt,
                                         checkLibrary: false) { argv in
            processes.start(argv, name: argv[0] == "tmux" ? "notify tmux" : "notify " + argv[0], environment: [:])
        }
        // A channel named in `notify` that cannot work is said once; under auto, `limber config` says why.
        let mode = options.settings.notify
        let off = mode.named == nil ? [] : opened.statuses.filter { mode.asks($0.channel) && !$0.isOn }.map {
            "\($0.channel.rawValue) notifications are off: \($0.detail)"
        }
        return (PromptAlerts(channels: opened.channels), off)
    }

    /// This program's own path, for the popup to run the same limber.
    static func executablePath() -> String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return CommandLine.arguments.first.flatMap { $0.contains("/") ? $0 : nil } ?? "limber"
    }

    static func run(_ options: Options) {
        do {
            try Terminal.check()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        // Before the history is opened: its first write may already meet a file size limit.
        Signals.install()
        let clock = SystemClock()
        let start = clock.now()
        var history: HistorySession?
        var historyWarning: String?
        var folderLock: InstanceLock?
        if let folder = options.dataFolder {
            let problem = writableFolderProblem(folder)
            folderLock = lock(folder)
            if let problem {
                // A folder that cannot be written (read-only, full, not a folder) does not stop
                // the timer: it runs without saving, and says so until it quits.
                historyWarning = "history not saved: \(problem)"
            } else if let folderLock {
                history = HistorySession.open(folder, settings: options.settings, library: options.library, at: start,
                                              lock: folderLock, stateFolder: stateFolder())
            } else {
                historyWarning = "history not saved: the data folder \(folder) cannot be opened"
            }
        }
        let engine = TimerEngine(settings: options.settings.timer, posture: options.settings.posture,
                                 postureIsExplicit: options.postureIsExplicit, at: start,
                                 days: SystemDayClock(), library: options.library.exercises, today: history?.today,
                                 resume: history?.resume, lastRoutine: history?.lastRoutine ?? [])
        let glyphs: Glyphs = Terminal.localeIsUTF8() && !options.settings.ascii ? .unicode.figure(options.settings.figure) : .ascii
        let terminal = Terminal(noColor: Environment.noColor || !options.settings.color)
        do {
            try terminal.start()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        let processes = ProcessRunner(logPath: processLog()) { clock.now().uptime }
        let (prompts, channelsOff) = promptAlerts(options, processes: processes)
        let outside = Outside(recorder: history?.recorder, historyWarning: historyWarning, processes: processes,
                              storeWarning: { history?.summary.takeStoreWarning() },
                              hooks: Hooks(commands: options.settings.hooks, runner: processes),
                              alerts: Alerts(settings: options.settings, terminal: terminal, processes: processes,
                                              practice: options.oneBreak),
                              prompts: prompts)
        // The socket only while the instance lock is held: a socket file left there is then
        // certainly a dead timer's, safe to replace. A read-only data folder has it too.
        let control = folderLock.flatMap { _ in options.dataFolder }.map { controlServer(dataFolder: $0) }
        let presence = PresenceSources.open(options.settings.presence, idleAfter: options.settings.timer.idleAfter,
                                            terminalFolder: Environment.values["LIMBER_TTY_DIR"].flatMap { $0.isEmpty ? nil : $0 },
                                            sessionID: Environment.values["XDG_SESSION_ID"])
        let input = PollingInput(terminal: terminal, server: control?.server, presence: presence.sources,
                                 prompts: prompts) { clock.now() }
        let app = App(engine: engine, clock: clock, terminal: terminal, input: input, outside: outside,
                      summary: history?.summary,
                      options: App.Options(glyphs: glyphs, reducedMotion: options.settings.reducedMotion,
                                           oneBreak: options.oneBreak),
                      quitRequested: { Signals.takePendingQuit() != nil })
        var notices: [String] = []
        if let problem = options.library.problems.first {
            let file = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
            let count = options.library.problems.count > 1 ? "\(options.library.problems.count) exercise files" : "Exercise file"
            notices.append(SafeText.escaped("\(count) skipped: \(file):\(problem.line); see 'limber exercises'"))
        }
        if !options.oneBreak, let snooze = options.settings.snoozeNotice { notices.append(snooze) }
        if let problem = control?.problem { notices.append("Warning: commands from other panes are off: \(problem)") }
        notices += history?.notices ?? []
        notices += channelsOff.map { "Warning: " + $0 }
        if !notices.isEmpty { app.show(Outside.short(notices.joined(separator: "; ")), for: 10) }
        app.run(first: options.first)
        prompts.close()
        processes.stopAll()
        terminal.stop()
        let kept = keepUnsaved(history, folder: options.dataFolder)
        withExtendedLifetime((folderLock, control)) {}
        Signals.endWithQuitSignal()
        // Nowhere to keep what the history refused: not a quiet success.
        if !kept { Console.quit(ExitStatus.ioError) }
    }
}
