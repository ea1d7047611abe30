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

    /// `30 s hold` or `8 reps`, for lists.
    public var summary: String {
        switch self {
        case .hold(let seconds): "\(Int(saturating: seconds)) s"
        case .reps(let count, _, _): "\(count) reps"
        }
    }
}

/// The sides of a two-sided exercise.
public enum Side: String, Sendable, Equatable, CaseIterable {
    case left, right
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
    /// Whether it is done once per side (left, then right).
    public var sided: Bool
    public var safety: String?
    /// Animation frames, each a list of rows of equal width; the figure faces its left side.
    public var frames: [[String]]

    public init(id: String, name: String, place: Place, deskVariant: String? = nil, helps: [Area],
                steps: [String], dose: Dose, sided: Bool, safety: String? = nil, frames: [[String]]) {
        self.id = id
        self.name = name
        self.place = place
        self.deskVariant = deskVariant
        self.helps = helps
        self.steps = steps
        self.dose = dose
        self.sided = sided
        self.safety = safety
        self.frames = frames
    }

    public var sides: [Side?] { sided ? [.left, .right] : [nil] }

    /// Seconds for the whole exercise, both sides.
    public var duration: Double { dose.secondsPerSide * Double(sides.count) }

    /// The frames for a side: the right side is the left one mirrored.
    public func frames(for side: Side?) -> [[String]] {
        side == .right ? frames.map(Mirror.frame) : frames
    }
}
