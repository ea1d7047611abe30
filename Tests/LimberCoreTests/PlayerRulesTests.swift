import LimberCore
import LimberTestSupport
import Testing

/// The player's and planner's own rules, with no exercise library (the built-ins are tested
/// in LimberLibraryTests).
@Suite struct PlayerRulesTests {
    @Test func theRightLegIsTheMirrorsLeftLeg() {
        var pose = Pose(all: Point(0.5, 0.5))
        pose[.leftKnee] = Point(0.2, 0.4)
        let mirrored = pose.mirrored
        #expect(mirrored[.rightKnee] == Point(0.8, 0.4))
        #expect(mirrored[.leftKnee] == Point(0.5, 0.5))
        #expect(mirrored.facesRight)
    }

    @Test func easingStartsAndEndsAtRest() {
        #expect(Motion.ease(0) == 0)
        #expect(Motion.ease(1) == 1)
        #expect(Motion.ease(0.5) == 0.5)
        #expect(Motion.ease(0.05) < 0.05, "slow out")
        #expect(Motion.ease(0.95) > 0.95, "slow in")
    }

    @Test func anEmptyLibraryGivesAPlainBreak() {
        let routine = RoutinePlanner(library: [], space: .desk).plan(after: .sitting, length: 120, covered: [:], last: [])
        #expect(routine.items.isEmpty)
    }

    @Test func theRoutineUsesWhatTheLibraryHolds() {
        let library = [FixtureExercises.hold, FixtureExercises.reps]
        let routine = RoutinePlanner(library: library, space: .desk).plan(after: .sitting, length: 96, covered: [:], last: [])
        #expect(Set(routine.ids) == ["fixture-hold", "fixture-reps"])
    }
}
