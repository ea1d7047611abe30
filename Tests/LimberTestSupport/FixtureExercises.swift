import LimberCore

/// Two small exercises made in code, for tests of the engine's player that must not depend
/// on the built-in library's current contents: a sided 30 s hold and 12 two-phase reps.
public enum FixtureExercises {
    /// 30 s a side, easing from `heel-up` into `hinge`.
    public static let hold = Exercise(
        id: "fixture-hold", name: "Fixture hold", place: .standing, helps: [.hamstrings, .lowerBack],
        steps: ["Hinge forward."], dose: .hold(seconds: 30), sided: true,
        look: .skeleton(poses: ["heel-up": pose(knee: Point(0.4, 0.3)), "hinge": pose(knee: Point(0.3, 0.4), head: Point(0.2, 0.6))],
                        props: []),
        targets: ["hinge"], start: "heel-up")

    /// 12 reps × 2 phases × 1.5 s = 36 s.
    public static let reps = Exercise(
        id: "fixture-reps", name: "Fixture reps", place: .standing, helps: [.calves, .circulation],
        steps: ["Rise and lower."], dose: .reps(count: 12, phases: ["rise onto your toes", "lower slowly"], phaseSeconds: 1.5),
        sided: false,
        look: .skeleton(poses: ["flat": pose(knee: Point(0.5, 0.3)), "on-toes": pose(knee: Point(0.5, 0.35), head: Point(0.5, 0.95))],
                        props: []),
        targets: ["on-toes", "flat"], start: "flat")

    static func pose(knee: Point, head: Point = Point(0.5, 0.9)) -> Pose {
        var pose = Pose(all: Point(0.5, 0.5))
        pose[.leftKnee] = knee
        pose[.head] = head
        return pose
    }
}
