#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberLibrary
import LimberTerminal
import LimberUI

/// The run loop: read the clock, feed the engine, carry out its effects, draw, then sleep until
/// the next visible change or a key. Time is always read from the clock, never counted in ticks.
final class App {
    private var engine: TimerEngine
    private let terminal: Terminal
    private let clock: SystemClock
    private let recorder: HistoryRecorder?
    /// Shown for the whole run when there is no history to write to.
    private let historyWarning: String?
    private let summary: SummaryLoader?
    /// The day the summary screen shows, while it is open.
    private var summaryDay: LocalDay?
    private let glyphs: Glyphs
    private let reducedMotion: Bool
    private let alerts: Alerts
    private let processes: ProcessRunner
    private let hooks: Hooks
    /// Quit when the first break ends (`limber exercises show`).
    private let oneBreak: Bool
    private var helpShowing = false
    private var notice: (text: String, until: Double)?
    private var lastCanvas: Canvas?
    private var running = true

    /// How long a notice stays on screen.
    private let noticeSeconds = 3.0
    /// While exercises play, frames change a few times a second.
    private let animationSeconds = 0.1

    init(engine: TimerEngine, terminal: Terminal, clock: SystemClock, glyphs: Glyphs, recorder: HistoryRecorder?,
         historyWarning: String? = nil,
         summary: SummaryLoader? = nil, settings: Settings, processLog: String, oneBreak: Bool = false) {
        let processes = ProcessRunner(logPath: processLog) { clock.now().uptime }
        self.processes = processes
        self.hooks = Hooks(commands: settings.hooks, runner: processes)
        self.engine = engine
        self.recorder = recorder
        self.historyWarning = historyWarning
        self.summary = summary
        self.terminal = terminal
        self.clock = clock
        self.glyphs = glyphs
        self.reducedMotion = settings.reducedMotion
        self.alerts = Alerts(settings: settings, terminal: terminal, processes: processes)
        self.oneBreak = oneBreak
    }

    /// Shows `text` for `seconds` (startup warnings stay longer than key notices).
    func show(_ text: String, for seconds: Double) {
        notice = (text, clock.now().uptime + seconds)
    }

    func run(first event: Event? = nil) {
        let start = clock.now()
        let effects = engine.startEffects()
        recorder?.record(effects, state: engine.state, at: start)
        perform(effects)
        if let event { send(event) }
        while running {
            if Signals.takePendingQuit() != nil {
                send(.quit)
                break
            }
            send(.tick)
            if oneBreak, engine.state.breakProgress == nil { break }
            processes.poll()
            for warning in processes.takeWarnings() { show("Warning: \(warning)", for: 10) }
            alerts.updateTitle(engine.state)
            draw()
            let key = terminal.readKey(timeoutMilliseconds: millisecondsToNextChange())
            if let key {
                if key == .resize { terminal.invalidate() }
                handle(key)
            }
        }
    }

    private func handle(_ key: Key) {
        if let day = summaryDay, let summary {
            handleSummary(key, day, summary)
            return
        }
        switch KeyMap.command(for: key, state: engine.state, helpShowing: helpShowing) {
        case .engine(let event): send(event)
        case .toggleHelp: helpShowing.toggle()
        case .closeHelp: helpShowing = false
        case .openSummary: summaryDay = summary?.today(at: clock.now())
        case .none: break
        }
    }

    /// In the summary: arrows move between days (not past today); Esc, d or q go back.
    private func handleSummary(_ key: Key, _ day: LocalDay, _ summary: SummaryLoader) {
        switch key {
        case .left: summaryDay = summary.day(before: day)
        case .right:
            let next = summary.day(after: day)
            if next <= summary.today(at: clock.now()) { summaryDay = next }
        case .escape, .character("d"), .character("q"): summaryDay = nil
        default: break
        }
    }

    private func send(_ event: Event) {
        let now = clock.now()
        let effects = engine.handle(event, at: now)
        recorder?.record(effects, state: engine.state, at: now)
        hooks.run(for: effects, state: engine.state)
        perform(effects)
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .bell: alerts.breakDue(engine.state)
            case .notice(let text): notice = (text, clock.now().uptime + noticeSeconds)
            case .record: break // HistoryRecorder wrote these before the effects were carried out.
            case .quit: running = false
            }
        }
    }

    private func draw() {
        guard running else { return }
        let now = clock.now()
        if let current = notice, now.uptime >= current.until { notice = nil }
        // A history that cannot be written stays on screen until writing works again.
        let message = (recorder?.warning ?? historyWarning).map { "Warning: \($0)" } ?? notice?.text
        let context = ScreenContext(size: terminal.size, glyphs: glyphs, now: now, notice: message,
                                    showHelp: helpShowing, reducedMotion: reducedMotion, practice: oneBreak)
        // A prompt takes the screen back from the summary: it must be seen.
        if engine.state.isDue { summaryDay = nil }
        let canvas: Canvas
        if let day = summaryDay, let summary {
            canvas = SummaryScreen.render(summary.model(for: day, state: engine.state, at: now), context)
        } else {
            canvas = Screen.render(engine.state, context)
        }
        // Skip the repaint when nothing visible changed; ncurses would send nothing anyway,
        // but building its frame still costs CPU.
        guard canvas != lastCanvas else { return }
        terminal.draw(canvas)
        lastCanvas = canvas
    }

    /// Time until the clock on screen next changes: the next whole second of whatever is counting.
    private func millisecondsToNextChange() -> Int {
        let state = engine.state
        let now = clock.now()
        let counting: Double
        switch state.phase {
        case .onBreak(let progress): counting = progress.elapsed
        case .paused: counting = state.pausedFor(at: now)
        default: counting = state.stretchElapsed
        }
        // The engine's figures are as of its last reading; add what has passed since.
        let sinceReading = now.uptime - state.lastSeen.uptime
        let phase = (counting + sinceReading).truncatingRemainder(dividingBy: 1)
        var wait = 1 - phase
        if let progress = state.breakProgress, progress.figureIsMoving, !reducedMotion {
            wait = min(wait, animationSeconds)
        }
        if let current = notice { wait = min(wait, max(0, current.until - now.uptime)) }
        return min(1000, max(5, Int((wait * 1000).rounded(.up)) + 2))
    }
}
