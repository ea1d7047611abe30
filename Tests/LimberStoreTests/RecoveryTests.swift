import Foundation
import LimberCore
import Testing
@testable import LimberStore

@Suite struct RecoveryTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    static func session(state: LiveState = .working, running: Bool, stretch: Double = 600) -> SessionSnapshot {
        SessionSnapshot(pid: 1, updated: t0, state: state, posture: .standing, stretchSeconds: stretch, interval: 2700,
                        breakRemaining: nil, openSpan: Span(activity: .standing, start: t0 - 540, seconds: 540), running: running)
    }

    @Test func aKilledRunIsClosedAtItsLastHeartbeatAndResumedWhenBackSoon() {
        let plan = Recovery.plan(previous: Self.session(running: true), now: Self.t0 + 120, awayAfter: 300)
        #expect(plan.spans == [Span(activity: .standing, start: Self.t0 - 540, seconds: 540),
                               Span(activity: .standing, start: Self.t0, seconds: 120)])
        #expect(plan.resume == Resume(posture: .standing, stretchElapsed: 720))
        #expect(plan.events.isEmpty)
    }

    @Test func backLaterTheGapIsAwayAndTheStretchEnds() {
        let plan = Recovery.plan(previous: Self.session(running: false, stretch: 3000), now: Self.t0 + 3600, awayAfter: 300)
        #expect(plan.resume == nil)
        #expect(plan.spans == [Span(activity: .away, start: Self.t0, seconds: 3600)]) // a clean quit wrote its span
        #expect(plan.events.map(\.kind) == [.away, .stretchEnd, .naturalBreak])
        #expect(plan.events[1].result == "long")
    }

    @Test func aWallClockSetBackGivesNoNegativeGap() {
        let plan = Recovery.plan(previous: Self.session(running: false), now: Self.t0 - 3600, awayAfter: 300)
        #expect(plan.resume == Resume(posture: .standing, stretchElapsed: 600))
        #expect(plan.spans.isEmpty)
    }

    @Test func aBreakOrPauseIsNotResumed() {
        let plan = Recovery.plan(previous: Self.session(state: .paused, running: false), now: Self.t0 + 10, awayAfter: 300)
        #expect(plan.resume == nil)
        #expect(Recovery.plan(previous: nil, now: Self.t0, awayAfter: 300) == Recovery())
    }
}
