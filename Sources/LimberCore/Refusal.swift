extension TimerState {
    /// Why `event` cannot do anything now, in words for the screen and the command line; nil
    /// when it can. The engine ignores a refused event (and says why with a notice), and a
    /// command from another pane answers with this line and exit status 1.
    /// Why standing is not offered: there is no standing desk (`standing_desk = false`).
    var noStandingDesk: String? {
        settings.standingDesk ? nil : "no standing desk (standing_desk = false)"
    }

    public func refusal(for event: Event) -> String? {
        switch event {
        case .tick, .quit, .startRoutine, .presence, .welcomeSeen, .keyPressed:
            return nil
        case .togglePosture:
            let current = breakProgress?.returnPosture ?? self.posture
            return current == .sitting ? noStandingDesk : nil
        case .setPosture(let posture):
            if posture == .standing, let reason = noStandingDesk { return reason }
            // During a break the posture asked for is the one to come back in.
            if let progress = breakProgress {
                return progress.returnPosture == posture ? "the break already ends \(posture.rawValue)" : nil
            }
            return self.posture == posture ? "already \(posture.rawValue)" : nil
        case .away:
            if away != nil { return "already away" }
            return isPaused ? "the timer is paused; paused time is not counted anyway" : nil
        case .back(wasHere: false):
            return away == nil ? "not away" : nil
        case .back(wasHere: true):
            return away == nil && welcome == nil ? "no time was counted as away to give back" : nil
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
