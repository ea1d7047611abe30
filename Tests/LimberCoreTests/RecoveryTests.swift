import Foundation
@testable import LimberCore
import LimberTestSupport
import Testing

@Suite struct RecoveryTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let days = CalendarDays(Timeline.utc)

    static func session(state: LiveState = .working, running: Bool, stretch: Double = 600, interval: Double = 2700) -> SessionSnapshot {
        SessionSnapshot(pid: 1, updated: t0, state: state, posture: .standing, stretchSeconds: stretch, interval: interval,
                        breakRemaining: nil, openSpan: Span(activity: .standing, start: t0 - 540, seconds: 540), running: running)
    }

    @Test func aKilledRunIsClosedAtItsLastHeartbeatAndResumedWhenBackSoon() {
        let plan = Recovery.plan(previous: Self.session(running: true), now: Self.t0 + 120, awayAfter: 300, days: Self.days)
        #expect(plan.spans == [Span(activity: .standing, start: Self.t0 - 540, seconds: 540),
                               Span(activity: .standing, start: Self.t0, seconds: 120)])
        #expect(plan.resume == Resume(posture: .standing, stretchElapsed: 720))
        #expect(plan.events.isEmpty)
    }

    @Test func backLaterTheGapIsAwayAndTheStretchEnds() {
        let plan = Recovery.plan(previous: Self.session(running: false, stretch: 3000), now: Self.t0 + 3600, awayAfter: 300, days: Self.days)
        #expect(plan.resume == nil)
        #expect(plan.spans == [Span(activity: .away, start: Self.t0, seconds: 3600)]) // a clean quit wrote its span
        // The quit recorded the stretch; recovery adds only the away time and the natural break.
        #expect(plan.events.map(\.kind) == [.away, .naturalBreak])
        #expect(plan.events[1].result == nil) // no prompt was open
        // A run that died recorded nothing: its stretch is recorded here, long as it was.
        let died = Recovery.plan(previous: Self.session(running: true, stretch: 3000), now: Self.t0 + 3600, awayAfter: 300, days: Self.days)
        #expect(died.events.map(\.kind) == [.away, .stretchEnd, .naturalBreak])
        #expect(died.events[1].result == .long)
    }

    /// A run that died after midnight: its stretch's record counts only its part since then
    /// (the part before was recorded at midnight by the run itself).
    @Test func aDiedRunsStretchCountsItsPartOfTheDay() {
        let days = CalendarDays(Timeline.utc)
        let midnight = days.start(of: days.day(of: Self.t0))
        let session = SessionSnapshot(pid: 1, updated: midnight + 600, state: .working, posture: .sitting, stretchSeconds: 1800,
                                      interval: 2700, breakRemaining: nil, openSpan: nil, running: true)
        let plan = Recovery.plan(previous: session, now: midnight + 4200, awayAfter: 300, days: days)
        #expect(plan.events.first { $0.kind == .stretchEnd }?.seconds == 600)
    }

    /// A stretch counted long at the quit and resumed is not counted long again at its end.
    @Test func aResumedStretchKnowsItWasCountedLong() {
        let quit = Recovery.plan(previous: Self.session(running: false, stretch: 3000), now: Self.t0 + 60, awayAfter: 300, days: Self.days)
        #expect(quit.resume?.countedLong == true)
        let died = Recovery.plan(previous: Self.session(running: true, stretch: 3000), now: Self.t0 + 60, awayAfter: 300, days: Self.days)
        #expect(died.resume?.countedLong == false)
        let short = Recovery.plan(previous: Self.session(running: false, stretch: 600), now: Self.t0 + 60, awayAfter: 300, days: Self.days)
        #expect(short.resume?.countedLong == false)
    }

    @Test func backLaterWithThePromptShowingTheNaturalBreakEndsIt() {
        for state in [LiveState.due, .snoozed] {
            let plan = Recovery.plan(previous: Self.session(state: state, running: false, stretch: 2800), now: Self.t0 + 3600,
                                     awayAfter: 300, days: Self.days)
            #expect(plan.events.map(\.kind) == [.away, .naturalBreak])
            #expect(plan.events[1].result == .afterPrompt)
        }
    }

    @Test func aPauseLeftForLongEndsItsStretchAsANaturalBreak() {
        let plan = Recovery.plan(previous: Self.session(state: .paused, running: true), now: Self.t0 + 3600, awayAfter: 300, days: Self.days)
        #expect(plan.resume == nil)
        #expect(plan.events.map(\.kind) == [.away, .stretchEnd, .naturalBreak])
        let late = Recovery.plan(previous: Self.session(state: .onBreak, running: false), now: Self.t0 + 3600, awayAfter: 300, days: Self.days)
        #expect(late.events.map(\.kind) == [.away]) // a break is not a stretch
    }

    @Test func backSoonWithThePromptShowingItShowsAgain() {
        let plan = Recovery.plan(previous: Self.session(state: .due, running: true, stretch: 2800), now: Self.t0 + 60,
                                 awayAfter: 300, days: Self.days)
        #expect(plan.resume == Resume(posture: .standing, stretchElapsed: 2860, promptOpen: true))
        #expect(plan.events.isEmpty)
    }

    /// The new run's engine decides a resumed prompt its interval does not reach (the engine's
    /// rule, at its start): it ends once, as a natural break, and the stretch counts on.
    @Test func aPromptTheNewIntervalDoesNotReachEndsOnceAndTheStretchCountsOn() {
        // The last run prompted at 3 s; this one runs with a 10-minute interval.
        for state in [LiveState.due, .snoozed] {
            let plan = Recovery.plan(previous: Self.session(state: state, running: false, stretch: 5, interval: 3),
                                     now: Self.t0 + 3, awayAfter: 300, days: Self.days)
            #expect(plan.resume == Resume(posture: .standing, stretchElapsed: 8, promptOpen: true, countedLong: true), "\(state)")
            #expect(plan.events.isEmpty, "\(state)")
            let next = Self.restart(plan, interval: 600)
            #expect(!next.state.hasOpenPrompt)
            #expect(next.state.stretchElapsed == 8)
            #expect(next.startEffects().contains(.record(.naturalBreak(afterPrompt: true))))
            #expect(next.state.today.naturalAfterPrompt == 1)
        }
        // Still past the new interval: the prompt shows again, and nothing ends yet.
        let longer = Recovery.plan(previous: Self.session(state: .due, running: false, stretch: 590, interval: 500),
                                   now: Self.t0 + 10, awayAfter: 300, days: Self.days)
        #expect(longer.resume == Resume(posture: .standing, stretchElapsed: 600, promptOpen: true, countedLong: true))
        #expect(longer.events.isEmpty)
        let next = Self.restart(longer, interval: 600)
        #expect(next.state.isDue)
        #expect(next.startEffects() == [.record(.started(.standing))])
    }

    /// The next run's engine, started from the plan `now`.
    static func restart(_ plan: Recovery, interval: Double, at now: Date = t0 + 10) -> TimerEngine {
        TimerEngine(settings: TimerSettings(interval: interval), posture: .sitting, at: Moment(uptime: 50, wall: now),
                    days: days, resume: plan.resume)
    }

    @Test func aWallClockSetBackGivesNoNegativeGap() {
        let plan = Recovery.plan(previous: Self.session(running: false), now: Self.t0 - 3600, awayAfter: 300, days: Self.days)
        #expect(plan.resume == Resume(posture: .standing, stretchElapsed: 600))
        #expect(plan.spans.isEmpty)
    }

    @Test func aBreakOrPauseIsNotResumed() {
        for state in [LiveState.onBreak, .breakPaused, .paused] {
            for running in [true, false] {
                let plan = Recovery.plan(previous: Self.session(state: state, running: running), now: Self.t0 + 10, awayAfter: 300, days: Self.days)
                #expect(plan.resume == nil, "\(state)")
                // The minutes in between are away; no stretch was running to end.
                #expect(plan.events.map(\.kind) == [.away], "\(state)")
                // The span the run left open is still closed at its last heartbeat.
                #expect(plan.spans.map(\.activity) == (running ? [.standing, .away] : [.away]), "\(state)")
            }
        }
        #expect(Recovery.plan(previous: nil, now: Self.t0, awayAfter: 300, days: Self.days) == Recovery())
    }
}
