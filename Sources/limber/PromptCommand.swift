import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCommands
import LimberControl
import LimberCore
import LimberLibrary
import LimberNotify

/// `limber prompt`: the due prompt in a small window, answered with the prompt's own keys
/// (Enter, z, x), which go to the running timer over its control socket. The tmux popup runs
/// it when the break is due and limber's pane is hidden. It follows the timer's status and
/// ends (closing the popup) as soon as the prompt is answered or ends anywhere.
struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "Show the due prompt and answer it with Enter, z or x (the tmux popup runs this).",
        discussion: "The break itself plays in limber's pane. Esc or q closes this window and leaves the prompt showing there."
    )

    @Option(help: ArgumentHelp("The tmux pane limber runs in, to say where the break plays.", valueName: "pane"))
    var pane: String?

    @OptionGroup var options: CommandOptions

    func run() throws {
        var link = TimerLink(options.resolved)
        guard case .reply(let first) = link.ask(ControlRequest(.status)), let status = first.status, status.state == .due else {
            Console.fail("no break is due", status: 1)
        }
        let place = pane.flatMap(TmuxPopup.place(of:))
        var window = PromptWindow(link: link, pane: place == nil ? nil : pane, place: place)
        window.run(status)
    }
}

/// The window's loop: draw, wait a second for a key, ask the status again.
struct PromptWindow {
    var link: TimerLink
    /// limber's tmux pane (`%3`), when tmux knows it: `g` goes there.
    let pane: String?
    let place: String?

    mutating func run(_ first: LiveStatus) -> Never {
        RawKeys.start()
        var status = first
        var problem: String?
        while true {
            draw(status, problem: problem)
            if let key = RawKeys.next(timeoutMilliseconds: 1000) {
                let command: ControlCommand?
                var goThere = false
                switch key {
                case 13, 10, 32: command = .startBreak
                case UInt8(ascii: "g"), UInt8(ascii: "G") where pane != nil:
                    command = .startBreak
                    goThere = true
                case UInt8(ascii: "z"), UInt8(ascii: "Z"): command = .snooze
                case UInt8(ascii: "x"), UInt8(ascii: "X"): command = .skip
                case 27, UInt8(ascii: "q"), UInt8(ascii: "Q"), 3, 4: RawKeys.end(0)
                default: command = nil
                }
                if let command {
                    switch link.ask(ControlRequest(command), timeout: TimerCommands.timeout) {
                    case .reply(let reply) where reply.ok:
                        // The client this popup is on shows limber's pane, where the break plays.
                        if goThere, let pane { _ = TmuxPopup.show(pane: pane) }
                        RawKeys.end(0)
                    case .reply(let reply): problem = reply.error ?? "the timer refused"
                    default: RawKeys.end(1)
                    }
                }
            }
            // The prompt answered or ended elsewhere (or the timer gone): close the window.
            guard case .reply(let reply) = link.ask(ControlRequest(.status)), let now = reply.status, now.state == .due else {
                RawKeys.end(0)
            }
            status = now
        }
    }

    func draw(_ status: LiveStatus, problem: String?) {
        let seated = DurationText.clock(status.elapsed)
        var lines = [
            "Break due  +" + DurationText.clock(max(0, -status.remaining)),
            "\(status.posture.heldFor) \(seated): \(status.posture.breakAdvice).",
        ]
        if let exercise = status.nextExercise { lines.append("First exercise: \(exercise)") }
        lines.append("")
        lines.append("Enter  start the break in limber's pane" + (place.map { ",\n       \($0)" } ?? ""))
        if pane != nil { lines.append("g      start it and go there") }
        lines.append("z      snooze")
        lines.append("x      skip this break")
        lines.append("Esc    close; the prompt stays in the pane")
        if let problem { lines += ["", problem] }
        var text = "\u{1B}[H\u{1B}[2J"
        for line in lines.flatMap({ $0.split(separator: "\n", omittingEmptySubsequences: false) }) {
            text += " " + Console.printable(line) + "\r\n"
        }
        RawKeys.write(text)
    }
}

/// The popup's terminal in cbreak mode without echo, put back on every way out.
enum RawKeys {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var started = false

    static func start() {
        guard tcgetattr(0, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        started = tcsetattr(0, TCSANOW, &raw) == 0
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            _ = Glibc.signal(signal) { _ in
                if RawKeys.started { tcsetattr(0, TCSANOW, &RawKeys.saved) }
                _exit(1)
            }
        }
        write("\u{1B}[?25l")
    }

    /// One byte, or nil when none came in time.
    static func next(timeoutMilliseconds: Int32) -> UInt8? {
        var entry = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, timeoutMilliseconds) > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = read(0, &bytes, bytes.count)
        guard count > 0 else { end(0) } // the terminal went away
        return bytes[0]
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = Glibc.write(1, bytes.baseAddress, bytes.count) }
    }

    static func end(_ status: Int32) -> Never {
        write("\u{1B}[?25h")
        if started { tcsetattr(0, TCSANOW, &saved) }
        exit(status)
    }
}
