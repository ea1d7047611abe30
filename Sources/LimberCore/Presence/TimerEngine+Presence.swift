/// Time away from the desk: deciding it from the presence sources, backdating it to the last
/// input, the person's return, and giving the time back with `u`.
///
/// The rules, case by case:
/// - Idle (no input from any source for `idle_after`) while counting: away since the last
///   input, but never before the open span started (spans already written are not rewritten).
///   The seconds since move from sitting/standing to away, and the stretch ends there.
/// - Idle during a break is not away (exercises happen away from the keys); once the break ends
///   with nobody back, the away time starts at the break's end.
/// - Idle or locked during a pause: nothing changes, the pause already counts nothing; if the
///   pause ends while the person is still gone, away starts when it ends.
/// - Locked (or `limber away`) during a break: the break ends early and away starts now.
/// - Across midnight: the seconds moved are today's share only; spans are clipped to days
///   when summed, so yesterday's part stays yesterday's.
/// - Back: on input seen after the away time started (idle), an unlock (locked), or
///   `limber back` or any key in limber (any reason). The welcome-back line then shows for a minute.
/// - Short or long: time away always counts as away, never as the posture. Only an absence of
///   at least `away_after` ends the stretch (a natural break); after a shorter one the stretch
///   goes on where it was, as after a short pause, whichever source noticed it.
extension TimerEngine {
    /// A key or a command is the person at the desk (a status request is not).
    mutating func noteInput(_ event: Event, at now: Moment) -> [Effect] {
        switch event {
        case .tick, .presence, .away, .back, .welcomeSeen: return []
        case .keyPressed:
            // Typing in limber proves the screen is not locked, whatever a source said last.
            state.presence.clearLocks()
            state.presence.floor = now.uptime
            // Not settled here: the key may be `u`, which gives the away time back.
            return comeBack(at: now)
        default: break
        }
        state.presence.floor = now.uptime
        // A key other than `u` settles the welcome-back line.
        return comeBack(at: now) + settleWelcome()
    }

    mutating func checkPresence(at now: Moment) -> [Effect] {
        let presence = state.presence
        guard presence.watching else { return [] }
        if let spell = state.away {
            guard !presence.isLocked else { return [] }
            switch spell.reason {
            case .locked: return comeBack(at: now)
            case .idle:
                let newest = presence.lastActivity.values.max() ?? -.infinity
                return newest > spell.since.uptime ? comeBack(at: now) : []
            case .told: return []
            }
        }
        if presence.isLocked { return goAway(.locked, since: now, at: now) }
        guard state.breakProgress == nil, !state.isPaused else { return [] }
        let idle = now.uptime - presence.latest
        guard idle >= state.settings.idleAfter else { return [] }
        return goAway(.idle, since: Moment(uptime: presence.latest, wall: now.wall.addingTimeInterval(-idle)), at: now)
    }

    /// Starts away time at `since` (no earlier than the open span).
    mutating func goAway(_ reason: AwaySpell.Reason, since: Moment, at now: Moment) -> [Effect] {
        var effects = settleWelcome()
        guard state.away == nil, !state.isPaused else { return effects }
        if var progress = state.breakProgress {
            effects += progress.endEarly().map { Effect.record(.exercise($0)) }
            state.phase = .onBreak(progress)
            effects += finishBreak(.away)
        }
        // A break that just ended closes its span first: away time never eats into it.
        effects += syncSpan(at: now)
        let start = min(now.uptime, max(since.uptime, state.span.startUptime))
        let moved = now.uptime - start
        // The seconds since `from` leave sitting or standing: the open span closes there, and
        // today's totals are made from spans.
        let from = Moment(uptime: start, wall: now.wall.addingTimeInterval(-moved))
        var spell = AwaySpell(reason: reason, since: from, posture: state.posture,
                              stretchBefore: max(0, state.stretchElapsed - moved), phaseBefore: state.phase,
                              stretchBegun: state.stretchBegun)
        spell.stretchCountedLong = state.stretchCountedLong
        // No stretch runs while away: the one before is kept in the spell, for `u` or a short absence.
        startStretch()
        state.phase = .away(spell)
        effects += restartSpan(closingAt: from, openingAt: from)
        state.lastAlert = nil
        return effects
    }

