import LimberCore
import LimberTestSupport
import Testing

/// The events that commands from other panes send: timed pause, resume, sit and stand.
@Suite struct EngineCommandTests {
    @Test func aTimedPauseResumesByItselfAtItsEnd() {
        var t = Timeline()
        t.at(100, .pause(seconds: 30))
        #expect(t.state.liveState == .paused)
        #expect(t.state.pauseEnds == Optional(1130.0))
        t.at(129)
        #expect(t.state.isPaused)
        t.at(130)
        #expect(t.state.phase == .working)
        #expect(t.state.pauseEnds == nil)
        // The pause did not count toward the stretch.
        #expect(t.state.stretchElapsed == 100)
        t.at(140)
        #expect(t.state.stretchElapsed == 110)
    }

    @Test func aTimedPauseAskedForWhilePausedMovesTheEnd() {
        var t = Timeline()
        t.at(10, .togglePause)
        #expect(t.state.pauseEnds == nil)
        t.at(20, .pause(seconds: 5))
        #expect(t.state.pauseEnds == 1025)
        t.at(25)
        #expect(t.state.phase == .working)
        #expect(t.at(26, .pause(seconds: nil)) == [.record(.paused)])
        #expect(t.at(27, .pause(seconds: nil)) == [.notice("Already paused")])
    }

    @Test func resumeEndsAPauseEarlyAndForgetsItsEnd() {
        var t = Timeline()
        t.at(10, .pause(seconds: 600))
        #expect(t.at(40, .resume) == [.record(.resumed(pausedSeconds: 30))])
        #expect(t.state.phase == .working)
        #expect(t.state.pauseEnds == nil)
    }

    @Test func sitAndStandSetThePostureAndRepeatingOneChangesNothing() {
        var t = Timeline()
        t.at(60, .setPosture(.standing))
        #expect(t.state.posture == .standing)
        #expect(t.state.stretchElapsed == 0)
        #expect(t.state.today.postureChanges == 1)
        // Nothing to do: refused with its reason (a command from another pane exits 1).
        #expect(t.at(70, .setPosture(.standing)) == [.notice("Already standing")])
        #expect(t.state.stretchElapsed == 10)
        t.at(80, .setPosture(.sitting))
        #expect(t.state.posture == .sitting)
        #expect(t.state.today.postureChanges == 2)
    }

    @Test func duringABreakStandSetsThePostureToComeBackIn() {
        var t = Timeline(TimerSettings(breakLength: 60))
        t.at(10, .startBreak)
        t.at(11, .setPosture(.standing))
        #expect(t.state.breakProgress?.returnPosture == .standing)
        t.at(12, .setPosture(.standing))
        #expect(t.state.breakProgress?.returnPosture == .standing)
    }

    @Test func liveStatesFollowThePhaseAndActiveHours() {
        var t = Timeline(TimerSettings(interval: 60, snooze: 30, breakLength: 60))
        #expect(t.state.liveState == .working)
        t.at(60)
        #expect(t.state.liveState == .due)
        t.at(61, .snooze)
        #expect(t.state.liveState == .snoozed)
        #expect(t.state.snoozeRemaining == 30)
        t.at(62, .startBreak)
        #expect(t.state.liveState == .onBreak)
        t.at(63, .toggleBreakPause)
        #expect(t.state.liveState == .breakPaused)
    }
}
