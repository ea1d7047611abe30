import LimberControl
import LimberCore
import LimberNotify
import LimberUI

/// The run loop: read the clock, feed the engine, carry out its effects, draw, then wait for a
/// key, a request or the next visible change. Time is always read from the clock, never
/// counted in ticks. Everything outside comes in through protocols, so tests run this same
/// loop on a fake clock with scripted keys and requests.
public final class App {
    public struct Options {
        public var glyphs: Glyphs
        public var reducedMotion: Bool
        /// Quit when the first break ends (`limber exercises show`).
        public var oneBreak: Bool

        public init(glyphs: Glyphs, reducedMotion: Bool = false, oneBreak: Bool = false) {
            self.glyphs = glyphs
            self.reducedMotion = reducedMotion
            self.oneBreak = oneBreak
        }
    }

    public private(set) var engine: TimerEngine
    private let clock: any AppClock
    private let terminal: any TerminalDevice
    private let input: any InputSource
    private let outside: any AppEffects
    private let summary: (any SummarySource)?
    private let options: Options
    /// Checked at the top of each pass: a quit signal arrived.
    private let quitRequested: () -> Bool
    /// The help box, the summary's day and the notice: changed only by `ScreenModel.update`.
    public private(set) var model = ScreenModel()
    /// The open summary's stored figures, and when (uptime) they were read.
    private var stored: (summary: StoredSummary, loaded: Double)?
    public private(set) var lastCanvas: Canvas?
    public private(set) var running = true
    /// Until this time (uptime) nothing on screen changes by itself; a pass woken earlier by
    /// something that changed nothing (a status request, a client hanging up) skips the frame.
    private var quietUntil = -Double.infinity
    /// Something changed that the screen must show (a key, a command, an engine effect).
    private var changed = true

    /// While exercises play, frames change a few times a second.
    private let animationSeconds = 0.1
    /// The summary's stored figures are read again after this long.
    private let summaryRefreshSeconds = 60.0

    public init(engine: TimerEngine, clock: any AppClock, terminal: any TerminalDevice, input: any InputSource,
                outside: any AppEffects, summary: (any SummarySource)?, options: Options,
                quitRequested: @escaping () -> Bool = { false }) {
        self.engine = engine
        self.clock = clock
        self.terminal = terminal
        self.input = input
        self.outside = outside
        self.summary = summary
        self.options = options
        self.quitRequested = quitRequested
    }

    /// Shows `text` for `seconds` (startup warnings stay longer than key notices).
    public func show(_ text: String, for seconds: Double) {
        update(.notice(text, seconds: seconds), at: clock.now())
    }

    public func run(first event: Event? = nil) {
        start(first: event)
        while running { pass() }
    }

    /// Records the start; sends `event` (a routine to play) when given.
    public func start(first event: Event? = nil) {
        let now = clock.now()
        let effects = engine.startEffects()
        outside.carryOut(effects, state: engine.state, at: now)
        perform(effects, at: now)
        if let event { send(event, at: now) }
    }

    /// One turn of the loop: bring the engine to now, draw, then wait and handle what arrived.
    public func pass() {
        if quitRequested() {
            send(.quit, at: clock.now())
            running = false
            return
        }
        let now = clock.now()
        send(.tick, at: now)
        guard running else { return }
        for warning in outside.pass(engine.state) { show("Warning: \(warning)", for: 10) }
        refreshSummary(at: now)
        update(.tick, at: now)
        // Building a frame costs more than anything else in a pass: 100 status requests a
        // second must not mean 100 frames. Until the next visible change nothing is drawn
        // unless something changed; that time moves on only once a frame was drawn.
        let nextChange = now.uptime + secondsToNextChange(at: now)
        if changed || now.uptime >= quietUntil {
            draw(at: now)
            quietUntil = nextChange
        } else {
            quietUntil = min(quietUntil, nextChange)
        }
        changed = false
        let seconds = min(1, max(0, quietUntil - now.uptime))
        let wait = min(1000, max(5, Int((seconds * 1000).rounded(.up)) + 2))
        for arrived in input.wait(timeoutMilliseconds: wait) {
            switch arrived {
            case .key(let key):
                changed = true
                handle(key)
            case .request(let request, let client): input.reply(answer(request), to: client)
            case .presence(let source, let signal): send(.presence(source, signal), at: clock.now())
            case .answer(let answer):
                changed = true
                take(answer)
            }
            guard running else { return }
        }
    }

