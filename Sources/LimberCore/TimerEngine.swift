/// The rules of the timer: `handle(event, at:)` moves the state forward and says what to do.
///
/// Pure: the caller passes the time in. Each call first accounts for the time since the
/// previous call, then applies the event, then checks whether the break became due.
public struct TimerEngine: Sendable {
    public internal(set) var state: TimerState
    let days: any DayClock
    private let library: [Exercise]
    /// Exercise id → what it helps, for the areas covered.
    private let helps: [String: [Area]]
    /// The wall-clock minute active hours were last checked in.
    private var checkedMinute: Int?
    /// Records made while starting up (a resumed stretch given up for an explicit posture).
    private var startRecords: [Effect] = []

    /// - Parameters:
    ///   - posture: the posture to start in. A resumed stretch keeps its own posture unless
    ///     `postureIsExplicit` (a flag or the config file said so): then that stretch ends here.
    ///   - today: the day's totals so far (from the history), if this is not the day's first run.
    ///   - resume: a stretch to continue after a restart.
    public init(settings: TimerSettings, posture: Posture, postureIsExplicit: Bool = false, at now: Moment,
                days: any DayClock, library: [Exercise] = [], today: DayTotals? = nil, resume: Resume? = nil,
                lastRoutine: [String] = []) {
        self.days = days
        self.library = library
        helps = Dictionary(library.map { ($0.id, $0.helps) }, uniquingKeysWith: { first, _ in first })
        let day = days.day(of: now.wall)
        let bounds = days.interval(of: day)
        state = TimerState(settings: settings, posture: resume?.posture ?? posture, at: now, day: day,
                           dayStart: bounds.start, dayEnd: bounds.end)
        if let today, today.day == state.today.day { state.today = today }
        state.lastRoutine = lastRoutine
        guard let resume else { return }
        state.stretchElapsed = resume.stretchElapsed
        state.stretchCountedLong = resume.countedLong
        if resume.promptOpen, resume.stretchElapsed >= settings.interval {
            state.phase = .due
            state.lastAlert = now.uptime
        } else if resume.promptOpen {
            // This run's interval is longer than the last one's and the stretch has not reached
            // it: the prompt ends here, once, as a natural break, and the stretch counts on.
            startRecords += counted([.record(.naturalBreak(afterPrompt: true))], at: now)
        }
        if postureIsExplicit, posture != resume.posture {
            startRecords += counted(togglePosture(), at: now)
            state.span = OpenSpan(activity: state.activity, startWall: now.wall, startUptime: now.uptime)
        }
    }

    /// The effects of starting up; call once after init.
    public func startEffects() -> [Effect] {
        [.record(.started(state.posture))] + startRecords
    }

    public mutating func handle(_ event: Event, at now: Moment) -> [Effect] {
        var effects = counted(advance(to: now), at: now)
        effects += counted(endTimedPause(at: now), at: now)
        effects += counted(expireWelcome(at: now), at: now)
        effects += counted(noteInput(event, at: now), at: now)
        effects += counted(apply(event, at: now), at: now)
        updatePromptsAllowed(at: now)
        effects += counted(checkPresence(at: now), at: now)
        effects += counted(checkDue(at: now), at: now)
        effects += counted(syncSpan(at: now), at: now)
        return effects
    }

    /// Folds what the effects record into today's totals, by the rules the summary applies to
    /// the stored history: spans by their share of today; events when the wall clock says today
    /// (after a wall clock set back across midnight they belong to the day before, as stored).
    mutating func counted(_ effects: [Effect], at now: Moment) -> [Effect] {
        let helps = helps
        for case .record(let occurrence) in effects {
            if case .span(let span) = occurrence {
                state.today.add(span, dayStart: state.dayStart, dayEnd: state.dayEnd)
                if span.end > state.dayEnd { state.spansReachingLaterDays.append(span) }
            } else if let event = HistoryEvent(occurrence, at: now.wall, posture: state.posture),
                      event.at >= state.dayStart {
                state.today.count(EventCount(event, day: state.today.day)) { helps[$0] ?? [] }
            }
        }
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
        state.promptsResume = hours.nextOpening(after: time.weekday, minute: time.minute)
    }

    /// Closes the running span when the kind of time changed, and opens the next.
    mutating func syncSpan(at now: Moment) -> [Effect] {
        guard state.activity != state.span.activity else { return [] }
        return restartSpan(closingAt: now, openingAt: now)
    }

    mutating func restartSpan(closingAt end: Moment, openingAt start: Moment) -> [Effect] {
        let closed = state.span.closed(at: end)
        state.span = OpenSpan(activity: state.activity, startWall: start.wall, startUptime: start.uptime)
        return closed.seconds > 0 ? [.record(.span(closed))] : []
    }

    // MARK: Stretches

