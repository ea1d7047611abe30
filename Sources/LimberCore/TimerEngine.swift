#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rules of the timer: `handle(event, at:)` moves the state forward and says what to do.
///
/// Pure: the caller passes the time in. Each call first accounts for the time since the
/// previous call, then applies the event, then checks whether the break became due.
public struct TimerEngine: Sendable {
    public private(set) var state: TimerState
    private let days: any DayClock
    private let library: [Exercise]
    /// Where today starts and ends on the wall clock, worked out once a day.
    private var dayBounds: (start: Date, end: Date)
    /// The wall-clock minute active hours were last checked in.
    private var checkedMinute: Int?

    /// - Parameters:
    ///   - today: the day's totals so far (from the history), if this is not the day's first run.
    ///   - resume: a stretch to continue after a restart.
    public init(settings: TimerSettings, posture: Posture, at now: Moment, days: any DayClock,
                library: [Exercise] = [], today: DayTotals? = nil, resume: Resume? = nil, lastRoutine: [String] = []) {
        self.days = days
        self.library = library
        state = TimerState(settings: settings, posture: resume?.posture ?? posture, at: now, day: days.day(of: now.wall))
        dayBounds = days.interval(of: state.today.day)
        if let today, today.day == state.today.day { state.today = today }
        if let resume { state.stretchElapsed = resume.stretchElapsed }
        state.lastRoutine = lastRoutine
    }

    /// The effects of starting up; call once after init.
    public func startEffects() -> [Effect] {
        [.record(.started(state.posture))]
    }

    public mutating func handle(_ event: Event, at now: Moment) -> [Effect] {
        var effects = advance(to: now)
        effects += apply(event, at: now)
        updatePromptsAllowed(at: now)
        effects += checkDue(at: now)
        effects += syncSpan(at: now)
        return effects
    }

    /// Active hours change at whole minutes, so the local time is looked up once a minute.
    private mutating func updatePromptsAllowed(at now: Moment) {
        guard let hours = state.settings.activeHours else { return }
        let minute = Int(saturating: (now.wall.timeIntervalSince1970 / 60).rounded(.down))
        guard minute != checkedMinute else { return }
        checkedMinute = minute
        let time = days.timeOfWeek(now.wall)
        state.promptsAllowed = hours.contains(weekday: time.weekday, minute: time.minute)
    }

    /// Closes the running span when the kind of time changed, and opens the next.
    private mutating func syncSpan(at now: Moment) -> [Effect] {
        guard state.activity != state.span.activity else { return [] }
        return restartSpan(closingAt: now, openingAt: now)
    }

    private mutating func restartSpan(closingAt end: Moment, openingAt start: Moment) -> [Effect] {
        let closed = state.span.closed(at: end)
        state.span = OpenSpan(activity: state.activity, startWall: start.wall, startUptime: start.uptime)
        return closed.seconds > 0 ? [.record(.span(closed))] : []
    }

    // MARK: Time

    private mutating func advance(to now: Moment) -> [Effect] {
        // A monotonic clock should never run backwards; if a reading does, treat it as no time.
        let delta = max(0, now.uptime - state.lastSeen.uptime)
        let previous = state.lastSeen
        state.lastSeen = now
        rollDay(at: now)
        if delta >= state.settings.awayAfter, !state.isPaused {
            return awayGap(delta, from: previous, to: now)
        }
        credit(delta, to: state.activity, endingAt: now)
        switch state.phase {
        case .working, .due, .snoozed:
            state.stretchElapsed += delta
        case .onBreak(var progress):
            let (finished, over) = progress.advance(by: delta)
            state.phase = .onBreak(progress)
            let effects = finished.map { countExercise($0) }
            return over ? effects + finishBreak(completed: true) : effects
        case .paused:
            break
        }
        return []
    }

