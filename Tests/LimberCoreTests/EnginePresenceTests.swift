import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

/// Time away from the desk, decided from presence sources on a fake clock.
@Suite struct EnginePresenceTests {
    /// The Timeline's uptime for `seconds` after its start.
    static func up(_ seconds: Double) -> Double { 1000 + seconds }

    static func input(_ seconds: Double, _ source: PresenceSourceKind = .terminal) -> Event {
        .presence(source, .activity(at: up(seconds)))
    }

    /// What was recorded, whenever it is dated.
    static func records(_ log: [Effect]) -> [Occurrence] {
        log.compactMap { if case .record(let occurrence) = $0 { occurrence.undated } else { nil } }
    }

    static func count(_ log: [Effect], _ match: (Occurrence) -> Bool) -> Int {
        records(log).filter(match).count
    }

    @Test func idleIsBackdatedToTheLastInput() {
        var t = Timeline()
        t.at(minutes(10), Self.input(minutes(10)))
        t.at(minutes(15) - 1)
        #expect(t.state.away == nil)
        t.at(minutes(15))
        let spell = t.state.away
        #expect(spell?.reason == .idle)
        #expect(spell?.since.uptime == Self.up(minutes(10)))
        #expect(spell?.stretchBefore == minutes(10))
        #expect(t.state.liveState == .away)
        // The five idle minutes moved from sitting to away: counted once.
        #expect(t.state.todayLive.sittingSeconds == minutes(10))
        #expect(t.state.todayLive.awaySeconds == minutes(5))
        #expect(t.state.stretchElapsed == 0)
        #expect(t.spans.map(\.activity) == [.sitting])
        #expect(t.spans.map(\.seconds) == [minutes(10)])
    }

    /// Away is a phase of the engine's one state, not a flag beside a phase: while away no rule
    /// can read "working" (before, the phase stayed `.working` under the away flag, so the pane
    /// title and the tiny screen said "break in"). The phase before waits in the spell.
    @Test func awayIsAPhaseNotAFlagBesideWorking() {
        var t = Timeline()
        t.at(minutes(44), Self.input(minutes(44)))
        t.at(minutes(45))
        #expect(t.state.isDue)
        t.at(minutes(45) + 30, .away)
        guard case .away(let spell) = t.state.phase else {
            Issue.record("away, but the phase is \(t.state.phase)")
            return
        }
        #expect(spell.reason == .told)
        #expect(spell.phaseBefore == .due)
        #expect(t.state.liveState == .away)
        #expect(t.state.activity == .away)
        #expect(!t.state.isDue && !t.state.hasOpenPrompt && !t.state.isPaused && t.state.breakProgress == nil)
        // A short absence gives the phase before back.
        t.at(minutes(46), .back(wasHere: false))
        #expect(t.state.phase == .due)
    }

    @Test func comingBackShowsTheWelcomeAndSettlesAfterAMinute() {
        var t = Timeline()
        t.at(minutes(10), Self.input(minutes(10)))
        t.at(minutes(25), Self.input(minutes(25)))
        #expect(t.state.away == nil)
        #expect(t.state.welcome?.awaySeconds == minutes(15))
        #expect(t.state.liveState == .working)
        // Nothing about the away time is written until it is settled.
        #expect(Self.count(t.log) { if case .naturalBreak = $0 { true } else { false } } == 0)
        t.at(minutes(26))
        #expect(t.state.welcome == nil)
        #expect(t.spans.map(\.activity) == [.sitting, .away])
        #expect(t.spans.map(\.seconds) == [minutes(10), minutes(15)])
        #expect(Self.count(t.log) { if case .naturalBreak = $0 { true } else { false } } == 1)
        #expect(Self.count(t.log) { if case .away(minutes(15)) = $0 { true } else { false } } == 1)
        #expect(t.state.todayLive.naturalBreaks == 1)
        #expect(t.state.todayLive.sittingSeconds == minutes(11))
        #expect(t.state.todayLive.awaySeconds == minutes(15))
        #expect(t.state.stretchElapsed == minutes(1))
    }

