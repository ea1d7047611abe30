import ArgumentParser
import LimberCommands
import LimberControl
import LimberCore
import LimberLibrary
import LimberNotify
import LimberTerminal
import LimberUI

/// `limber prompt`: the due prompt in a small window, answered with the prompt's own keys
/// (Enter, z, x), which go to the running timer over its control socket. The tmux popup runs
/// it when the break is due and limber's pane is hidden. Enter starts the break and plays it
/// here, drawn from the running timer's place in it; Esc closes the window and the break goes
/// on in limber's pane. It ends (closing the popup) when the prompt is answered or ends
/// anywhere, or when the break it shows is over.
struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "Show the due prompt, or the running break; answer with Enter, z or x (the tmux popup runs this).",
        discussion: """
        Enter starts the break and plays it in this window, as limber's pane plays it; g starts it \
        there and switches the tmux client to that pane. Esc or q closes this window: the prompt \
        or the break goes on in limber's pane.
        """
    )

    @Option(help: ArgumentHelp("The tmux pane limber runs in, to say where the break plays.", valueName: "pane"))
    var pane: String?

    @OptionGroup var options: CommandOptions

    func run() throws {
        let resolved = options.resolved
        var link = TimerLink(resolved)
        guard case .reply(let first) = link.ask(ControlRequest(.watch)), let status = first.status,
              [.due, .onBreak, .breakPaused].contains(status.state) else {
            Console.fail("no break is due or running", status: 1)
        }
        let place = pane.flatMap(TmuxPopup.place(of:))
        var window = PromptWindow(link: link, settings: resolved.settings,
                                  pane: PopupScreen.Pane(place: place, canGo: place != nil), paneID: place == nil ? nil : pane)
        window.run(first)
    }
}

/// The window's loop: draw, wait for a key or the next change, ask the timer again.
struct PromptWindow {
    var link: TimerLink
    let settings: Settings
    let pane: PopupScreen.Pane
    /// limber's tmux pane (`%3`), when tmux knows it: `g` goes there.
    let paneID: String?
    /// The exercises, read when a break is first shown.
    private var library: [Exercise]?
    private var problem: String?

    init(link: TimerLink, settings: Settings, pane: PopupScreen.Pane, paneID: String?) {
        self.link = link
        self.settings = settings
        self.pane = pane
        self.paneID = paneID
    }

    mutating func run(_ first: ControlReply) -> Never {
        Signals.install()
        let terminal = Terminal(noColor: Environment.noColor || !settings.color)
        let glyphs: Glyphs = Terminal.localeIsUTF8() && !settings.ascii ? .unicode.figure(settings.figure) : .ascii
        do {
            try terminal.start()
        } catch {
            Console.fail("\(error)", status: 1)
        }
        var reply = first
        var code: Int32 = 0
        while Signals.takePendingQuit() == nil {
            guard let status = reply.status, [.due, .onBreak, .breakPaused].contains(status.state) else { break }
            let context = ScreenContext(size: terminal.size, glyphs: glyphs, now: SystemClock().now(),
                                        reducedMotion: settings.reducedMotion)
            let frame = draw(status, reply.place, context)
            terminal.draw(frame.canvas)
            if let key = terminal.readKey(timeoutMilliseconds: frame.wait) {
                // Closing leaves the prompt, or the break, to limber's pane.
                if [Key.escape, .character("q"), .character("Q")].contains(key) { break }
                if key == .resize { terminal.invalidate() } // the popup follows its client's size
                if case .done(let exitCode)? = answer(key, status) {
                    code = exitCode
                    break
                }
            }
            // A timer busy drawing a new exercise's first frame may take longer than a status
            // line waits: give it the commands' time before taking it for gone.
            guard case .reply(let next) = link.ask(ControlRequest(.watch), timeout: TimerCommands.timeout, keep: false) else { break }
            reply = next
        }
        terminal.stop()
        Signals.endWithQuitSignal()
        Console.quit(code)
    }

    enum Answer { case stay, done(Int32) }

    /// A key: the prompt's answers while due; while the break plays, only `g` and closing.
    private mutating func answer(_ key: Key, _ status: LiveStatus) -> Answer? {
        let due = status.state == .due
        let command: ControlCommand
        var goThere = false
        switch key {
        case .enter where due, .character(" ") where due: command = .startBreak
        case .character("g"), .character("G"):
            guard paneID != nil else { return nil }
            goThere = true
            command = .startBreak
        case .character("z") where due, .character("Z") where due: command = .snooze
        case .character("x") where due, .character("X") where due: command = .skip
        default: return nil
        }
        if goThere, !due {
            _ = paneID.map(TmuxPopup.show(pane:))
            return .done(0)
        }
        switch link.ask(ControlRequest(command), timeout: TimerCommands.timeout) {
        case .reply(let reply) where reply.ok:
            // The client this popup is on shows limber's pane, where the break plays.
            if goThere, let paneID {
                _ = TmuxPopup.show(pane: paneID)
                return .done(0)
            }
            problem = nil
            // Enter: the break plays here, from the next status on.
            return command == .startBreak ? .stay : .done(0)
        case .reply(let reply):
            problem = reply.error ?? "the timer refused"
            return .stay
        default: return .done(1)
        }
    }

    /// The frame for the timer's answer, and how long until the next one is due (ms).
    private mutating func draw(_ status: LiveStatus, _ place: BreakPlace?, _ context: ScreenContext) -> (canvas: Canvas, wait: Int) {
        guard status.state != .due else {
            return (PopupScreen.prompt(status, pane: pane, problem: problem, context), 1000)
        }
        if library == nil {
            library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values)).exercises
        }
        guard let progress = place?.progress(library: library ?? []) else {
            return (PopupScreen.elsewhere(status, pane: pane, context), Self.untilNextSecond(status.breakRemaining ?? 0))
        }
        let canvas = PopupScreen.playing(progress, posture: status.posture, pane: pane, context)
        // A moving figure is drawn as often as the pane draws it; otherwise at each second.
        let moving = progress.figureIsMoving && !settings.reducedMotion
        return (canvas, moving ? 100 : Self.untilNextSecond(progress.remaining))
    }

    /// Milliseconds until a countdown of `seconds` shows the next whole second.
    static func untilNextSecond(_ seconds: Double) -> Int {
        let part = seconds.truncatingRemainder(dividingBy: 1)
        return min(1000, max(20, Int((part * 1000).rounded(.up)) + 10))
    }
}
