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
        #expect(t.state.today.standingSeconds == minutes(10))
        #expect(t.state.today.postureChanges == 1)
    }

    @Test func togglingWhileDueClearsThePrompt() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(46), .togglePosture)
        #expect(t.state.phase == .working)
        #expect(t.state.posture == .standing)
    }

    @Test func standingStretchesArePromptedToo() {
        var t = Timeline(posture: .standing)
        t.at(minutes(45))
        #expect(t.state.isDue)
        #expect(t.state.today.standingSeconds == minutes(45))
        #expect(t.state.today.longestSittingSeconds == 0)
    }

    @Test func duringABreakTogglingChoosesTheNextPosture() {
        var t = Timeline(TimerSettings(breakLength: 60))
        t.at(minutes(45))
        t.at(minutes(45), .startBreak)
        #expect(t.at(minutes(45) + 10, .togglePosture).isEmpty)
        #expect(t.state.breakProgress?.returnPosture == .standing)
        let effects = t.at(minutes(46))
        #expect(effects.contains(.record(.postureChanged(to: .standing))))
        #expect(t.state.posture == .standing)
        #expect(t.state.today.postureChanges == 1)
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
        #expect(t.state.todayIncludingOpenStretch.longestSittingSeconds == minutes(30))
        #expect(t.state.today.longestSittingSeconds == 0)
    }
}
