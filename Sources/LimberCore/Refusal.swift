extension TimerState {
    /// Why `event` cannot do anything now, in words for the screen and the command line; nil
    /// when it can. The engine ignores a refused event (and says why with a notice), and a
    /// command from another pane answers with this line and exit status 1.
    public func refusal(for event: Event) -> String? {
        switch event {
        case .tick, .quit, .togglePosture, .setPosture, .startRoutine:
            return nil
        case .startBreak:
            if breakProgress != nil { return "a break is already running" }
            if isPaused { return "the timer is paused; resume it first" }
            return nil
        case .snooze:
            if !isDue { return "no break is due to snooze" }
            return canSnooze ? nil : "no snooze left: start the break or skip it"
        case .skip:
            switch phase {
            case .due, .snoozed: return nil
            default: return "no break is due to skip"
            }
        case .endBreak, .nextExercise, .toggleBreakPause:
            return breakProgress == nil ? "no break is running" : nil
        case .togglePause:
            return breakProgress == nil ? nil : "a break is running; Space pauses it"
        case .pause(let seconds):
            if breakProgress != nil { return "a break is running; Space pauses it" }
            if isPaused, seconds == nil { return "already paused" }
            return nil
        case .resume:
            return isPaused ? nil : "the timer is not paused"
        }
    }
}
