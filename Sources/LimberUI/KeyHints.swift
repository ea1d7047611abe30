import LimberCore

/// The keys that do something right now, most useful first.
enum KeyHints {
    static func forState(_ state: TimerState) -> [String] {
        let turn = state.posture == .sitting ? "t stand up" : "t sit down"
        switch state.phase {
        case .working:
            return ["Enter break now", turn, "p pause", "? help", "q quit"]
        case .due:
            let snooze = state.canSnooze ? ["z snooze"] : []
            return ["Enter start break"] + snooze + ["x skip", turn, "p pause", "? help", "q quit"]
        case .snoozed:
            return ["Enter break now", "x skip", turn, "p pause", "? help", "q quit"]
        case .onBreak(let progress):
            let back = progress.returnPosture == .sitting ? "t come back standing" : "t come back sitting"
            if progress.isDone { return ["Enter continue", back] }
            if progress.routine.items.isEmpty { return ["Esc end break", back, "? help"] }
            let pause = progress.isPaused ? "Space resume" : "Space pause"
            return ["n next", pause, "Esc end break", back, "? help"]
        case .paused:
            return ["p resume", turn, "? help", "q quit"]
        }
    }

    /// Joins as many hints as fit in `width`, dropping from the end.
    static func fit(_ hints: [String], width: Int, separator: String) -> String {
        var text = ""
        for hint in hints {
            let candidate = text.isEmpty ? hint : text + separator + hint
            if candidate.count > width { break }
            text = candidate
        }
        return text
    }
}
