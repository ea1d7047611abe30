import LimberCore

/// Runs the user's `[hooks]` for the engine's records, with the event in the environment.
final class Hooks {
    private let commands: [HookEvent: [String]]
    private let runner: ProcessRunner

    init(commands: [HookEvent: [String]], runner: ProcessRunner) {
        self.commands = commands
        self.runner = runner
    }

    func run(for effects: [Effect], state: TimerState) {
        for case .record(let occurrence) in effects {
            guard let event = HookEvent(occurrence), let argv = commands[event] else { continue }
            runner.start(argv, name: event.rawValue, environment: Self.environment(event, occurrence, state))
        }
    }

    static func environment(_ event: HookEvent, _ occurrence: Occurrence, _ state: TimerState) -> [String: String] {
        var stretch = state.stretchElapsed
        if case .breakDue(let seconds) = occurrence { stretch = seconds }
        return [
            "LIMBER_EVENT": event.eventName,
            "LIMBER_POSTURE": state.posture.rawValue,
            "LIMBER_STRETCH_SECONDS": String(Int(saturating: stretch.rounded(.down))),
        ]
    }
}
