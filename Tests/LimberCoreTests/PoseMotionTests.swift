import LimberCore
import Testing

/// How the player's figure moves, with no exercise library (the built-ins' figures are
/// checked in LimberLibraryTests).
@Suite struct PoseMotionTests {
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
}
