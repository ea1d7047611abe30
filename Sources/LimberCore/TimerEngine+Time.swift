/// Time passing, the first thing every step accounts for: the seconds since the last
/// reading count toward the stretch or the break; a gap of at least `away_after` that nobody
/// counted (the machine slept, the process was stopped, a restart: `carryOver`) is away time
/// and ends the stretch at the last reading; and midnight starts the next day's totals.
extension TimerEngine {
    mutating func advance(to now: Moment) -> [Effect] {
        // A monotonic clock should never run backwards; if a reading does, treat it as no time.
        let delta = max(0, now.uptime - state.lastSeen.uptime)
        let previous = state.lastSeen
        state.lastSeen = now
        // Away from the desk: the away span runs and the stretch waits.
        if case .away = state.phase { return rollDay(at: now, from: previous) }
        if delta >= state.settings.awayAfter, !state.isPaused {
            // The stretch ended at the last reading, on that reading's day: it is closed before
            // a midnight in the gap starts the next day, which then has none of it.
            let ended = awayGap(delta, from: previous, to: now)
            return ended + rollDay(at: now, from: previous)
        }
        let midnight = rollDay(at: now, from: previous)
        switch state.phase {
        case .working, .due, .snoozed:
            state.stretchElapsed += delta
        case .onBreak(var progress):
            let (finished, over) = progress.advance(by: delta)
            state.phase = .onBreak(progress)
            let effects = finished.map { Effect.record(.exercise($0)) }
            return midnight + (over ? effects + finishBreak(.completed) : effects)
        case .paused, .away:
            break
        }
        return midnight
    }

    /// The machine slept or the process was stopped: that time is away, and the stretch (or
    /// the break) is over. A stretch ended this way is a natural break.
    mutating func awayGap(_ delta: Double, from previous: Moment, to now: Moment) -> [Effect] {
        // The span before the gap ends at the last reading; the gap is its own span.
        // Waking the machine is a sign of the person: idle time starts again from here.
        state.presence.floor = now.uptime
        var effects = restartSpan(closingAt: previous, openingAt: now) + Self.awayTime(from: previous, to: now)
        if var progress = state.breakProgress {
            effects += progress.endEarly().map { .record(.exercise($0)) }
            effects.append(.record(.breakEnded(.away, seconds: progress.elapsed)))
            if progress.returnPosture != state.posture {
                effects.append(.record(.postureChanged(to: progress.returnPosture)))
            }
            state.posture = progress.returnPosture
        } else {
            // The stretch ended at the last reading before the gap, on that reading's day.
            effects += endStretchNaturally(endingAt: previous)
        }
        startStretch()
        return effects
    }

    /// The records of time away from `start` to `end` that nobody counted (the machine slept,
    /// the process was stopped, no limber ran): its span and its away event.
    static func awayTime(from start: Moment, to end: Moment) -> [Effect] {
        let seconds = max(0, end.uptime - start.uptime)
        guard seconds > 0 else { return [] }
        return [.record(.span(Span(activity: .away, start: start.wall, seconds: seconds))), .record(.away(seconds: seconds))]
    }

    /// Starts a new day's totals when the wall clock passes midnight. A wall clock that jumps
    /// back across midnight keeps the current day, so no day is counted twice. A stretch
    /// running through midnight leaves the day that ended its part there (`stretchPart`).
    mutating func rollDay(at now: Moment, from previous: Moment) -> [Effect] {
        // The calendar is consulted only past the day's end: every reading otherwise would
        // cost two C-library time conversions a second.
        guard now.wall >= state.dayEnd else { return [] }
        let day = days.day(of: now.wall)
        guard day > state.today.day else { return [] }
        var effects: [Effect] = []
        if let stretch = state.runningStretch {
            // The stretch as it stood at midnight: it counted on from the last reading unless
            // it waits (paused, away) or the time since is a gap (away time, it ended there).
            let counting = isCounting && now.uptime - previous.uptime < state.settings.awayAfter
            let toMidnight = counting ? max(0, min(state.dayEnd.timeIntervalSince(previous.wall), now.uptime - previous.uptime)) : 0
            let ended = RunningStretch(posture: stretch.posture, seconds: stretch.seconds + toMidnight, end: state.dayEnd)
            let part = Occurrence.stretchEnded(stretch.posture, seconds: ended.part(dayStart: state.dayStart), long: false)
            effects.append(.record(.dated(part, at: state.dayEnd.addingTimeInterval(-0.001))))
        }
        state.today = DayTotals(day: day)
        (state.dayStart, state.dayEnd) = days.interval(of: day)
        for span in state.spansReachingLaterDays {
            state.today.add(span, dayStart: state.dayStart, dayEnd: state.dayEnd)
        }
        state.spansReachingLaterDays.removeAll { $0.end <= state.dayEnd }
        return effects
    }
}