    // MARK: Keys and the screen model

    private func handle(_ key: Key) {
        // Every key is the person at the desk, for every presence source: even one that only
        // opens the help, or does nothing at all, ends time away and restarts the idle count.
        if key != .resize { send(.keyPressed, at: clock.now()) }
        update(.key(key), at: clock.now())
    }

    /// Runs the screen model and carries out its commands.
    private func update(_ input: ScreenModel.Input, at now: Moment) {
        let world = ScreenModel.World(state: engine.state, now: now, today: summary?.day(of: now), practice: options.oneBreak)
        let (next, commands) = ScreenModel.update(model, input, world)
        if next != model { changed = true }
        model = next
        if model.summaryDay == nil { stored = nil }
        for command in commands {
            switch command {
            case .engine(let event): send(event, at: clock.now())
            case .loadSummary(let day): load(day, at: now)
            case .repaint: terminal.invalidate()
            }
        }
    }

    private func load(_ day: LocalDay, at now: Moment) {
        guard let summary else { return }
        stored = (summary.load(day), now.uptime)
        changed = true
    }

    /// The stored figures are read again once a minute while the summary stays open.
    private func refreshSummary(at now: Moment) {
        guard let open = stored, now.uptime - open.loaded >= summaryRefreshSeconds else { return }
        load(open.summary.day, at: now)
    }

    // MARK: Requests

    /// A request from another pane: the engine is brought to now first, so the answer is what
    /// the screen shows at this moment. A command the engine cannot do now is refused with
    /// its reason and changes nothing.
    func answer(_ request: ControlRequest) -> ControlReply {
        let now = clock.now()
        send(.tick, at: now)
        guard let event = request.event else {
            // `watch`: the break's place too, for a popup that plays it.
            let place = request.command == .watch ? engine.state.breakProgress.map(BreakPlace.init) : nil
            return ControlReply(ok: true, status: liveStatus(at: now), place: place)
        }
        if let reason = engine.state.refusal(for: event) {
            return .failure(reason, status: liveStatus(at: now))
        }
        send(event, at: now)
        show(Self.notice(for: request), for: ScreenModel.noticeSeconds) // also marks the screen changed
        return ControlReply(ok: true, status: liveStatus(at: now))
    }

    /// An answer from a notification's button: the key's event, refused with its reason like
    /// the key when it cannot apply now.
    private func take(_ answer: PromptAnswer) {
        let now = clock.now()
        send(.tick, at: now)
        if let reason = engine.state.refusal(for: answer.event) {
            show(reason, for: ScreenModel.noticeSeconds)
            return
        }
        send(answer.event, at: now)
        let what = switch answer {
        case .startBreak: "Break started"
        case .snooze: "Snoozed"
        case .skip: "Break skipped"
        }
        show(what + " from the notification", for: ScreenModel.noticeSeconds)
    }

    /// The status another process sees: the engine's state, and while a prompt is open the
    /// routine's first exercise (the tmux popup shows it).
    private func liveStatus(at now: Moment) -> LiveStatus {
        var status = LiveStatus(engine.state, at: now)
        if engine.state.hasOpenPrompt { status.nextExercise = engine.upcomingExercise }
        return status
    }

    /// What the screen says when a command arrives from elsewhere.
    static func notice(for request: ControlRequest) -> String {
        let what: String
        switch request.command {
        case .status, .watch: what = "Asked"
        case .startBreak: what = "Break started"
        case .snooze: what = "Snoozed"
        case .skip: what = "Break skipped"
        case .pause: what = request.seconds.map { "Paused for \(DurationText.short($0))" } ?? "Paused"
        case .resume: what = "Resumed"
        case .sit: what = "Sitting"
        case .stand: what = "Standing"
        case .away: what = "Away"
        case .back: what = request.wasHere == true ? "Away time given back" : "Back"
        }
        return what + " from another pane"
    }