    /// - Parameter begun: the person began it with a change of posture or a skipped prompt.
    mutating func startStretch(begun: Bool = false) {
        state.phase = .working
        state.stretchElapsed = 0
        state.stretchBegun = begun
        state.stretchCountedLong = false
    }

    /// The record of a stretch of `length` in `posture` ending at `end` (the last reading by
    /// default): its part on the day it ended (`RunningStretch.part`), and long when it ran
    /// past the interval and was not counted long before (at a quit it was resumed from).
    mutating func stretchRecord(_ posture: Posture, length: Double, endingAt end: Moment? = nil) -> Effect {
        let end = end ?? state.lastSeen
        // An end noticed after midnight (an away spell that began the day before) is on its own
        // day: the part is of that day, whose earlier parts were recorded at its midnights.
        let dayStart = end.wall >= state.dayStart ? state.dayStart : days.interval(of: days.day(of: end.wall)).start
        let long = length > state.settings.interval && !state.stretchCountedLong
        if long { state.stretchCountedLong = true }
        let part = RunningStretch(posture: posture, seconds: length, end: end.wall).part(dayStart: dayStart)
        return record(.stretchEnded(posture, seconds: part, long: long), happenedAt: end)
    }

    /// An entry for something that happened at `moment`: dated then when that was before the
    /// reading that noticed it (the last reading before a gap, when the person left), so the
    /// history puts it on its own day.
    func record(_ occurrence: Occurrence, happenedAt moment: Moment) -> Effect {
        moment.uptime < state.lastSeen.uptime ? .record(.dated(occurrence, at: moment.wall)) : .record(occurrence)
    }

    /// The record of the stretch that is ending (the longest sitting stretch is read from these).
    private mutating func closeStretch(endingAt end: Moment? = nil) -> Effect {
        stretchRecord(state.posture, length: state.stretchElapsed, endingAt: end)
    }

    /// The stretch ends without a break: the user moved or was away on their own. Call before
    /// the phase changes, so a prompt it ends is known.
    mutating func endStretchNaturally(endingAt end: Moment? = nil) -> [Effect] {
        [closeStretch(endingAt: end), record(.naturalBreak(afterPrompt: state.hasOpenPrompt), happenedAt: end ?? state.lastSeen)]
    }

    /// The prompt appears at the interval (or when a snooze runs out), with an alert; while it
    /// stays unanswered the alert repeats every `realert`. Outside active hours nothing prompts.
    private mutating func checkDue(at now: Moment) -> [Effect] {
        // While the person is away (a phase of its own) nothing rings; the stretch waits for them.
        guard state.promptsAllowed else { return [] }
        switch state.phase {
        case .working where state.stretchElapsed >= state.settings.interval:
            state.phase = .due
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
        if let reason = state.refusal(for: event) { return [.notice(Self.sentence(reason))] }
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
        case .setPosture(let posture): return setPosture(posture)
        case .togglePause, .resume: return togglePause(at: now)
        case .pause(let seconds): return pause(for: seconds, at: now)
        case .quit: return quit(at: now)
        case .presence(let source, let signal):
            state.presence.take(signal, from: source)
            return []
        case .away: return goAway(.told, since: now, at: now)
        case .back(let wasHere): return back(wasHere: wasHere, at: now)
        case .welcomeSeen: return settleWelcome()
        case .keyPressed: return []
        }
    }

    var isCounting: Bool {
        switch state.phase {
        case .working, .due, .snoozed: true
        default: false
        }
    }

    /// The name of the first exercise a break started now would play (the prompt and the
    /// channels outside the pane say it); nil without exercises.
    public var upcomingExercise: String? {
        let planner = RoutinePlanner(library: library, space: state.settings.space)
        return planner.plan(after: state.posture, length: state.settings.breakLength,
                            covered: state.today.areaCounts, last: state.lastRoutine).items.first?.exercise.name
    }

    private mutating func startBreak(with given: Routine?) -> [Effect] {
        guard isCounting else { return [] }
        let start: BreakStart = state.hasOpenPrompt ? .prompted : .early
        let ended = closeStretch()
        let planner = RoutinePlanner(library: library, space: state.settings.space)
        let routine = given ?? planner.plan(after: state.posture, length: state.settings.breakLength,
                                            covered: state.today.areaCounts, last: state.lastRoutine)
        state.lastRoutine = routine.ids
        state.phase = .onBreak(BreakProgress(
            routine: routine, length: state.settings.breakLength,
            returnPosture: state.settings.postureAfterBreak(from: state.posture), start: start))
        return [ended, .record(.breakStarted(start))]
    }

    /// Esc or q: on the "done" screen it simply moves on; mid-routine it ends the break early.
    private mutating func endBreak() -> [Effect] {
        guard var progress = state.breakProgress else { return [] }
        if progress.isDone { return finishBreak(.completed) }
        let effects = progress.endEarly().map { Effect.record(.exercise($0)) }
        state.phase = .onBreak(progress)
        return effects + finishBreak(.early)
    }

