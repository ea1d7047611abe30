import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// Recovery has no rules of its own for stretches, natural breaks and away time: a run that quit
/// or died and was started again after a gap gives the same day as one engine that saw the same
/// gap in its readings (the machine slept, or the process was stopped) and went on. From fixed
/// seeds: random keys to a counting state, a gap shorter or longer than away-after, then the
/// same keys to both. A rule changed on one side only (the away time, the natural break after
/// a prompt, a stretch's part or its long count, a resumed countdown) makes the days differ.
@Suite struct RecoveryMatchesTheEngineTests {
    static let days = CalendarDays(Timeline.utc)
    static let settings = TimerSettings(interval: 600, snooze: 120, latest: 960, awayAfter: 300, breakLength: 60)
    /// Keys after the gap: a snooze is left out, as a resumed snoozed prompt shows again (due).
    static let keys: [Event] = Array(repeating: .tick, count: 12) + [.startBreak, .skip, .endBreak, .togglePosture, .togglePause]

    /// What one timeline wrote to the history.
    struct History {
        var spans: [Span] = []
        var events: [HistoryEvent] = []

        mutating func keep(_ effects: [Effect], at now: Moment, posture: Posture) {
            for case .record(let occurrence) in effects {
                if case .span(let span) = occurrence {
                    spans.append(span)
                } else if let event = HistoryEvent(occurrence, at: now.wall, posture: posture) {
                    events.append(event)
                }
            }
        }

        func day(_ day: LocalDay) -> DayTotals {
            SummaryBuilder(days: RecoveryMatchesTheEngineTests.days).totals(from: day, through: day, spans: spans, events: events)[0]
        }
    }

    @Test(arguments: 0..<60 as Range<UInt64>)
    func aRestartGivesTheDayAnEngineThatSawTheGapGives(seed: UInt64) {
        var random = Seeded(state: seed)
        var now = Moment(uptime: 100, wall: Timeline.start)
        var engine = TimerEngine(settings: Self.settings, posture: .sitting, at: now, days: Self.days)
        var history = History()
        history.keep(engine.startEffects(), at: now, posture: engine.state.posture)
        func step(_ engine: inout TimerEngine, _ history: inout History, _ event: Event, at now: Moment) {
            history.keep(engine.handle(event, at: now), at: now, posture: engine.state.posture)
        }
        for _ in 0..<Int.random(in: 5...80, using: &random) {
            now = now.later(Double(Int.random(in: 1...90, using: &random)))
            step(&engine, &history, random.pick(Self.keys + [.snooze]), at: now)
        }
        // A break or a pause is not resumed after a restart: the gap comes while counting.
        while !engine.state.liveState.isCounting {
            now = now.later(30)
            step(&engine, &history, engine.state.isPaused ? .resume : .endBreak, at: now)
        }
        let quit = random.chance(50)
        let gap = Double(random.chance(50) ? Int.random(in: 1...299, using: &random) : Int.random(in: 300...7200, using: &random))

        // One engine that saw the gap.
        var slept = engine, sleptHistory = history
        // A run that quit or died, and the next one started after the gap.
        var restartedHistory = history
        if quit { step(&engine, &restartedHistory, .quit, at: now) }
        let snapshot = SessionSnapshot(engine.state, pid: 1, at: now, running: !quit)
        now = now.later(gap)
        let recovery = Recovery.plan(previous: snapshot, now: now.wall, awayAfter: Self.settings.awayAfter, days: Self.days)
        restartedHistory.spans += recovery.spans
        restartedHistory.events += recovery.events
        // Started in the posture the person is in (a fresh run otherwise starts as configured).
        var restarted = TimerEngine(settings: Self.settings, posture: engine.state.posture, at: now, days: Self.days,
                                    resume: recovery.resume, lastRoutine: engine.state.lastRoutine)
        restartedHistory.keep(restarted.startEffects(), at: now, posture: restarted.state.posture)
        // The new run's loop reads the clock at once, as the engine that slept does on waking.
        step(&restarted, &restartedHistory, .tick, at: now)
        step(&slept, &sleptHistory, .tick, at: now)
        #expect(restarted.state.liveState == slept.state.liveState, "seed \(seed): after the gap of \(gap) s")
        #expect(restarted.state.stretchElapsed == slept.state.stretchElapsed, "seed \(seed)")

        for _ in 0..<40 {
            now = now.later(Double(Int.random(in: 1...90, using: &random)))
            let key = random.pick(Self.keys)
            step(&restarted, &restartedHistory, key, at: now)
            step(&slept, &sleptHistory, key, at: now)
        }
        // Both end the stretch running now the same way, so the day's figures are final.
        step(&restarted, &restartedHistory, .quit, at: now)
        step(&slept, &sleptHistory, .quit, at: now)
        let day = Self.days.day(of: Timeline.start)
        #expect(Self.days.day(of: now.wall) == day, "the walk stays in one day")
        let restartedDay = restartedHistory.day(day), sleptDay = sleptHistory.day(day)
        #expect(restartedDay == sleptDay, "seed \(seed): \(quit ? "quit" : "died"), gap \(gap) s: \(Self.difference(restartedDay, sleptDay))")
    }
}

extension RecoveryMatchesTheEngineTests {
    /// The figures that differ, by name.
    static func difference(_ restarted: DayTotals, _ slept: DayTotals) -> [String] {
        var names: [String] = []
        for (one, other) in zip(Swift.Mirror(reflecting: restarted).children, Swift.Mirror(reflecting: slept).children) {
            let left = String(describing: one.value), right = String(describing: other.value)
            if left != right { names.append("\(one.label ?? "?"): \(left) after the restart, \(right) in one run") }
        }
        return names
    }
}

extension Moment {
    func later(_ seconds: Double) -> Moment { Moment(uptime: uptime + seconds, wall: wall + seconds) }
}
