import LimberCore
import LimberTerminal

/// What a key means at this moment. Help and quit belong to the program; the rest go to the engine.
enum Command: Equatable {
    case engine(Event)
    case toggleHelp
    case closeHelp
    case openSummary
    case none
}

enum KeyMap {
    static func command(for key: Key, state: TimerState, helpShowing: Bool) -> Command {
        if helpShowing, key == .escape || key == .character("?") || key == .character("q") {
            return .closeHelp
        }
        if let progress = state.breakProgress {
            return duringBreak(key, progress)
        }
        switch key {
        case .enter, .character(" "): return .engine(.startBreak)
        case .character("z"): return .engine(.snooze)
        case .character("x"): return .engine(.skip)
        case .character("t"): return .engine(.togglePosture)
        case .character("p"): return .engine(.togglePause)
        case .character("?"): return .toggleHelp
        case .character("d"): return .openSummary
        case .character("q"): return .engine(.quit)
        default: return .none
        }
    }

    private static func duringBreak(_ key: Key, _ progress: BreakProgress) -> Command {
        switch key {
        case .escape, .character("q"): return .engine(.endBreak)
        case .enter where progress.isDone: return .engine(.endBreak)
        case .character("n"): return .engine(.nextExercise)
        case .character(" "): return .engine(.toggleBreakPause)
        case .character("t"): return .engine(.togglePosture)
        case .character("?"): return .toggleHelp
        default: return .none
        }
    }
}
