import LimberApp
import LimberCore
import LimberNotify
import LimberStore
import LimberTerminal

/// The run loop's effects on the real world: history (SQLite), hooks and the notify command
/// (processes), the bell, notifications and the pane title.
final class Outside: AppEffects {
    private let recorder: HistoryRecorder?
    /// Shown for the whole run when there is no history to write to.
    private let historyWarning: String?
    private let processes: ProcessRunner
    private let hooks: Hooks
    private let alerts: Alerts
    /// Desktop notifications and the tmux popup.
    private let prompts: PromptAlerts
    /// History rows ignored for impossible values: said once.
    private let storeWarning: () -> String?

    init(recorder: HistoryRecorder?, historyWarning: String?, processes: ProcessRunner, storeWarning: @escaping () -> String?,
         hooks: Hooks, alerts: Alerts, prompts: PromptAlerts) {
        self.prompts = prompts
        self.recorder = recorder
        self.historyWarning = historyWarning
        self.processes = processes
        self.storeWarning = storeWarning
        self.hooks = hooks
        self.alerts = alerts
    }

    func carryOut(_ effects: [Effect], state: TimerState, at now: Moment) {
        recorder?.record(effects, state: state, at: now)
        hooks.run(for: effects, state: state)
    }

    func breakDue(_ state: TimerState, firstExercise: String?) {
        alerts.breakDue(state)
        prompts.ring(state, firstExercise: firstExercise)
    }

    func pass(_ state: TimerState) -> [String] {
        processes.poll()
        alerts.updateTitle(state)
        prompts.follow(state)
        return (processes.takeWarnings() + prompts.takeWarnings() + (storeWarning().map { [$0] } ?? [])).map(Self.short)
    }

    var lastingWarning: String? { (recorder?.warning ?? historyWarning).map(Self.short) }

    /// Paths under the home folder from `~`: a warning must fit a pane.
    static func short(_ message: String) -> String {
        HomePath.abbreviated(message, home: Environment.values["HOME"])
    }
}

extension Terminal: TerminalDevice {}