    /// The person is here again, with the welcome-back line. After `away_after` or more, a
    /// fresh stretch; after less, the stretch before goes on (the time away still counts as
    /// away, not as the posture).
    mutating func comeBack(at now: Moment) -> [Effect] {
        guard let spell = state.away else { return [] }
        // Both ways out of the away phase set the phase: a fresh stretch, or the one before.
        let span = state.span.closed(at: now)
        let endsStretch = now.uptime - spell.since.uptime >= state.settings.awayAfter
        if endsStretch {
            // A stretch nobody began: leaving again at once ends nothing.
            startStretch()
        } else {
            state.stretchElapsed = spell.stretchBefore
            state.phase = spell.phaseBefore
            state.stretchBegun = spell.stretchBegun
            state.stretchCountedLong = spell.stretchCountedLong
        }
        state.span = OpenSpan(activity: state.activity, startWall: now.wall, startUptime: now.uptime)
        state.welcome = WelcomeBack(spell: spell, span: span, returned: now.uptime, endedStretch: endsStretch)
        state.presence.floor = now.uptime
        return []
    }

    /// `limber back` (and `--was-here`, `u`).
    mutating func back(wasHere: Bool, at now: Moment) -> [Effect] {
        state.presence.clearLocks()
        state.presence.floor = now.uptime
        let effects = comeBack(at: now)
        return wasHere ? effects + giveBack(at: now) : effects
    }

    /// The welcome-back line goes after a minute.
    mutating func expireWelcome(at now: Moment) -> [Effect] {
        guard let welcome = state.welcome, now.uptime - welcome.returned >= WelcomeBack.seconds else { return [] }
        return settleWelcome()
    }

    /// The away time stands and goes to the history; when it was long enough to end the
    /// stretch, that stretch ended, as a natural break.
    mutating func settleWelcome() -> [Effect] {
        guard let welcome = state.welcome else { return [] }
        state.welcome = nil
        let spell = welcome.spell
        var effects: [Effect] = []
        if welcome.endedStretch {
            let length = spell.stretchBefore
            effects.append(stretchRecord(spell.posture, length: length, endingAt: spell.since))
            let endedPrompt = spell.phaseBefore != .working
            // A stretch just begun by a key (`t`, `x`, the end of a break) is a stretch all the
            // same: leaving at its first second is a natural break. Only one nobody began
            // (start-up, the return from away) ends nothing.
            if length > 0 || endedPrompt || spell.stretchBegun {
                effects.append(record(.naturalBreak(afterPrompt: endedPrompt), happenedAt: spell.since))
            }
        }
        effects.append(.record(.away(seconds: welcome.awaySeconds)))
        if welcome.span.seconds > 0 { effects.append(.record(.span(welcome.span))) }
        return effects
    }

    /// `u`: the away time was time at the desk after all. It goes back to the posture before,
    /// the stretch resumes as if it had never stopped, and the history gets that span once,
    /// as the posture, with a correction record.
    mutating func giveBack(at now: Moment) -> [Effect] {
        guard let welcome = state.welcome else { return [] }
        state.welcome = nil
        let spell = welcome.spell
        let activity = Activity(spell.posture)
        state.posture = spell.posture
        if welcome.endedStretch {
            state.stretchElapsed += spell.stretchBefore
            state.phase = spell.phaseBefore
            state.stretchBegun = spell.stretchBegun
            state.stretchCountedLong = spell.stretchCountedLong
        }
        state.stretchElapsed += welcome.awaySeconds
        if state.isDue { state.lastAlert = now.uptime }
        var effects: [Effect] = []
        if welcome.span.seconds > 0 {
            effects.append(.record(.span(Span(activity: activity, start: welcome.span.start, seconds: welcome.span.seconds))))
        }
        effects.append(.record(.presenceCorrected(seconds: welcome.awaySeconds)))
        return effects
    }
}
