import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

/// The spans of time the engine hands to the history: contiguous, one kind each, gaps as away.
@Suite struct EngineSpanTests {
    @Test func spansCoverTheTimelineWithoutGapsOrOverlaps() {
        var t = Timeline(TimerSettings(breakLength: 60))
        t.at(minutes(20), .togglePosture)          // sat 20 min
        t.at(minutes(30), .togglePause)            // stood 10 min
        t.at(minutes(32), .togglePause)            // paused 2 min
        t.at(minutes(35), .startBreak)             // stood 3 more
        t.at(minutes(36))                          // moved 1 min; break over: back sitting
        t.jump(to: minutes(56))                    // 20 min asleep
        t.at(minutes(60), .quit)                   // sat 4 min
        let spans = t.spans
        #expect(spans.map(\.activity) == [.sitting, .standing, .paused, .standing, .moving, .away, .sitting])
        #expect(spans.map(\.seconds) == [1200, 600, 120, 180, 60, 1200, 240])
        for (a, b) in zip(spans, spans.dropFirst()) {
            #expect(abs(b.start.timeIntervalSince(a.end)) < 1e-6, "\(a) then \(b)")
        }
        #expect(spans.reduce(0) { $0 + $1.seconds } == minutes(60))
    }

    @Test func stretchesAreRecordedWhenTheyEnd() {
        var t = Timeline()
        t.at(minutes(50))
        t.at(minutes(50), .skip)
        t.at(minutes(60), .togglePosture)
        let stretches = t.log.compactMap { effect -> (Posture, Double, Bool)? in
            if case .record(.stretchEnded(let p, let s, let l)) = effect { return (p, s, l) }
            return nil
        }
        #expect(stretches.count == 2)
        #expect(stretches[0] == (.sitting, minutes(50), true))
        #expect(stretches[1] == (.sitting, minutes(10), false))
    }

    @Test func aRestartCanResumeTheStretchAndTheDay() {
        var totals = DayTotals(day: CalendarDays(Timeline.utc).day(of: Timeline.start))
        totals.sittingSeconds = 3600
        totals.breaksTaken = 2
        let engine = TimerEngine(settings: TimerSettings(), posture: .standing,
                                 at: Moment(uptime: 5, wall: Timeline.start), days: CalendarDays(Timeline.utc),
                                 today: totals, resume: Resume(posture: .sitting, stretchElapsed: minutes(44)))
        #expect(engine.state.posture == .sitting)
        #expect(engine.state.stretchElapsed == minutes(44))
        #expect(engine.state.today.breaksTaken == 2)
        let withRoutine = TimerEngine(settings: TimerSettings(), posture: .sitting, at: Moment(uptime: 5, wall: Timeline.start),
                                      days: CalendarDays(Timeline.utc), lastRoutine: ["walk", "calf-raises"])
        #expect(withRoutine.state.lastRoutine == ["walk", "calf-raises"])
        var copy = engine
        _ = copy.handle(.tick, at: Moment(uptime: 65, wall: Timeline.start.addingTimeInterval(60)))
        #expect(copy.state.isDue)
        #expect(copy.state.todayLive.sittingSeconds == 3660)
    }
}
