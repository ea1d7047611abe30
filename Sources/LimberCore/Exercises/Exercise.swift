/// Where an exercise is done.
public enum Place: String, Sendable, Equatable, CaseIterable {
    case standing, seated, floor
}

/// What an exercise helps.
public enum Area: String, Sendable, Hashable, CaseIterable, Comparable {
    case hamstrings
    case lowerBack = "lower-back"
    case core
    case hipFlexors = "hip-flexors"
    case hips
    case calves
    case circulation

    /// The areas a day's breaks should cover between them.
    public static let daily: [Area] = [.hamstrings, .lowerBack, .core, .hipFlexors]

    public var title: String {
        switch self {
        case .hamstrings: "hamstrings"
        case .lowerBack: "lower-back mobility"
        case .core: "core"
        case .hipFlexors: "hip flexors"
        case .hips: "hips"
        case .calves: "calves"
        case .circulation: "circulation"
        }
    }

    public static func < (lhs: Area, rhs: Area) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How much of an exercise to do.
public enum Dose: Sendable, Equatable {
    /// Hold a position, per side.
    case hold(seconds: Double)
    /// Repetitions, per side; each rep moves through `phases` (e.g. "inhale, arch" /
    /// "exhale, round"), each lasting `phaseSeconds`.
    case reps(count: Int, phases: [String], phaseSeconds: Double)

    /// Seconds for one side.
    public var secondsPerSide: Double {
        switch self {
        case .hold(let seconds): seconds
        case .reps(let count, let phases, let phaseSeconds): Double(count * max(1, phases.count)) * phaseSeconds
        }
    }

    /// The seconds of a hold, or the number of reps.
    public var amount: Double {
        switch self {
        case .hold(let seconds): seconds
        case .reps(let count, _, _): Double(count)
        }
    }

    /// The same kind of dose with another amount (rounded to whole reps).
    public func with(amount: Double) -> Dose {
        switch self {
        case .hold: .hold(seconds: amount)
        case .reps(_, let phases, let phaseSeconds):
            .reps(count: Int(saturating: amount.rounded()), phases: phases, phaseSeconds: phaseSeconds)
        }
    }

    /// `30 s hold` or `8 reps`, for lists.
    public var summary: String {
        switch self {
        case .hold(let seconds): "\(Int(saturating: seconds)) s"
        case .reps(let count, _, _): Plural.count(count, "rep")
        }
    }
}

/// The sides of a two-sided exercise.
public enum Side: String, Sendable, Equatable, CaseIterable {
    case left, right
}

/// How an exercise is drawn.
public enum Look: Sendable, Equatable {
    /// A skeleton moving between named poses, with the props it uses (a chair, the floor).
    case skeleton(poses: [String: Pose], props: [Prop])
    /// Hand-drawn ASCII frames by name, each a list of rows of equal width.
    case frames([String: [String]])
    /// The 3D body: poses as joint angles placed on their contacts, seen by a camera.
    case body(BodyLook)
}

/// One exercise of the library: what to do, for how long, and how it looks.
public struct Exercise: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var place: Place
    /// The id of a version that suits a desk, for exercises done on the floor.
    public var deskVariant: String?
    public var helps: [Area]
    public var steps: [String]
    public var dose: Dose
    /// The minimum effective dose, per side: the shortest hold (seconds) or fewest reps that
    /// still does what the exercise is for. A break never plays less; it plays fewer exercises.
    public var minimum: Double
    /// Whether it is done once per side (left, then right).
    public var sided: Bool
    public var safety: String?
    /// How it is drawn. Hand-placed and hand-drawn figures face the left of the screen and
    /// their right side is the mirror image; a 3D figure's right side moves the right limbs.
    public var look: Look
    /// The pose (or frame) each phase moves to: one per tempo phase, or the one a hold holds.
    public var targets: [String]
    /// Where the figure starts: a hold eases from here into its target, and the first rep
    /// starts here. Without it, a hold shows its target and reps start from their last target.
    public var start: String?
    /// Poses a hold moves through over and over once it has eased in (a walking stride), each
    /// for `cycleSeconds`; empty for a still hold.
    public var cycle: [String] = []
    public var cycleSeconds = 1.0
    /// Whether the player paces slow breaths during the hold: for stretches, where breathing
    /// out helps the muscle let go; not for a walk or a balance.
    public var breathe = false

