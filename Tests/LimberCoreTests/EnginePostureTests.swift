import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

@Suite struct EnginePostureTests {
    @Test func togglingPostureStartsANewStretch() {
        var t = Timeline()
        t.at(minutes(20))
        #expect(t.at(minutes(20), .togglePosture) == [.record(.postureChanged(to: .standing))])
        #expect(t.state.posture == .standing)
        #expect(t.state.stretchElapsed == 0)
        t.at(minutes(30))
        #expect(t.state.today.sittingSeconds == minutes(20))
        #expect(t.state.todayLive.standingSeconds == minutes(10)) // the running span
        #expect(t.state.today.postureChanges == 1)
    }

    /// Standing up when asked answers the prompt without a break: a natural break.
    @Test func togglingWhileDueEndsThePromptAsANaturalBreak() {
        var t = Timeline()
        t.at(minutes(45))
        #expect(t.at(minutes(46), .togglePosture) == [.record(.naturalBreak(afterPrompt: true)),
                                                      .record(.postureChanged(to: .standing))])
        #expect(t.state.phase == .working)
        #expect(t.state.posture == .standing)
        #expect(t.state.today.breaksDue == 1 && t.state.today.naturalAfterPrompt == 1)
    }

    @Test func togglingWhilePausedOverThePromptEndsItToo() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(46), .togglePause)
        t.at(minutes(47), .togglePosture)
        t.at(minutes(48), .togglePause)
        #expect(t.state.phase == .working)
        #expect(t.state.today.breaksDue == 1 && t.state.today.naturalAfterPrompt == 1)
    }

    /// A restart within away-after resumes the stretch, unless a posture was asked for (a flag
    /// or the config file) that differs: then the resumed stretch ends and the new one starts.
    @Test func anExplicitPostureWinsOverAResumedStretch() {
        let days = CalendarDays(Timeline.utc)
        let at = Moment(uptime: 5, wall: Timeline.start)
        let resume = Resume(posture: .sitting, stretchElapsed: minutes(30))
        let explicit = TimerEngine(settings: TimerSettings(), posture: .standing, postureIsExplicit: true, at: at,
                                   days: days, resume: resume)
        #expect(explicit.state.posture == .standing)
        #expect(explicit.state.stretchElapsed == 0)
        #expect(explicit.state.span.activity == .standing)
        #expect(explicit.startEffects() == [.record(.started(.standing)),
                                            .record(.stretchEnded(.sitting, seconds: minutes(30), long: false)),
                                            .record(.postureChanged(to: .standing))])
        #expect(explicit.state.today.postureChanges == 1)
        #expect(explicit.state.today.longestSittingSeconds == minutes(30))
        let byDefault = TimerEngine(settings: TimerSettings(), posture: .standing, at: at, days: days, resume: resume)
        #expect(byDefault.state.posture == .sitting && byDefault.state.stretchElapsed == minutes(30))
        let same = TimerEngine(settings: TimerSettings(), posture: .sitting, postureIsExplicit: true, at: at,
                               days: days, resume: resume)
        #expect(same.state.posture == .sitting && same.state.stretchElapsed == minutes(30))
        #expect(same.startEffects() == [.record(.started(.sitting))])
    }

    /// A prompt that was showing when limber stopped shows again, counted once.
    @Test func aResumedPromptShowsAgainWithoutANewDue() {
        let days = CalendarDays(Timeline.utc)
        var engine = TimerEngine(settings: TimerSettings(), posture: .sitting, at: Moment(uptime: 5, wall: Timeline.start),
                                 days: days, resume: Resume(posture: .sitting, stretchElapsed: minutes(50), promptOpen: true))
        #expect(engine.state.isDue)
        let effects = engine.handle(.tick, at: Moment(uptime: 6, wall: Timeline.start + 1))
        #expect(!effects.contains { if case .record(.breakDue) = $0 { true } else { false } })
        _ = engine.handle(.skip, at: Moment(uptime: 7, wall: Timeline.start + 2))
        #expect(engine.state.today.breaksDue == 1 && engine.state.today.breaksSkipped == 1)
        // And if it is explicit and different, standing up answers it as a natural break.
        let explicit = TimerEngine(settings: TimerSettings(), posture: .standing, postureIsExplicit: true,
                                   at: Moment(uptime: 5, wall: Timeline.start), days: days,
                                   resume: Resume(posture: .sitting, stretchElapsed: minutes(50), promptOpen: true))
        #expect(explicit.state.phase == .working)
        #expect(explicit.state.today.naturalAfterPrompt == 1 && explicit.state.today.breaksDue == 1)
    }

    @Test func standingStretchesArePromptedToo() {
        var t = Timeline(posture: .standing)
        t.at(minutes(45))
        #expect(t.state.isDue)
        #expect(t.state.todayLive.standingSeconds == minutes(45))
        #expect(t.state.todayLive.longestSittingSeconds == 0)
    }

    @Test func duringABreakTogglingChoosesTheNextPosture() {
        var t = Timeline(TimerSettings(breakLength: 60))
        t.at(minutes(45))
        t.at(minutes(45), .startBreak)
        #expect(t.state.breakProgress?.returnPosture == .standing)
        #expect(t.at(minutes(45) + 10, .togglePosture).isEmpty)
        #expect(t.state.breakProgress?.returnPosture == .sitting)
        let effects = t.at(minutes(46))
        #expect(!effects.contains { if case .record(.postureChanged) = $0 { true } else { false } })
        #expect(t.state.posture == .sitting)
        #expect(t.state.today.postureChanges == 0)
    }

    /// issue 18 item 13: after a break the next stretch is the posture the break meant to
    /// change to — sitting after standing; standing after sitting, with a standing desk.
    @Test(arguments: [(Posture.standing, true, Posture.sitting), (.sitting, true, .standing),
                      (.standing, false, .sitting), (.sitting, false, .sitting)])
    func aBreakEndsInThePostureItMeantToChangeTo(from: Posture, standingDesk: Bool, to: Posture) {
        var settings = TimerSettings(breakLength: 60)
        settings.standingDesk = standingDesk
        var t = Timeline(settings, posture: from)
        t.at(minutes(45))
        t.at(minutes(45), .startBreak)
        #expect(t.state.breakProgress?.returnPosture == to)
        t.at(minutes(47))
        #expect(t.state.breakProgress == nil)
        #expect(t.state.posture == to)
    }

    @Test func withoutAStandingDeskStandingIsNotOffered() {
        var settings = TimerSettings(breakLength: 60)
        settings.standingDesk = false
        var t = Timeline(settings)
        #expect(t.at(10, .togglePosture) == [.notice("No standing desk (standing_desk = false)")])
        #expect(t.state.refusal(for: .setPosture(.standing)) != nil)
        #expect(t.state.posture == .sitting)
        t.at(minutes(45), .startBreak)
        #expect(t.state.refusal(for: .togglePosture) != nil)
        // Started standing anyway (`--posture standing`): sitting down is always fine.
        var standing = Timeline(settings, posture: .standing)
        #expect(standing.state.refusal(for: .togglePosture) == nil)
    }

    @Test func longestAndLongSittingStretchesAreTracked() {
        var t = Timeline()
        t.at(minutes(50))          // due at 45, still sitting at 50
        t.at(minutes(50), .skip)   // a 50-minute sitting stretch, longer than the interval
        t.at(minutes(70), .togglePosture) // 20 minutes more sitting
        #expect(t.state.today.longestSittingSeconds == minutes(50))
        #expect(t.state.today.longSittingStretches == 1)
    }

    @Test func theOpenStretchCountsTowardTheLongest() {
        var t = Timeline()
        t.at(minutes(30))
        #expect(t.state.todayLive.longestSittingSeconds == minutes(30))
        #expect(t.state.today.longestSittingSeconds == 0)
    }
}
