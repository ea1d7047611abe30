import Foundation
import LimberApp
import LimberControl
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// The run loop with fakes: keys, commands and ticks in; screens, records and replies out.
@Suite struct AppLoopTests {
    /// `limber exercises show`: `q` then Enter, read in one go (as a loaded machine reads two
    /// keys typed together), close the player. The Enter came after the practice was over and
    /// must not start a break of other exercises on the main screen behind it (the e2e test
    /// `thePlayerKeepsTheExercisesName` saw that under load).
    @Test func keysAfterThePracticeIsOverAreNotHandled() throws {
        let exercise = try #require(Harness.library.first { $0.id == "hip-flexor-stretch" })
        var settings = TimerSettings()
        settings.breakLength = exercise.duration
        let practice = Routine(items: [Routine.Item(exercise: exercise, dose: exercise.dose)])
        let h = Harness(settings, oneBreak: true, first: .startRoutine(practice))
        h.input.key(.character("q"), at: 5)
        h.input.key(.enter, at: 5)
        h.run(until: 60)
        #expect(!h.app.running)
        #expect(h.outside.records.filter { if case .breakStarted = $0 { true } else { false } }.count == 1)
    }

    @Test func anIdleCountdownWakesAboutOnceASecondAndPaintsOnlyChanges() {
        let h = Harness(TimerSettings(interval: 600))
        h.run(until: 60.5)
        #expect(h.input.waits.allSatisfy { $0 <= 1002 })
        #expect(h.input.waits.count <= 62)
        // One frame per second of countdown, not one per pass.
        #expect(h.terminal.frames.count <= 61)
        #expect(h.screen.contains("sitting 1m"))
    }

    @Test func commandsAndKeysAreTheSameEvents() {
        let byKey = Harness(TimerSettings(interval: 60))
        byKey.input.key(.character("z"), at: 61)
        byKey.run(until: 62)
        let byCommand = Harness(TimerSettings(interval: 60))
        byCommand.run(until: 61)
        #expect(byCommand.ask(.snooze, at: 61)?.ok == true)
        byCommand.run(until: 62)
        #expect(byKey.app.engine.state.phase == byCommand.app.engine.state.phase)
        #expect(byKey.outside.records == byCommand.outside.records)
    }

    @Test func aCommandThatCannotApplyIsRefusedWithItsReasonAndChangesNothing() {
        let h = Harness(TimerSettings(interval: 600))
        h.run(until: 10)
        let reply = h.ask(.snooze, at: 10)
        #expect(reply?.ok == false)
        #expect(reply?.error == "no break is due to snooze")
        #expect(reply?.status?.state == .working)
        #expect(!h.outside.records.contains(.snoozed))
        #expect(h.ask(.resume, at: 11)?.error == "the timer is not paused")
        #expect(h.ask(.skip, at: 12)?.error == "no break is due to skip")
    }

    @Test func breakSitAndStandFromAnotherPane() {
        let h = Harness(TimerSettings(interval: 600, breakLength: 60))
        let stand = h.ask(.stand, at: 5)
        #expect(stand?.status?.posture == .standing)
        #expect(h.screen.contains("standing 0m"))
        #expect(h.screen.contains("Standing from another pane"))
        let onBreak = h.ask(.startBreak, at: 10)
        #expect(onBreak?.status?.state == .onBreak)
        #expect(h.outside.records.contains(.breakStarted(.early)))
        #expect(h.screen.contains("on break"))
        #expect(h.ask(.startBreak, at: 11)?.error == "a break is already running")
        // During a break, `sit` and `stand` say which way to come back: a break from standing
        // ends sitting unless told otherwise, and asking for what is already so is refused.
        #expect(h.app.engine.state.breakProgress?.returnPosture == .sitting)
        #expect(h.ask(.sit, at: 12)?.error == "the break already ends sitting")
        #expect(h.ask(.stand, at: 13)?.ok == true)
        #expect(h.app.engine.state.breakProgress?.returnPosture == .standing)
    }

