/// The named points of the body model: joints, the heel and toes, the middle of the head.
public enum BodyPoint: String, Sendable, CaseIterable {
    /// Midway between the hip joints: where the body is placed from.
    case pelvis
    case back, neck, head
    case leftShoulder = "left_shoulder", rightShoulder = "right_shoulder"
    case leftElbow = "left_elbow", rightElbow = "right_elbow"
    /// The wrist, and the fingertips at the end of the hand.
    case leftHand = "left_hand", rightHand = "right_hand"
    case leftFingers = "left_fingers", rightFingers = "right_fingers"
    case leftHip = "left_hip", rightHip = "right_hip"
    case leftKnee = "left_knee", rightKnee = "right_knee"
    case leftAnkle = "left_ankle", rightAnkle = "right_ankle"
    case leftHeel = "left_heel", rightHeel = "right_heel"
    case leftToe = "left_toe", rightToe = "right_toe"

    public var index: Int { Self.indexes[self]! }
    private static let indexes = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    public var side: Side? {
        rawValue.hasPrefix("left_") ? .left : rawValue.hasPrefix("right_") ? .right : nil
    }

    public var mirrored: BodyPoint {
        let name = rawValue
        if name.hasPrefix("left_") { return BodyPoint(rawValue: "right_" + name.dropFirst(5))! }
        if name.hasPrefix("right_") { return BodyPoint(rawValue: "left_" + name.dropFirst(6))! }
        return self
    }

    /// The bones drawn, each with its fixed length (the head's is to its middle).
    public static let bones: [(BodyPoint, BodyPoint)] = [
        (.pelvis, .back), (.back, .neck), (.neck, .head),
        (.leftHip, .rightHip), (.leftShoulder, .rightShoulder),
        (.leftShoulder, .leftElbow), (.leftElbow, .leftHand), (.leftHand, .leftFingers),
        (.rightShoulder, .rightElbow), (.rightElbow, .rightHand), (.rightHand, .rightFingers),
        (.leftHip, .leftKnee), (.leftKnee, .leftAnkle), (.leftAnkle, .leftHeel), (.leftHeel, .leftToe),
        (.rightHip, .rightKnee), (.rightKnee, .rightAnkle), (.rightAnkle, .rightHeel), (.rightHeel, .rightToe),
    ]

    /// A bone's length in body heights, the same in every pose.
    public static func length(_ bone: (BodyPoint, BodyPoint)) -> Double {
        typealias P = BodyProportions
        switch (bone.0, bone.1) {
        case (.pelvis, .back): return P.lowerTrunk
        case (.back, .neck): return P.upperTrunk
        case (.neck, .head): return P.neck
        case (.leftHip, .rightHip): return 2 * P.halfHips
        case (.leftShoulder, .rightShoulder): return 2 * P.halfShoulders
        case (.leftShoulder, .leftElbow), (.rightShoulder, .rightElbow): return P.upperArm
        case (.leftElbow, .leftHand), (.rightElbow, .rightHand): return P.forearm
        case (.leftHand, .leftFingers), (.rightHand, .rightFingers): return P.hand
        case (.leftHip, .leftKnee), (.rightHip, .rightKnee): return P.thigh
        case (.leftKnee, .leftAnkle), (.rightKnee, .rightAnkle): return P.shank
        case (.leftAnkle, .leftHeel), (.rightAnkle, .rightHeel):
            return (P.ankleHeight * P.ankleHeight + P.heelBack * P.heelBack).squareRoot()
        default: return P.heelBack + P.toeAhead
        }
    }
}

/// Where every point of the body is, in 3D.
public struct BodyPoints: Sendable, Equatable {
    public var points: [Vector3]

    public init(all point: Vector3 = .zero) {
        points = Array(repeating: point, count: BodyPoint.allCases.count)
    }

    public subscript(point: BodyPoint) -> Vector3 {
        get { points[point.index] }
        set { points[point.index] = newValue }
    }
}
