import LimberCore
import LimberLibrary
import LimberTerminal
import LimberUI

/// Prompting that never steals focus: the title always says where the timer is; when a break
/// is due (and every few minutes while it stays overdue) the bell rings and, if `notify` names
/// them, the terminal's OSC notification and the notify command go out. (The desktop and tmux
/// channels live in LimberNotify: `PromptAlerts`.)
final class Alerts {
    private let settings: Settings
    private let terminal: Terminal
    private let processes: ProcessRunner?
    private var lastTitle: String?
    /// Trying one exercise (`limber exercises show`): the title does not say "on break".
    private let practice: Bool

    init(settings: Settings, terminal: Terminal, processes: ProcessRunner?, practice: Bool = false) {
        self.settings = settings
        self.terminal = terminal
        self.processes = processes
        self.practice = practice
    }

    func breakDue(_ state: TimerState) {
        if settings.bell { terminal.bell() }
        let body = "Break due: " + state.posture.breakAdvice
        if settings.notify.asks(.osc) {
            terminal.send(TerminalSequences.notification(title: "Limber", body: body,
                                                         insideTmux: !(Environment.values["TMUX"] ?? "").isEmpty))
        }
        if settings.notify.asks(.command) {
            processes?.start(settings.notifyCommand + [body], name: "notify_command", environment: [:])
        }
    }

    /// Sets the title when its text changes: once a minute while counting down, at once on a
    /// change of state. A per-second title would cost more bytes than the whole screen.
    func updateTitle(_ state: TimerState) {
        let title = practice ? "Limber · practice" : Self.title(state)
        guard title != lastTitle else { return }
        terminal.setTitle(Console.printable(title)) // a `·` is garbage in a C locale
        lastTitle = title
    }

    static func title(_ state: TimerState) -> String {
        StateWords(LiveStatus(state, at: state.lastSeen)).title
    }
}
