/// The joints of the stick figure. Figures are drawn in profile or from the front; either way
/// each joint has a left and a right, which may sit on the same point.
public enum Joint: String, Sendable, Hashable, CaseIterable {
    case head, neck
    /// The middle of the back, so a spine can round or arch (cat-cow, back extension).
    case back
    case leftShoulder = "left_shoulder", rightShoulder = "right_shoulder"
    case leftElbow = "left_elbow", rightElbow = "right_elbow"
    case leftHand = "left_hand", rightHand = "right_hand"
    case leftHip = "left_hip", rightHip = "right_hip"
    case leftKnee = "left_knee", rightKnee = "right_knee"
    case leftAnkle = "left_ankle", rightAnkle = "right_ankle"
    case leftFoot = "left_foot", rightFoot = "right_foot"

    /// Position in `allCases`, for poses stored as arrays.
    public var index: Int { Self.indexes[self]! }
    private static let indexes = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// The same joint on the other side (the head, neck and back are their own mirror).
    public var mirrored: Joint {
        let name = rawValue
        if name.hasPrefix("left_") { return Joint(rawValue: "right_" + name.dropFirst(5))! }
        if name.hasPrefix("right_") { return Joint(rawValue: "left_" + name.dropFirst(6))! }
        return self
    }

    /// The bones, near side last so it is drawn on top: a limb in front hides the one behind.
    public static let bones: [(Joint, Joint)] = [
        (.rightShoulder, .rightElbow), (.rightElbow, .rightHand),
        (.rightHip, .rightKnee), (.rightKnee, .rightAnkle), (.rightAnkle, .rightFoot),
        (.head, .neck), (.neck, .leftShoulder), (.neck, .rightShoulder),
        (.neck, .back), (.back, .leftHip), (.back, .rightHip), (.leftHip, .rightHip),
        (.leftHip, .leftKnee), (.leftKnee, .leftAnkle), (.leftAnkle, .leftFoot),
        (.leftShoulder, .leftElbow), (.leftElbow, .leftHand),
    ]

    /// The joint this one hangs from; the hips are the roots, and the back hangs from the
    /// point between them.
    public var parent: Joint? {
        switch self {
        case .leftHip, .rightHip, .back: nil
        case .neck: .back
        case .head, .leftShoulder, .rightShoulder: .neck
        case .leftElbow: .leftShoulder
        case .rightElbow: .rightShoulder
        case .leftHand: .leftElbow
        case .rightHand: .rightElbow
        case .leftKnee: .leftHip
        case .rightKnee: .rightHip
        case .leftAnkle: .leftKnee
        case .rightAnkle: .rightKnee
        case .leftFoot: .leftAnkle
        case .rightFoot: .rightAnkle
        }
    }

    /// Every joint, each after its parent (the back after both hips).
    public static let fromRoot: [Joint] = [
        .leftHip, .rightHip, .back, .neck, .head, .leftShoulder, .rightShoulder, .leftElbow, .rightElbow,
        .leftHand, .rightHand, .leftKnee, .rightKnee, .leftAnkle, .rightAnkle, .leftFoot, .rightFoot,
    ]

    /// Whether the joint is on the given side of the body (the head, neck and back are on neither).
    public var isLeft: Bool { rawValue.hasPrefix("left_") }
    public var isRight: Bool { rawValue.hasPrefix("right_") }

    /// A joint name without a side (`knee`) stands for both (`left_knee`, `right_knee`).
    public static func named(_ name: String) -> [Joint]? {
        if let joint = Joint(rawValue: name) { return [joint] }
        guard let left = Joint(rawValue: "left_" + name) else { return nil }
        return [left, left.mirrored]
    }

    /// Every name a pose may use, for "did you mean" and error messages.
    public static var names: [String] {
        allCases.map(\.rawValue) + ["shoulder", "elbow", "hand", "hip", "knee", "ankle", "foot"]
    }
}
