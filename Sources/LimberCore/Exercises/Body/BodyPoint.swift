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

    /// Its place in `allCases`. A switch, not a dictionary: the body is placed thousands of
    /// times a second while a pose is solved, and hashing the name would dominate.
    public var index: Int {
        switch self {
        case .pelvis: 0
        case .back: 1
        case .neck: 2
        case .head: 3
        case .leftShoulder: 4
        case .rightShoulder: 5
        case .leftElbow: 6
        case .rightElbow: 7
        case .leftHand: 8
        case .rightHand: 9
        case .leftFingers: 10
        case .rightFingers: 11
        case .leftHip: 12
        case .rightHip: 13
        case .leftKnee: 14
        case .rightKnee: 15
        case .leftAnkle: 16
        case .rightAnkle: 17
        case .leftHeel: 18
        case .rightHeel: 19
        case .leftToe: 20
        case .rightToe: 21
        }
    }

    public var side: Side? {
        rawValue.hasPrefix("left_") ? .left : rawValue.hasPrefix("right_") ? .right : nil
    }

    public var mirrored: BodyPoint {
        switch self {
        case .pelvis: .pelvis
        case .back: .back
        case .neck: .neck
        case .head: .head
        case .leftShoulder: .rightShoulder
        case .rightShoulder: .leftShoulder
        case .leftElbow: .rightElbow
        case .rightElbow: .leftElbow
        case .leftHand: .rightHand
        case .rightHand: .leftHand
        case .leftFingers: .rightFingers
        case .rightFingers: .leftFingers
        case .leftHip: .rightHip
        case .rightHip: .leftHip
        case .leftKnee: .rightKnee
        case .rightKnee: .leftKnee
        case .leftAnkle: .rightAnkle
        case .rightAnkle: .leftAnkle
        case .leftHeel: .rightHeel
        case .rightHeel: .leftHeel
        case .leftToe: .rightToe
        case .rightToe: .leftToe
        }
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
