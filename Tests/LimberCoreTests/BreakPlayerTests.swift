import Foundation
import LimberCore
import LimberTestSupport
import Testing

/// The player's timeline through the engine, on a fake clock: holds, reps, sides, next, pause,
/// ending early, and the outcomes recorded in the day's totals.
@Suite struct BreakPlayerTests {
    static let stretch = FixtureExercises.hold // 30 s a side
    static let raises = FixtureExercises.reps  // 12 reps × 2 phases × 1.5 s = 36 s

    /// A break with a known routine: a sided hold, then reps.
    static func timeline() -> Timeline {
        var t = Timeline(TimerSettings(breakLength: 96), library: [stretch, raises])
        t.at(10, .startBreak)
        return t
    }

    func cue(_ t: Timeline) -> Cue? {
        t.state.breakProgress.flatMap { Cue($0) }
    }

    @Test func holdsRunPerSideWithMirroredFrames() throws {
        var t = Self.timeline()
        let progress = try #require(t.state.breakProgress)
        #expect(progress.routine.ids == ["fixture-hold", "fixture-reps"])
        t.at(10.2)
        var c = try #require(cue(t))
        #expect(c.side == .left)
        #expect(c.position == 1 && c.count == 2)
        #expect(c.next?.id == "fixture-reps")
        let stretch = Self.stretch
        #expect(c.picture != stretch.picture("hinge", side: .left), "still easing in")
        #expect(c.breath == nil)
        t.at(25)
        c = try #require(cue(t))
        #expect(c.holdRemaining == 15)
        #expect(c.picture == stretch.picture("hinge", side: .left))
        #expect(c.breath != nil)
        // The right side starts with the switch: its own words and 4 s of its own, the hold's
        // clock standing still until it is over, so the right side holds as long as the left.
        t.at(42)
        c = try #require(cue(t))
        #expect(c.side == .right)
        #expect(c.step == Cue.switchWords)
        #expect(c.holdRemaining == 30)
        #expect(c.breath == nil)
        t.at(47)
        c = try #require(cue(t))
        #expect(c.holdRemaining == 27)
        #expect(c.step != Cue.switchWords)
        #expect(c.picture == stretch.picture("hinge", side: .right))
    }

    @Test func repsCountAndMoveThroughTheirPhases() throws {
        var t = Self.timeline()
        let effects = t.at(74.5) // 60 s of holds and the 4 s switch done, 0.5 s into the calf raises
        #expect(effects.contains(.record(.exercise(ExerciseOutcome(id: "fixture-hold", result: .done, sides: [.left, .right], seconds: 64)))))
        var c = try #require(cue(t))
        #expect(c.rep == 1 && c.reps == 12)
        #expect(c.phase == "rise onto your toes")
        t.at(76)
        c = try #require(cue(t))
        #expect(c.phase == "lower slowly")
        t.at(77.5)
        c = try #require(cue(t))
        #expect(c.rep == 2)
        #expect(c.side == nil)
    }

    @Test func theRoutineEndsWithADoneScreenThenANewStretch() throws {
        var t = Self.timeline()
        t.at(110)
        #expect(t.state.breakProgress?.isDone == true)
        #expect(cue(t) == nil)
        t.at(110 + BreakProgress.doneSeconds)
        #expect(t.state.phase == .working)
        #expect(t.state.today.exercisesDone == ["fixture-hold": 1, "fixture-reps": 1])
        #expect(t.state.today.areaCounts[.hamstrings] == 1)
        #expect(t.state.today.breakSeconds == 100 + BreakProgress.doneSeconds)
    }

    @Test func nextSkipsOrPartlyCountsTheCurrentExercise() throws {
        var t = Self.timeline()
        t.at(12)
        #expect(t.at(12, .nextExercise) == [.record(.exercise(ExerciseOutcome(id: "fixture-hold", result: .skipped, sides: [], seconds: 2)))])
        #expect(cue(t)?.item.exercise.id == "fixture-reps")
        t.at(25)
        let effects = t.at(25, .nextExercise)
        #expect(effects == [.record(.exercise(ExerciseOutcome(id: "fixture-reps", result: .partial, sides: [], seconds: 13)))])
        #expect(t.state.breakProgress?.isDone == true)
        #expect(t.state.today.exercisesPartial == ["fixture-reps": 1])
        #expect(t.state.today.exercisesSkipped == 1)
        t.at(26, .endBreak) // Esc on the done screen just moves on
        #expect(t.state.phase == .working)
        #expect(t.state.today.breaksEndedEarly == 0)
    }

    @Test func oneSideDoneIsPartialWithThatSide() throws {
        var t = Self.timeline()
        t.at(45)
        let effects = t.at(45, .endBreak)
        #expect(effects.contains(.record(.exercise(ExerciseOutcome(id: "fixture-hold", result: .partial, sides: [.left], seconds: 35)))))
        #expect(effects.contains(.record(.exercise(ExerciseOutcome(id: "fixture-reps", result: .skipped, sides: [], seconds: 0)))))
        #expect(t.state.phase == .working)
        #expect(t.state.today.breaksEndedEarly == 1)
    }

    @Test func spacePausesTheBreakAndItsClock() throws {
        var t = Self.timeline()
        t.at(20)
        #expect(t.at(20, .toggleBreakPause) == [.record(.breakPaused)])
        t.at(50)
        #expect(t.state.breakProgress?.itemElapsed == 10)
        #expect(t.state.todayLive.pausedSeconds == 30)
        #expect(t.at(50, .toggleBreakPause) == [.record(.breakResumed)])
        t.at(55)
        #expect(t.state.breakProgress?.itemElapsed == 15)
    }

    @Test func reducedMotionShowsOneStillFrame() throws {
        var t = Self.timeline()
        for time in [10.1, 10.6, 11.2, 30] {
            t.at(time)
            let still = try #require(t.state.breakProgress.flatMap { Cue($0, stillFrame: true) })
            #expect(still.picture == Self.stretch.picture("hinge", side: time < 40 ? .left : .right))
        }
    }

    @Test func theWordsAndThePictureComeFromTheSamePhase() throws {
        var t = Self.timeline()
        let raises = Self.raises
        for time in stride(from: 74.05, to: 110, by: 0.25) {
            t.at(time)
            let c = try #require(cue(t))
            let phases = ["rise onto your toes": "on-toes", "lower slowly": "flat"]
            let target = try #require(phases[c.phase ?? ""])
            let motion = Motion(raises, dose: c.item.dose)
            let move = motion.move(at: t.state.breakProgress!.itemElapsed)
            #expect(move.to == target, "at \(time): \(c.phase ?? "") shows \(move.to)")
        }
    }
}

extension BreakPlayerTests {
    /// The run loop redraws quickly only while the figure moves: reps, and easing into a hold.
    @Test func theFigureMovesThroughRepsAndIntoHoldsOnly() throws {
        var t = Self.timeline()
        t.at(10.5)
        #expect(t.state.breakProgress?.figureIsMoving == true, "easing into the hold")
        t.at(20)
        #expect(t.state.breakProgress?.figureIsMoving == false, "holding")
        t.at(40.5)
        #expect(t.state.breakProgress?.figureIsMoving == true, "easing into the right side")
        t.at(75)
        #expect(t.state.breakProgress?.figureIsMoving == true, "reps")
        t.at(75, .toggleBreakPause)
        #expect(t.state.breakProgress?.figureIsMoving == false, "paused")
    }
}