    public init(id: String, name: String, place: Place, deskVariant: String? = nil, helps: [Area],
                steps: [String], dose: Dose, minimum: Double? = nil, sided: Bool, safety: String? = nil, look: Look,
                targets: [String], start: String? = nil) {
        self.id = id
        self.name = name
        self.place = place
        self.deskVariant = deskVariant
        self.helps = helps
        self.steps = steps
        self.dose = dose
        // Without a stated minimum, the dose itself: never less than the author wrote.
        self.minimum = min(minimum ?? dose.amount, dose.amount)
        self.sided = sided
        self.safety = safety
        self.look = look
        self.targets = targets
        self.start = start
    }

    public var sides: [Side?] { sided ? [.left, .right] : [nil] }

    /// The dose at its minimum.
    public var minimumDose: Dose { dose.with(amount: minimum) }

    /// Seconds for the whole exercise, both sides and the switch between them.
    public var duration: Double { Routine.Item(exercise: self, dose: dose).duration }

    /// The poses worth showing on their own, in the order the exercise reaches them.
    public var keyPoses: [String] {
        var names: [String] = []
        for name in (start.map { [$0] } ?? []) + targets + cycle where !names.contains(name) { names.append(name) }
        return names
    }

    /// Each pair of poses the exercise moves between, in order: from the start through the
    /// targets (back to the first for reps), and around a cycle.
    public var moves: [(String, String)] {
        var order = (start.map { [$0] } ?? []) + targets
        if case .reps = dose, let first = targets.first { order.append(first) }
        if !cycle.isEmpty { order += cycle + [cycle[0]] }
        var pairs: [(String, String)] = []
        for (a, b) in zip(order, order.dropFirst()) where a != b && !pairs.contains(where: { $0 == (a, b) }) { pairs.append((a, b)) }
        return pairs
    }

    /// The one picture `--reduced-motion` shows: what a hold holds, or where a rep first goes.
    public var stillTarget: String { targets.first ?? start ?? "" }

    /// A named pose or frame as drawn for a side, nil if there is none by that name.
    public func picture(_ name: String, side: Side?) -> Picture? {
        switch look {
        case .skeleton(let poses, let props):
            guard let pose = poses[name] else { return nil }
            let mirror = side == .right
            let bounds = Bounds(poses: Array(poses.values), props: props)
            return .figure(mirror ? pose.mirrored : pose, props: mirror ? props.map(\.mirrored) : props,
                           bounds: mirror ? bounds.mirrored : bounds)
        case .frames(let frames):
            guard let rows = frames[name] else { return nil }
            return .frame(side == .right ? Mirror.frame(rows) : rows)
        case .body(let body):
            guard let pose = body.solved(name, side: side) else { return nil }
            return body.picture(pose, side: side)
        }
    }

    /// The picture a fraction `t` of the way from one named pose to another: 3D poses blend
    /// joint angles and stay on their contacts, hand-placed skeletons turn bone by bone, and
    /// hand-drawn frames show the target.
    public func picture(from: String, to: String, _ t: Double, side: Side?) -> Picture? {
        switch look {
        case .body(let body):
            guard let pose = body.blend(from, to, t, side: side) else { return nil }
            return body.picture(pose, side: side)
        case .skeleton:
            guard case .figure(let end, let props, let bounds)? = picture(to, side: side),
                  case .figure(let begin, _, _)? = picture(from, side: side) else { return picture(to, side: side) }
            return .figure(begin.toward(end, t), props: props, bounds: bounds)
        case .frames:
            return picture(to, side: side)
        }
    }

    /// The same pose going from the left side's limbs to the right's: the switch between sides.
    public func pictureSwitching(_ name: String, _ t: Double) -> Picture? {
        guard case .body(let body) = look else { return picture(name, side: t < 0.5 ? .left : .right) }
        guard let pose = body.blendSides(name, t) else { return nil }
        return body.picture(pose, side: t < 0.5 ? .left : .right)
    }
}

/// What the figure area shows at one moment.
public enum Picture: Sendable, Equatable {
    /// A skeleton in a pose, with its props, drawn at the scale of `bounds` (the whole
    /// exercise's extent, so the figure does not jump or resize between poses).
    case figure(Pose, props: [Prop], bounds: Bounds)
    /// A hand-drawn frame.
    case frame([String])
    /// Lines already projected from the 3D body, drawn at the scale of `bounds`.
    case drawing(Drawing, bounds: Bounds)

    /// The box the picture is drawn to the scale of, for pictures that have one.
    public var bounds: Bounds? {
        switch self {
        case .figure(_, _, let bounds), .drawing(_, let bounds): bounds
        case .frame: nil
        }
    }
}
