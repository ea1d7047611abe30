/// What to do with the session a previous run left behind: the history to write and the
/// stretch to resume. Pure: the snapshot and the time in.
///
/// The time since the last run's last reading is time no limber counted, as when the machine
/// sleeps under a running timer, and the engine's own rules for such a gap decide it (there is
/// no second set here): the last run's engine is rebuilt as it stood at its last reading and
/// carried over the gap (`TimerEngine.carryOver`). So:
/// - Back within `awayAfter`: the stretch goes on (same posture, same countdown), and the
///   minutes in between count as that posture, as any short gap does; a stretch running through
///   midnight leaves the day before its part there, as it does under a running timer.
/// - Back later: the gap is time away, the stretch ended at the last reading, and that is a
///   natural break (which ends the prompt, if one was open).
/// - A paused stretch left for at least `awayAfter` ended as after any long gap; a break or a
///   shorter pause is not resumed (the run that held it is gone): the time since is away and
///   the next run starts a new stretch.
/// - An away spell goes on over the gap, and the new run is the person back: the engine's rule
///   for a return decides (`comeBack`, `settleWelcome`): gone `awayAfter` or more since they
///   left, the stretch before ended then (recorded on that day, a natural break); less, it goes
///   on. Whether a prompt was open when they left is not in the session, so such a natural
///   break does not say it ended one.
/// - A prompt the new run's interval does not reach ends there as a natural break: that is the
///   engine's rule for a resumed prompt (`TimerEngine.init`), applied by the new run.
///
/// Only bookkeeping is Recovery's own: a run that died left its open span (closed here at its
/// last heartbeat), and a run that quit recorded its stretch then (`TimerEngine.quit`), so it
/// is not recorded again here.
public struct Recovery: Sendable, Equatable {
    public var spans: [Span] = []
    public var events: [HistoryEvent] = []
    public var resume: Resume?

    public init(spans: [Span] = [], events: [HistoryEvent] = [], resume: Resume? = nil) {
        self.spans = spans
        self.events = events
        self.resume = resume
    }

    /// - Parameter days: the calendar the last run counted its days by.
    public static func plan(previous: SessionSnapshot?, now: Date, awayAfter: Double, days: any DayClock) -> Recovery {
        guard let previous else { return Recovery() }
        var recovery = Recovery()
        let away = previous.state == .away
        // While away the open span is the spell's, which the engine rebuilds and closes.
        if previous.running, !away, let open = previous.openSpan, open.seconds > 0 {
            recovery.spans.append(open)
        }
        // A wall clock set back since then must not produce a negative gap.
        let gap = max(0, now.timeIntervalSince(previous.updated))
        let end = Moment(uptime: gap, wall: now)
        let stretchWaits = away || previous.state.isCounting || (previous.state == .paused && gap >= awayAfter)
        guard stretchWaits else {
            recovery.keep(TimerEngine.awayTime(from: Moment(uptime: 0, wall: previous.updated), to: end), at: now,
                          posture: previous.posture)
            return recovery
        }
        var engine = TimerEngine(lastRunOf: previous, awayAfter: awayAfter, days: days)
        var effects = engine.carryOver(to: end)
        if away { effects += engine.returnAfterRestart(at: end) }
        if !previous.running {
            // The quit recorded the stretch as it stood then.
            effects.removeAll { if case .record(let entry) = $0, case .stretchEnded = entry.undated { true } else { false } }
        }
        recovery.keep(effects, at: now, posture: previous.posture)
        let open = engine.state.span.closed(at: end)
        if open.seconds > 0 { recovery.spans.append(open) }
        if engine.isCounting, engine.state.stretchElapsed > 0 {
            recovery.resume = Resume(posture: engine.state.posture, stretchElapsed: engine.state.stretchElapsed,
                                     promptOpen: engine.state.hasOpenPrompt, countedLong: engine.state.stretchCountedLong)
        }
        return recovery
    }

    /// The engine's records as history entries, dated `now` as the engine's would be.
    private mutating func keep(_ effects: [Effect], at now: Date, posture: Posture) {
        for case .record(let occurrence) in effects {
            if case .span(let span) = occurrence {
                spans.append(span)
            } else if let event = HistoryEvent(occurrence, at: now, posture: posture) {
                events.append(event)
            }
        }
    }
}

extension TimerEngine {
    /// The engine of the run that left `previous`, as it stood at its last reading (uptime 0):
    /// its stretch, posture, interval and open prompt. A pause is lifted: the run that held it
    /// is gone, and the stretch under it meets the gap as a counting one would.
    init(lastRunOf previous: SessionSnapshot, awayAfter: Double, days: any DayClock) {
        let settings = TimerSettings(interval: previous.interval, awayAfter: awayAfter)
        let promptOpen = previous.state == .due || previous.state == .snoozed
        // A run that quit counted its stretch long then, if it was.
        let countedLong = !previous.running && previous.stretchSeconds > previous.interval
        self.init(settings: settings, posture: previous.posture, at: Moment(uptime: 0, wall: previous.updated), days: days,
                  resume: Resume(posture: previous.posture, stretchElapsed: previous.stretchSeconds, promptOpen: promptOpen,
                                 countedLong: countedLong))
        if previous.state == .away { rebuildAwaySpell(of: previous) }
    }

    /// The last run's away spell: the person left when its open span (the away time) began,
    /// and the stretch before waits (`SessionSnapshot.stretchSeconds`).
    private mutating func rebuildAwaySpell(of previous: SessionSnapshot) {
        let left = previous.openSpan.map { $0.activity == .away ? min($0.start, previous.updated) : previous.updated } ?? previous.updated
        let since = Moment(uptime: -previous.updated.timeIntervalSince(left), wall: left)
        let spell = AwaySpell(reason: .told, since: since, posture: previous.posture, stretchBefore: previous.stretchSeconds,
                              phaseBefore: .working)
        startStretch()
        state.phase = .away(spell)
        state.span = OpenSpan(activity: .away, startWall: left, startUptime: since.uptime)
    }

    /// Starting limber again is the person back: the away spell ends, and settles at once (the
    /// welcome-back line, and its `u`, were the last run's).
    mutating func returnAfterRestart(at end: Moment) -> [Effect] {
        counted(back(wasHere: false, at: end) + settleWelcome(), at: end)
    }

    /// Carries the state over time no limber counted, to `end`, by the rules for a gap in the
    /// readings (`advance`): shorter than away-after, the stretch counts on through it; at least
    /// away-after, the gap is away time and the stretch ended at the last reading.
    mutating func carryOver(to end: Moment) -> [Effect] {
        counted(advance(to: end), at: end)
    }
}