    // MARK: Engine

    private func send(_ event: Event, at now: Moment) {
        let effects = engine.handle(event, at: now)
        if !effects.isEmpty { changed = true }
        outside.carryOut(effects, state: engine.state, at: now)
        perform(effects, at: now)
        // One exercise tried (`limber exercises show`) closes the moment it is over, before any
        // key read with the one that ended it: an Enter typed after `q` would otherwise start a
        // break on the main screen behind it.
        if options.oneBreak, engine.state.breakProgress == nil { running = false }
    }

    private func perform(_ effects: [Effect], at now: Moment) {
        for effect in effects {
            switch effect {
            case .bell: outside.breakDue(engine.state, firstExercise: engine.upcomingExercise)
            case .notice(let text): update(.notice(text, seconds: ScreenModel.noticeSeconds), at: now)
            case .record(.span):
                // A span just closed is stored now, and no longer the running one: the open
                // summary reads it at once, or a day before midnight would miss it for a minute.
                if let open = stored { load(open.summary.day, at: now) }
            case .record: break // carried out before the effects were performed.
            case .quit: running = false
            }
        }
    }

    // MARK: Screen

    private func draw(at now: Moment) {
        // A history that cannot be written stays on screen until writing works again.
        let message = outside.lastingWarning.map { "Warning: \($0)" } ?? model.notice?.text
            ?? PresenceLine.text(engine.state, at: now, glyphs: options.glyphs)
        let context = ScreenContext(size: terminal.size, glyphs: options.glyphs, now: now, notice: message,
                                    showHelp: model.helpShowing, reducedMotion: options.reducedMotion, practice: options.oneBreak)
        let canvas: Canvas
        if let open = stored, let summary {
            let model = open.summary.model(state: engine.state, today: summary.day(of: now), at: now)
            canvas = SummaryScreen.render(model, context)
        } else {
            canvas = Screen.render(engine.state, context)
        }
        // Skip the repaint when nothing visible changed; ncurses would send nothing anyway,
        // but building its frame still costs CPU.
        guard canvas != lastCanvas else { return }
        terminal.draw(canvas)
        lastCanvas = canvas
    }

    /// Time until something on screen next changes or the engine has a deadline: the next
    /// whole second of each clock on screen (counting up or down), an animation frame, a notice
    /// ending, a timed pause ending.
    func secondsToNextChange(at now: Moment) -> Double {
        let state = engine.state
        // The engine's figures are as of its last reading; add what has passed since.
        let since = now.uptime - state.lastSeen.uptime
        var up: [Double] = [], down: [Double] = []
        switch state.phase {
        case .onBreak(let progress):
            up.append(progress.elapsed + (progress.isPaused ? 0 : since))
            down.append(progress.remaining - (progress.isPaused ? 0 : since))
        case .paused:
            up.append(state.pausedFor(at: now))
            if let end = state.pauseEnds { down.append(end - now.uptime) }
        case .snoozed(let until):
            up.append(state.stretchElapsed + since)
            down.append(until - state.stretchElapsed - since)
        case .away(let spell):
            // The away screen's clock is the time away.
            up.append(now.uptime - spell.since.uptime)
        default:
            up.append(state.stretchElapsed + since)
        }
        var wait = 1.0
        for value in up { wait = min(wait, 1 - value.truncatingRemainder(dividingBy: 1)) }
        for value in down where value > 0 {
            let part = value.truncatingRemainder(dividingBy: 1)
            wait = min(wait, part == 0 ? 1 : part)
        }
        if let progress = state.breakProgress, progress.figureIsMoving, !options.reducedMotion {
            wait = min(wait, animationSeconds)
        }
        if let current = model.notice { wait = min(wait, max(0, current.until - now.uptime)) }
        if let end = state.pauseEnds { wait = min(wait, max(0, end - now.uptime)) }
        return wait
    }
}