    @Test func anyOtherKeySettlesTheWelcome() {
        var t = Timeline()
        t.at(minutes(10), Self.input(minutes(10)))
        t.at(minutes(25), Self.input(minutes(25)))
        t.at(minutes(25) + 5, .togglePosture)
        #expect(t.state.welcome == nil)
        #expect(t.state.posture == .standing)
        #expect(t.state.refusal(for: .back(wasHere: true)) != nil)
    }

    @Test func aDuePromptEndsAsANaturalBreakAndNothingRingsWhileAway() {
        var t = Timeline()
        t.at(minutes(42), Self.input(minutes(42)))
        let rang = t.at(minutes(45))
        #expect(rang.contains(.bell))
        #expect(t.state.isDue)
        let whileAway = t.at(minutes(90))
        #expect(t.state.away?.since.uptime == Self.up(minutes(42)))
        #expect(t.state.away?.phaseBefore == .due)
        #expect(!whileAway.contains(.bell))
        #expect(!t.state.isDue)
        t.at(minutes(91), Self.input(minutes(91)))
        t.at(minutes(93))
        #expect(t.state.todayLive.naturalBreaks == 1)
        #expect(t.state.todayLive.breaksDue == 1)
        #expect(!t.state.isDue)
        #expect(Self.count(t.log) { if case .stretchEnded(.sitting, minutes(42), true) = $0 { true } else { false } } == 0)
        #expect(Self.count(t.log) { if case .stretchEnded(.sitting, minutes(42), false) = $0 { true } else { false } } == 1)
    }

