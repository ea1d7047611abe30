import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

/// The interval, prompt, snooze, skip and break rules, on scripted timelines.
@Suite struct EngineTimelineTests {
    @Test func breakBecomesDueAtTheInterval() {
        var t = Timeline()
        #expect(t.tick(through: minutes(45) - 1).isEmpty)
        #expect(t.state.phase == .working)
        let effects = t.at(minutes(45))
        #expect(t.state.phase == .due)
        #expect(effects == [.bell, .record(.breakDue(stretchSeconds: minutes(45)))])
        #expect(t.state.today.breaksDue == 0) // a prompt counts when it ends
        #expect(t.state.todayLive.sittingSeconds == minutes(45))
    }

    @Test func dueIsDetectedEvenWithoutTicks() {
        var t = Timeline()
        // Readings 4 minutes apart (under `away-after`) count normally, so the prompt appears
        // on the first reading past the interval.
        var effects: [Effect] = []
        var time = 0.0
        while time < minutes(46) { time += minutes(4); effects += t.jump(to: time) }
        #expect(effects.contains(.bell))
        #expect(t.state.isDue)
    }

    @Test func snoozeHidesThePromptThenItReturns() {
        var t = Timeline()
        t.at(minutes(45))
        #expect(t.at(minutes(45), .snooze) == [.record(.snoozed)])
        #expect(t.state.phase == .snoozed(untilElapsed: minutes(50)))
        #expect(t.tick(through: minutes(50) - 1).isEmpty)
        #expect(t.at(minutes(50)) == [.bell])
        #expect(t.state.isDue)
        // Snoozing does not restart the stretch, and the prompt counts once as due.
        #expect(t.state.stretchElapsed == minutes(50))
        #expect(t.state.today.snoozes == 1)
        t.at(minutes(51), .skip)
        #expect(t.state.today.breaksDue == 1 && t.state.today.breaksSkipped == 1)
    }

    @Test func snoozeIsRefusedPastTheLatestPoint() {
        var t = Timeline(TimerSettings(interval: minutes(45), snooze: minutes(5), latest: minutes(60)))
        t.at(minutes(45))
        t.at(minutes(45), .snooze)
        t.at(minutes(50))
        t.at(minutes(50), .snooze)
        t.at(minutes(55))
        #expect(t.state.canSnooze) // 55 + 5 = 60 is still within the limit
        t.at(minutes(55), .snooze)
        t.at(minutes(60))
        #expect(t.state.isDue)
        #expect(!t.state.canSnooze)
        let effects = t.at(minutes(60), .snooze)
        #expect(effects == [.notice("No snooze left: start the break or skip it")])
        #expect(t.state.isDue)
        #expect(t.state.today.snoozes == 3)
    }

    @Test func snoozeLimitCountsFromTheStretchStartNotThePrompt() {
        // With latest 7s, a prompt answered late leaves no snooze at all.
        var t = Timeline(TimerSettings(interval: 3, snooze: 2, latest: 7))
        t.tick(through: 6)
        #expect(t.state.isDue)
        #expect(!t.state.canSnooze)
        t.at(6, .snooze)
        #expect(t.state.isDue)
    }

    @Test func skipStartsANewStretch() {
        var t = Timeline()
        t.at(minutes(45))
        #expect(t.at(minutes(46), .skip) == [.record(.skipped)])
        #expect(t.state.phase == .working)
        #expect(t.state.stretchElapsed == 0)
        #expect(t.state.posture == .sitting)
        #expect(t.state.today.breaksSkipped == 1)
        t.at(minutes(46) + minutes(45))
        #expect(t.state.isDue)
    }

    @Test func skipWhileSnoozedAlsoCounts() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(45), .snooze)
        t.at(minutes(47), .skip)
        #expect(t.state.phase == .working)
        #expect(t.state.today.breaksSkipped == 1)
    }

    @Test func skipDoesNothingBeforeTheBreakIsDue() {
        var t = Timeline()
        #expect(t.at(minutes(10), .skip) == [.notice("No break is due to skip")])
        #expect(t.state.stretchElapsed == minutes(10))
    }

    @Test func acceptedBreakRunsItsLengthThenANewStretchStarts() {
        var t = Timeline(TimerSettings(breakLength: 120))
        t.at(minutes(45))
        #expect(t.at(minutes(45), .startBreak) == [.record(.breakStarted(.prompted))])
        #expect(t.state.breakProgress?.remaining == 120)
        #expect(t.tick(through: minutes(45) + 119).isEmpty)
        let effects = t.at(minutes(47))
        #expect(effects == [.record(.breakEnded(.completed, seconds: 120)), .record(.postureChanged(to: .standing))])
        #expect(t.state.phase == .working)
        #expect(t.state.stretchElapsed == 0)
        #expect(t.state.today.breakSeconds == 120)
        #expect(t.state.today.breaksTaken == 1 && t.state.today.breaksDue == 1)
        #expect(t.state.today.breaksEndedEarly == 0)
    }

    @Test func endingABreakEarlyCountsAShortBreak() {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(45), .startBreak)
        let effects = t.at(minutes(45) + 30, .endBreak)
        #expect(effects == [.record(.breakEnded(.early, seconds: 30)), .record(.postureChanged(to: .standing))])
        #expect(t.state.phase == .working)
        #expect(t.state.today.breaksTaken == 1)
        #expect(t.state.today.breaksEndedEarly == 1)
        #expect(t.state.today.breakSeconds == 30)
    }

    @Test func aBreakCanStartBeforeItIsDue() {
        var t = Timeline()
        #expect(t.at(minutes(20), .startBreak) == [.record(.breakStarted(.early))])
        #expect(t.state.breakProgress != nil)
        // Not an answer to a prompt: counted apart, so taken never exceeds due.
        #expect(t.state.today.breaksDue == 0)
        #expect(t.state.today.breaksTaken == 0)
        #expect(t.state.today.breaksEarly == 1)
    }

    /// A key or command that cannot apply changes nothing and says why (the same words a
    /// command from another pane prints).
    @Test func keysThatDoNotApplyChangeNothingAndSayWhy() {
        var t = Timeline()
        #expect(t.at(10, .snooze) == [.notice("No break is due to snooze")])
        #expect(t.at(11, .endBreak) == [.notice("No break is running")])
        #expect(t.at(11, .resume) == [.notice("The timer is not paused")])
        t.at(12, .startBreak)
        #expect(t.at(13, .startBreak) == [.notice("A break is already running")])
        #expect(t.at(14, .togglePause) == [.notice("A break is running; Space pauses it")])
        #expect(t.at(14, .pause(seconds: 60)) == [.notice("A break is running; Space pauses it")])
        #expect(t.at(15, .skip) == [.notice("No break is due to skip")])
        #expect(t.state.breakProgress != nil)
    }

    @Test func quitIsRecorded() {
        var t = Timeline()
        #expect(t.at(5, .quit) == [.record(.quit), .quit])
        #expect(t.engine.startEffects() == [.record(.started(.sitting))])
    }
}