    private mutating func nextExercise() -> [Effect] {
        guard var progress = state.breakProgress, let outcome = progress.skipCurrent() else { return [] }
        state.phase = .onBreak(progress)
        return [.record(.exercise(outcome))]
    }

    private mutating func toggleBreakPause() -> [Effect] {
        guard var progress = state.breakProgress, !progress.isDone else { return [] }
        progress.isPaused.toggle()
        state.phase = .onBreak(progress)
        return [.record(progress.isPaused ? .breakPaused : .breakResumed)]
    }

    mutating func finishBreak(_ end: BreakEnd) -> [Effect] {
        guard let progress = state.breakProgress else { return [] }
        var effects: [Effect] = [.record(.breakEnded(end, seconds: progress.elapsed))]
        if progress.returnPosture != state.posture {
            effects.append(.record(.postureChanged(to: progress.returnPosture)))
        }
        state.posture = progress.returnPosture
        startStretch()
        return effects
    }

    /// Only when due with a snooze left: `refusal(for:)` turned the event away otherwise.
    private mutating func snooze() -> [Effect] {
        state.phase = .snoozed(untilElapsed: state.stretchElapsed + state.settings.snooze)
        return [.record(.snoozed)]
    }

    private mutating func skip() -> [Effect] {
        switch state.phase {
        case .due, .snoozed:
            let ended = closeStretch()
            startStretch(begun: true)
            return [ended, .record(.skipped)]
        default:
            return []
        }
    }

    /// A change of posture ends the stretch; one that ends a prompt is a natural break.
    private mutating func togglePosture() -> [Effect] {
        let ended: [Effect]
        switch state.phase {
        case .onBreak(var progress):
            // During a break, `t` says which way the user comes back.
            progress.returnPosture = progress.returnPosture.other
            state.phase = .onBreak(progress)
            return []
        case .paused(let since, _):
            ended = state.hasOpenPrompt ? endStretchNaturally() : [closeStretch()]
            state.posture = state.posture.other
            state.stretchElapsed = 0
            state.stretchBegun = true
            state.phase = .paused(since: since, before: .working)
        default:
            ended = state.hasOpenPrompt ? endStretchNaturally() : [closeStretch()]
            state.posture = state.posture.other
            startStretch(begun: true)
        }
        return ended + [.record(.postureChanged(to: state.posture))]
    }

    /// A pause of at least `away_after` stays paused time, but the stretch it interrupted is
    /// over, as after time away: it counts as a natural break and the next one starts fresh.
    private mutating func togglePause(at now: Moment) -> [Effect] {
        switch state.phase {
        case .paused(let since, let before):
            state.pauseEnds = nil
            let pausedFor = max(0, now.uptime - since)
            if pausedFor >= state.settings.awayAfter {
                let ended = endStretchNaturally()
                startStretch()
                return ended + [.record(.resumed(pausedSeconds: pausedFor))]
            }
            state.phase = before
            return [.record(.resumed(pausedSeconds: pausedFor))]
        case .working, .due, .snoozed:
            state.phase = .paused(since: now.uptime, before: state.phase)
            return [.record(.paused)]
        case .onBreak, .away:
            return []
        }
    }

    /// A pause, ending by itself after `seconds` when given; a timed pause asked for while
    /// paused moves the end.
    private mutating func pause(for seconds: Double?, at now: Moment) -> [Effect] {
        state.pauseEnds = seconds.map { now.uptime + max(0, $0) }
        guard !state.isPaused else { return [] }
        state.phase = .paused(since: now.uptime, before: state.phase)
        return [.record(.paused)]
    }

    /// A timed pause resumes at the first reading at or past its end (the run loop wakes then).
    private mutating func endTimedPause(at now: Moment) -> [Effect] {
        guard state.isPaused, let end = state.pauseEnds, now.uptime >= end else { return [] }
        return togglePause(at: now)
    }

    /// Sitting or standing from now on; nothing changes when it is already so.
    private mutating func setPosture(_ posture: Posture) -> [Effect] {
        let current = state.breakProgress?.returnPosture ?? state.posture
        return current == posture ? [] : togglePosture()
    }

    /// A refusal as a sentence for the screen.
    static func sentence(_ reason: String) -> String {
        reason.prefix(1).uppercased() + reason.dropFirst()
    }

    /// The open stretch is recorded (the day's figures are right at once) but not closed: a
    /// restart within `away-after` picks it up again, and its end then records it anew
    /// (counted long only once).
    private mutating func quit(at now: Moment) -> [Effect] {
        let closed = state.span.closed(at: now)
        state.span = OpenSpan(activity: state.activity, startWall: now.wall, startUptime: now.uptime)
        let stretch = state.runningStretch.map { [stretchRecord($0.posture, length: $0.seconds)] } ?? []
        return (closed.seconds > 0 ? [.record(.span(closed))] : []) + stretch + [.record(.quit), .quit]
    }
}