    @Test func wasHereGivesTheTimeBackAndResumesTheStretch() {
        var t = Timeline()
        t.at(minutes(10), Self.input(minutes(10)))
        t.at(minutes(25), Self.input(minutes(25)))
        t.at(minutes(25) + 30, .back(wasHere: true))
        #expect(t.state.welcome == nil)
        #expect(t.state.stretchElapsed == minutes(25) + 30)
        #expect(t.state.todayLive.sittingSeconds == minutes(25) + 30)
        #expect(t.state.todayLive.awaySeconds == 0)
        #expect(t.state.todayLive.presenceCorrections == 1)
        #expect(t.state.todayLive.naturalBreaks == 0)
        t.at(minutes(30), .quit)
        // The history has the away time once, as sitting: no away span, no natural break.
        #expect(t.spans.map(\.activity) == [.sitting, .sitting, .sitting])
        #expect(t.spans.reduce(0) { $0 + $1.seconds } == minutes(30))
        for (a, b) in zip(t.spans, t.spans.dropFirst()) { #expect(abs(b.start.timeIntervalSince(a.end)) < 1e-6) }
        #expect(Self.count(t.log) { if case .naturalBreak = $0 { true } else { false } } == 0)
        #expect(Self.count(t.log) { if case .away = $0 { true } else { false } } == 0)
        #expect(Self.count(t.log) { if case .presenceCorrected(minutes(15)) = $0 { true } else { false } } == 1)
    }

    @Test func wasHereBringsBackAPromptThatWasDue() {
        var t = Timeline()
        t.at(minutes(42), Self.input(minutes(42)))
        t.at(minutes(60))
        #expect(t.state.away != nil)
        let effects = t.at(minutes(60), .back(wasHere: true))
        #expect(t.state.isDue)
        #expect(t.state.stretchElapsed == minutes(60))
        #expect(!effects.contains(.bell))
        t.at(minutes(64), Self.input(minutes(64)))
        #expect(t.at(minutes(65)).contains(.bell))
    }

    @Test func idleAcrossMidnightMovesOnlyTodaysShare() {
        let midnight = Date(timeIntervalSince1970: 1_795_046_400) // 2026-11-19 00:00 UTC
        var t = Timeline(startWall: midnight.addingTimeInterval(-minutes(10)))
        t.at(minutes(8), Self.input(minutes(8)))     // 23:58
        t.at(minutes(13))                            // 00:03: idle for 5 minutes
        #expect(t.state.away?.since.wall == midnight.addingTimeInterval(-minutes(2)))
        #expect(t.state.todayLive.day == LocalDay(year: 2026, month: 11, day: 19))
        #expect(t.state.todayLive.sittingSeconds == 0)
        #expect(t.state.todayLive.awaySeconds == minutes(3))
        #expect(t.spans.last?.seconds == minutes(8))
    }

    @Test func idleDuringABreakIsNotAwayUntilTheBreakEnds() {
        var t = Timeline(TimerSettings(breakLength: minutes(6)))
        t.at(minutes(10), .startBreak)
        t.at(minutes(11), .presence(.terminal, .idle(since: Self.up(minutes(10)))))
        t.at(minutes(16) - 1)
        #expect(t.state.away == nil)
        #expect(t.state.breakProgress != nil)
        t.at(minutes(16))
        #expect(t.state.breakProgress == nil)
        // Idle since the key at 10 minutes, but away only from the break's end.
        #expect(t.state.away?.since.uptime == Self.up(minutes(16)))
        #expect(t.state.away?.stretchBefore == 0)
        #expect(t.state.todayLive.breakSeconds == minutes(6))
    }

    @Test func lockDuringABreakEndsTheBreakAndIsAwayAtOnce() {
        var t = Timeline(TimerSettings(breakLength: minutes(2)))
        t.at(minutes(10), .startBreak)
        t.at(minutes(11), .presence(.desktop, .locked))
        #expect(t.state.breakProgress == nil)
        #expect(t.state.away?.reason == .locked)
        #expect(t.state.away?.since.uptime == Self.up(minutes(11)))
        #expect(Self.count(t.log) { if case .breakEnded(.away, _) = $0 { true } else { false } } == 1)
        // Input from a terminal while locked is not a return; the unlock is.
        t.at(minutes(15), Self.input(minutes(15)))
        #expect(t.state.away != nil)
        t.at(minutes(20), .presence(.desktop, .unlocked))
        #expect(t.state.away == nil)
        #expect(t.state.welcome?.awaySeconds == minutes(9))
        t.at(minutes(22))
        #expect(t.spans.map(\.activity) == [.sitting, .moving, .away])
        #expect(t.spans.map(\.seconds) == [minutes(10), minutes(1), minutes(9)])
        #expect(t.state.todayLive.naturalBreaks == 0)
    }

    @Test func lockOrIdleDuringAPauseChangesNothingUntilThePauseEnds() {
        var t = Timeline()
        t.at(minutes(10), .pause(seconds: minutes(10)))
        t.at(minutes(11), .presence(.desktop, .locked))
        #expect(t.state.away == nil)
        #expect(t.state.liveState == .paused)
        t.at(minutes(20) - 1)
        #expect(t.state.away == nil)
        #expect(t.state.todayLive.pausedSeconds == minutes(10) - 1)
        // The timed pause ends while the screen is still locked: away from then.
        t.at(minutes(20))
        #expect(t.state.away?.reason == .locked)
        #expect(t.state.away?.since.uptime == Self.up(minutes(20)))
        #expect(t.state.todayLive.pausedSeconds == minutes(10))
    }

    @Test func idleDuringAPauseIsNotAway() {
        var t = Timeline()
        t.at(minutes(1), Self.input(minutes(1)))
        t.at(minutes(2), .togglePause)
        t.at(minutes(30))
        #expect(t.state.away == nil)
        #expect(t.state.isPaused)
    }

    @Test func toldAwayEndsOnlyWhenToldBack() {
        var t = Timeline()
        t.at(minutes(10), .away)
        #expect(t.state.away?.reason == .told)
        #expect(t.state.away?.since.uptime == Self.up(minutes(10)))
        t.at(minutes(12), Self.input(minutes(12)))
        #expect(t.state.away != nil)
        t.at(minutes(20), .back(wasHere: false))
        #expect(t.state.welcome?.awaySeconds == minutes(10))
    }

    @Test func withoutSourcesNobodyIsIdle() {
        var t = Timeline()
        t.at(minutes(44))
        #expect(t.state.away == nil)
        #expect(t.state.todayLive.sittingSeconds == minutes(44))
    }

    @Test func anyActiveSourceKeepsThePersonPresent() {
        var t = Timeline()
        t.at(minutes(1), .presence(.terminal, .idle(since: Self.up(0))))
        t.at(minutes(4), .presence(.desktop, .activity(at: Self.up(minutes(4)))))
        t.at(minutes(8))
        #expect(t.state.away == nil)
        t.at(minutes(9))
        #expect(t.state.away?.since.uptime == Self.up(minutes(4)))
    }
}