    /// The machine slept or the process was stopped: that time is away, and the stretch is over.
    private mutating func awayGap(_ delta: Double, from previous: Moment, to now: Moment) -> [Effect] {
        credit(delta, to: .away, endingAt: now)
        // The span before the gap ends at the last reading; the gap is its own span.
        var effects = restartSpan(closingAt: previous, openingAt: now)
        effects.append(.record(.span(Span(activity: .away, start: previous.wall, seconds: delta))))
        effects.append(.record(.away(seconds: delta)))
        if var progress = state.breakProgress {
            effects += progress.endEarly().map { countExercise($0) }
            effects.append(.record(.breakEnded(completed: false, seconds: progress.elapsed)))
            state.posture = progress.returnPosture
        } else {
            effects.append(closeStretch())
            effects.append(.record(.naturalBreak))
            state.today.naturalBreaks += 1
        }
        startStretch()
        return effects
    }

    /// Adds seconds that ended at `now` to the day totals; seconds before local midnight belong
    /// to the day before, which is already closed, so only today's share is kept.
    private mutating func credit(_ seconds: Double, to activity: Activity, endingAt now: Moment) {
        let sinceMidnight = now.wall.timeIntervalSince(dayBounds.start)
        state.today.credit(min(seconds, max(0, sinceMidnight)), to: activity)
    }

    /// Starts a new day's totals when the wall clock passes midnight. A wall clock that jumps
    /// back across midnight keeps the current day, so no day is counted twice.
    private mutating func rollDay(at now: Moment) {
        // The calendar is consulted only past the day's end: every reading otherwise would
        // cost two C-library time conversions a second.
        guard now.wall >= dayBounds.end else { return }
        let day = days.day(of: now.wall)
        guard day > state.today.day else { return }
        state.today = DayTotals(day: day)
        dayBounds = days.interval(of: day)
    }

    // MARK: Stretches

    private mutating func startStretch() {
        state.phase = .working
        state.stretchElapsed = 0
    }

    /// Folds the stretch that is ending into today's sitting-stretch figures, and records it.
    private mutating func closeStretch() -> Effect {
        let length = state.stretchElapsed
        let long = length > state.settings.interval
        if state.posture == .sitting {
            state.today.longestSittingSeconds = max(state.today.longestSittingSeconds, length)
            if long { state.today.longSittingStretches += 1 }
        }
        return .record(.stretchEnded(state.posture, seconds: length, long: long))
    }

    /// The prompt appears at the interval (or when a snooze runs out), with an alert; while it
    /// stays unanswered the alert repeats every `realert`. Outside active hours nothing prompts.
    private mutating func checkDue(at now: Moment) -> [Effect] {
        guard state.promptsAllowed else { return [] }
        switch state.phase {
        case .working where state.stretchElapsed >= state.settings.interval:
            state.phase = .due
            state.today.breaksDue += 1
            state.lastAlert = now.uptime
            return [.bell, .record(.breakDue(stretchSeconds: state.stretchElapsed))]
        case .snoozed(let until) where state.stretchElapsed >= until:
            state.phase = .due
            state.lastAlert = now.uptime
            return [.bell]
        case .due where now.uptime - (state.lastAlert ?? now.uptime) >= state.settings.realert:
            state.lastAlert = now.uptime
            return [.bell]
        default:
            return []
        }
    }

    // MARK: Events

    private mutating func apply(_ event: Event, at now: Moment) -> [Effect] {
        switch event {
        case .tick: return []
        case .startBreak: return startBreak(with: nil)
        case .startRoutine(let routine): return startBreak(with: routine)
        case .snooze: return snooze()
        case .skip: return skip()
        case .endBreak: return endBreak()
        case .nextExercise: return nextExercise()
        case .toggleBreakPause: return toggleBreakPause()
        case .togglePosture: return togglePosture()
        case .togglePause: return togglePause(at: now)
        case .quit: return quit(at: now)
        }
    }

    private var isCounting: Bool {
        switch state.phase {
        case .working, .due, .snoozed: true
        default: false
        }
    }

    private mutating func startBreak(with given: Routine?) -> [Effect] {
        guard isCounting else { return [] }
        let answered = state.phase != .working
        let ended = closeStretch()
        state.today.breaksTaken += 1
        let planner = RoutinePlanner(library: library, space: state.settings.space)
        let routine = given ?? planner.plan(after: state.posture, length: state.settings.breakLength,
                                            covered: state.today.areaCounts, last: state.lastRoutine)
        state.lastRoutine = routine.ids
        state.phase = .onBreak(BreakProgress(
            routine: routine, length: state.settings.breakLength,
            returnPosture: state.posture, answeredPrompt: answered))
        return [ended, .record(.breakStarted(answeredPrompt: answered))]
    }

