import LimberCore

/// Two small exercises made in code, for tests of the engine's player that must not depend
/// on the built-in library's current contents: a sided 30 s hold and 12 two-phase reps.
public enum FixtureExercises {
    /// 30 s a side, easing from `heel-up` into `hinge`.
    /// A stretch: the player paces breaths once it has eased in.
    public static let hold: Exercise = {
        var exercise = Exercise(
            id: "fixture-hold", name: "Fixture hold", place: .standing, helps: [.hamstrings, .lowerBack],
            steps: ["Hinge forward."], dose: .hold(seconds: 30), sided: true,
            look: .skeleton(poses: ["heel-up": pose(knee: Point(0.4, 0.3)), "hinge": pose(knee: Point(0.3, 0.4), head: Point(0.2, 0.6))],
                            props: []),
            targets: ["hinge"], start: "heel-up")
        exercise.breathe = true
        return exercise
    }()

    /// 12 reps × 2 phases × 1.5 s = 36 s.
    public static let reps = Exercise(
        id: "fixture-reps", name: "Fixture reps", place: .standing, helps: [.calves, .circulation],
        steps: ["Rise and lower."], dose: .reps(count: 12, phases: ["rise onto your toes", "lower slowly"], phaseSeconds: 1.5),
        sided: false,
        look: .skeleton(poses: ["flat": pose(knee: Point(0.5, 0.3)), "on-toes": pose(knee: Point(0.5, 0.35), head: Point(0.5, 0.95))],
                        props: []),
        targets: ["on-toes", "flat"], start: "flat")

    /// A small library for the planner: standing, seated and floor exercises, holds and reps,
    /// between them covering every area the planner steers toward.
    public static let library: [Exercise] = [
        hold, reps,
        plain("stand-twist", .standing, [.core, .hips], .hold(seconds: 20), sided: true),
        plain("stand-lunge", .standing, [.hipFlexors], .hold(seconds: 30), sided: true),
        plain("seat-fold", .seated, [.hamstrings, .lowerBack], .hold(seconds: 30), sided: false),
        plain("seat-march", .seated, [.hipFlexors, .core, .circulation], .reps(count: 10, phases: ["up", "down"], phaseSeconds: 1), sided: false),
        plain("seat-reach", .seated, [.hamstrings], .hold(seconds: 20), sided: true),
        plain("seat-arch", .seated, [.lowerBack], .reps(count: 6, phases: ["arch", "round"], phaseSeconds: 3), sided: false),
        plain("floor-rock", .floor, [.lowerBack, .core], .reps(count: 8, phases: ["in", "out"], phaseSeconds: 2), sided: false),
        plain("floor-reach", .floor, [.core, .hips], .hold(seconds: 15), sided: true),
    ]

    /// An exercise whose figure does not matter: one still pose.
    static func plain(_ id: String, _ place: Place, _ helps: [Area], _ dose: Dose, sided: Bool) -> Exercise {
        let targets: [String]
        if case .reps(_, let phases, _) = dose { targets = phases.map { _ in "still" } } else { targets = ["still"] }
        return Exercise(id: id, name: id, place: place, helps: helps, steps: ["Move."], dose: dose, sided: sided,
                        look: .skeleton(poses: ["still": pose(knee: Point(0.5, 0.3))], props: []), targets: targets)
    }

    static func pose(knee: Point, head: Point = Point(0.5, 0.9)) -> Pose {
        var pose = Pose(all: Point(0.5, 0.5))
        pose[.leftKnee] = knee
        pose[.head] = head
        return pose
    }
}