    /// Issue 12: Space starts a break only when one is due; Enter always; Esc on the main
    /// screen does nothing.
    @Test func spaceStartsOnlyADueBreakAndEscIsNotQuit() {
        let h = Harness(TimerSettings(interval: 60))
        h.input.key(.character(" "), at: 5)
        h.run(until: 5.5)
        // A key that does nothing now says why.
        #expect(h.screen.contains("No break is due: Enter starts one"))
        h.input.key(.escape, at: 6)
        h.run(until: 7)
        #expect(h.app.running)
        #expect(h.app.engine.state.phase == .working)
        h.input.key(.character(" "), at: 61)
        h.run(until: 62)
        #expect(h.app.engine.state.liveState == .onBreak)
        let other = Harness(TimerSettings(interval: 60))
        other.input.key(.enter, at: 5)
        other.run(until: 6)
        #expect(other.app.engine.state.liveState == .onBreak)
    }

    /// `?` during a break lists the break's keys, not the main screen's.
    @Test func helpShowsTheKeysOfTheScreenUnderneath() {
        let h = Harness(TimerSettings(interval: 600, breakLength: 120), size: Size(width: 80, height: 24))
        h.input.key(.character("?"), at: 1)
        h.run(until: 2)
        #expect(h.screen.contains("snooze the prompt"))
        h.input.key(.escape, at: 2)
        h.input.key(.enter, at: 3)
        h.input.key(.character("?"), at: 4)
        h.run(until: 5)
        let screen = h.screen
        #expect(screen.contains("next exercise"))
        #expect(screen.contains("Space"))
        #expect(!screen.contains("snooze the prompt"))
        #expect(!screen.contains("summary of the day"))
    }

    @Test func theHintsHelpAndHandlingComeFromOneTable() {
        let state = TimerEngine(settings: TimerSettings(), posture: .sitting,
                                at: Moment(uptime: 0, wall: Timeline.start), days: CalendarDays(Timeline.utc)).state
        for table in [KeyTable.main, KeyTable.duringBreak, KeyTable.summary] {
            // Every key a help line names is handled by that table.
            for binding in table.bindings {
                #expect(!binding.keys.isEmpty, "\(table.title): \(binding.label)")
                #expect(table.helpLines.contains { $0.hasPrefix(binding.label) })
            }
        }
        // Every main-screen hint is a key of the main table.
        for hint in KeyTable.main.hints(state) {
            let key = String(hint.split(separator: " ")[0])
            #expect(KeyTable.main.bindings.contains { $0.label == key }, "\(hint)")
        }
    }
}

@Suite struct AppWakeTests {
    /// 200 status requests a second: answered every one, but a frame only when the screen changes.
    @Test func statusRequestsDoNotRepaint() {
        let h = Harness(TimerSettings(interval: 600))
        // Two streams, so that requests land a few milliseconds either side of each second.
        for tick in 0..<300 {
            h.input.request(.status, at: 10 + Double(tick) / 100 + 0.0013)
            h.input.request(.status, at: 10 + Double(tick) / 100 + 0.0095)
        }
        h.run(until: 13.5)
        #expect(h.input.replies.count == 600)
        #expect(h.input.replies.allSatisfy { $0.reply.ok })
        #expect(h.terminal.frames.count <= 15, "\(h.terminal.frames.count) frames")
        // …and every second of the countdown was painted all the same: 9:50 to 9:47 (the 40×12
        // screen draws the clock as text).
        let shown = (10...13).filter { second in
            let clock = DurationText.countdown(600 - Double(second))
            return h.terminal.frames.contains { $0.lines.contains { $0.trimmingCharacters(in: .whitespaces) == clock } }
        }
        #expect(shown == Array(10...13), "seconds painted: \(shown)")
    }

    /// A snooze's countdown changes on its own seconds, not the stretch's: the loop wakes for
    /// both, so the screen and the status agree on the snooze's time left.
    @Test func theSnoozeCountdownIsRepaintedOnItsOwnSeconds() {
        let h = Harness(TimerSettings(interval: 60, snooze: 30))
        h.run(until: 61)
        #expect(h.ask(.snooze, at: 61.5)?.ok == true)
        for at in [62.6, 70.2, 85.55] {
            let reply = h.ask(.status, at: at)
            let left = DurationText.countdown(reply?.status?.snoozeRemaining ?? -1)
            #expect(h.screen.contains("Snoozed: the prompt returns in"))
            #expect(h.screen.contains(left), "status says \(left):\n\(h.screen)")
        }
    }
}