    /// Esc or q: on the "done" screen it simply moves on; mid-routine it ends the break early.
    private mutating func endBreak() -> [Effect] {
        guard var progress = state.breakProgress else { return [] }
        if progress.isDone { return finishBreak(completed: true) }
        let effects = progress.endEarly().map { countExercise($0) }
        state.phase = .onBreak(progress)
        return effects + finishBreak(completed: false)
    }

    private mutating func nextExercise() -> [Effect] {
        guard var progress = state.breakProgress, let outcome = progress.skipCurrent() else { return [] }
        state.phase = .onBreak(progress)
        return [countExercise(outcome)]
    }

    private mutating func toggleBreakPause() -> [Effect] {
        guard var progress = state.breakProgress, !progress.isDone else { return [] }
        progress.isPaused.toggle()
        state.phase = .onBreak(progress)
        return [.record(progress.isPaused ? .breakPaused : .breakResumed)]
    }

    private mutating func countExercise(_ outcome: ExerciseOutcome) -> Effect {
        let helps = library.first { $0.id == outcome.id }?.helps ?? []
        state.today.count(outcome, helps: helps)
        return .record(.exercise(outcome))
    }

    private mutating func finishBreak(completed: Bool) -> [Effect] {
        guard let progress = state.breakProgress else { return [] }
        if !completed { state.today.breaksEndedEarly += 1 }
        var effects: [Effect] = [.record(.breakEnded(completed: completed, seconds: progress.elapsed))]
        if progress.returnPosture != state.posture {
            state.today.postureChanges += 1
            effects.append(.record(.postureChanged(to: progress.returnPosture)))
        }
        state.posture = progress.returnPosture
        startStretch()
        return effects
    }

    private mutating func snooze() -> [Effect] {
        guard state.isDue else { return [] }
        guard state.canSnooze else {
            return [.notice("No snooze left: start the break or skip it")]
        }
        state.today.snoozes += 1
        state.phase = .snoozed(untilElapsed: state.stretchElapsed + state.settings.snooze)
        return [.record(.snoozed)]
    }

    private mutating func skip() -> [Effect] {
        switch state.phase {
        case .due, .snoozed:
            let ended = closeStretch()
            state.today.breaksSkipped += 1
            startStretch()
            return [ended, .record(.skipped)]
        default:
            return []
        }
    }

    private mutating func togglePosture() -> [Effect] {
        let ended: Effect
        switch state.phase {
        case .onBreak(var progress):
            // During a break, `t` says which way the user comes back.
            progress.returnPosture = progress.returnPosture.other
            state.phase = .onBreak(progress)
            return []
        case .paused(let since, _):
            ended = closeStretch()
            state.posture = state.posture.other
            state.stretchElapsed = 0
            state.phase = .paused(since: since, before: .working)
        default:
            ended = closeStretch()
            state.posture = state.posture.other
            startStretch()
        }
        state.today.postureChanges += 1
        return [ended, .record(.postureChanged(to: state.posture))]
    }

    private mutating func togglePause(at now: Moment) -> [Effect] {
        switch state.phase {
        case .paused(let since, let before):
            let pausedFor = max(0, now.uptime - since)
            if pausedFor >= state.settings.awayAfter {
                // A long pause is a real interruption: the next stretch starts fresh.
                let ended = closeStretch()
                startStretch()
                return [ended, .record(.resumed(pausedSeconds: pausedFor))]
            }
            state.phase = before
            return [.record(.resumed(pausedSeconds: pausedFor))]
        case .working, .due, .snoozed:
            state.phase = .paused(since: now.uptime, before: state.phase)
            return [.record(.paused)]
        case .onBreak:
            return []
        }
    }

    /// The open stretch is not closed: a restart within `away-after` picks it up again.
    private mutating func quit(at now: Moment) -> [Effect] {
        let closed = state.span.closed(at: now)
        state.span = OpenSpan(activity: state.activity, startWall: now.wall, startUptime: now.uptime)
        return (closed.seconds > 0 ? [.record(.span(closed))] : []) + [.record(.quit), .quit]
    }
}
