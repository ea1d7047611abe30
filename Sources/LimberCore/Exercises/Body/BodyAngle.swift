/// One joint angle of the body model, in degrees from standing at rest. Names are what exercise
/// files write; a name without a side (`knee`) sets both sides.
public enum BodyAngle: String, Sendable, CaseIterable {
    /// The pelvis and lower back leaning forward from upright (all fours is 80 to 90; 90 is a flat back).
    case trunk
    /// The bend at the middle of the back: rounding forward is positive, arching negative.
    case spine
    /// The head bending forward (chin down) is positive, looking up negative.
    case neck
    case leftHip = "left_hip", rightHip = "right_hip"
    case leftHipOut = "left_hip_out", rightHipOut = "right_hip_out"
    case leftHipTurn = "left_hip_turn", rightHipTurn = "right_hip_turn"
    case leftKnee = "left_knee", rightKnee = "right_knee"
    case leftAnkle = "left_ankle", rightAnkle = "right_ankle"
    case leftShoulder = "left_shoulder", rightShoulder = "right_shoulder"
    case leftShoulderOut = "left_shoulder_out", rightShoulderOut = "right_shoulder_out"
    case leftElbow = "left_elbow", rightElbow = "right_elbow"
    case leftWrist = "left_wrist", rightWrist = "right_wrist"
    case leftShoulderTurn = "left_shoulder_turn", rightShoulderTurn = "right_shoulder_turn"

    /// Its place in `allCases`. A switch, not a dictionary: the body is placed thousands of
    /// times a second while a pose is solved, and hashing the name would dominate.
    public var index: Int {
        switch self {
        case .trunk: 0
        case .spine: 1
        case .neck: 2
        case .leftHip: 3
        case .rightHip: 4
        case .leftHipOut: 5
        case .rightHipOut: 6
        case .leftHipTurn: 7
        case .rightHipTurn: 8
        case .leftKnee: 9
        case .rightKnee: 10
        case .leftAnkle: 11
        case .rightAnkle: 12
        case .leftShoulder: 13
        case .rightShoulder: 14
        case .leftShoulderOut: 15
        case .rightShoulderOut: 16
        case .leftElbow: 17
        case .rightElbow: 18
        case .leftWrist: 19
        case .rightWrist: 20
        case .leftShoulderTurn: 21
        case .rightShoulderTurn: 22
        }
    }

    /// The range a healthy adult reaches, in degrees (AAOS-style clinical norms, rounded; a knee
    /// or elbow may pass straight by 5 at most). The hip flexes to 140 with the knee bent: a
    /// stretch goes to the passive range (Kapandji: 120 actively, 140 passively), and a crossed
    /// leg needs it once the body leans over it. The hip turns out to 70 for the same reason:
    /// the clinical active norm is 45–60, but measured in sitting with the legs crossed healthy
    /// adults turn out 62 on average, 38 to 82 (3D motion analysis of ten sitting positions,
    /// BMC Musculoskeletal Disorders 2021, doi:10.1186/s12891-021-04487-z); the model also
    /// counts as hip what sitting takes from the pelvis tilting back (Keegan 1953). The upper arm
    /// turns in 70 and out 90 (AAOS), and comes in across the front of the body 30 (adduction,
    /// the clinical exam norm): a hand on a crossed knee with its elbow in front of the chest
    /// needs it, and the trunk check keeps an arm that comes in from passing through the body.
    /// The trunk is the body's lean, not a joint, so its range is what the exercises need: from
    /// leaning back to lying along the floor.
    public var range: ClosedRange<Double> {
        switch self {
        case .trunk: -40...135
        case .spine: -30...60
        case .neck: -45...45
        case .leftHip, .rightHip: -30...140
        case .leftHipOut, .rightHipOut: -20...45
        case .leftHipTurn, .rightHipTurn: -40...70
        case .leftKnee, .rightKnee: -5...140
        case .leftAnkle, .rightAnkle: -50...25
        case .leftShoulder, .rightShoulder: -60...180
        case .leftShoulderOut, .rightShoulderOut: -30...180
        case .leftElbow, .rightElbow: -5...150
        case .leftWrist, .rightWrist: -70...95
        case .leftShoulderTurn, .rightShoulderTurn: -90...70
        }
    }

    /// What the angle measures, for error messages.
    public var meaning: String {
        switch self {
        case .trunk: "lean forward (negative leans back)"
        case .spine: "rounding of the back (negative arches)"
        case .neck: "chin toward the chest (negative looks up)"
        case .leftHip, .rightHip: "hip flexion (negative takes the leg back)"
        case .leftHipOut, .rightHipOut: "leg out to the side"
        case .leftHipTurn, .rightHipTurn: "knee turned out"
        case .leftKnee, .rightKnee: "knee bend (negative bends it backwards)"
        case .leftAnkle, .rightAnkle: "toes up (negative points them)"
        case .leftShoulder, .rightShoulder: "arm raised forward (negative takes it back)"
        case .leftShoulderOut, .rightShoulderOut: "arm out to the side"
        case .leftElbow, .rightElbow: "elbow bend (negative bends it backwards)"
        case .leftWrist, .rightWrist: "fingers turned forward, as for a hand flat on the floor"
        case .leftShoulderTurn, .rightShoulderTurn: "arm turned in, so a bent elbow points out and the forearm crosses in front (negative turns it out)"
        }
    }

    /// The same angle on the other side (the trunk, spine and neck are their own).
    public var mirrored: BodyAngle {
        switch self {
        case .trunk: .trunk
        case .spine: .spine
        case .neck: .neck
        case .leftHip: .rightHip
        case .rightHip: .leftHip
        case .leftHipOut: .rightHipOut
        case .rightHipOut: .leftHipOut
        case .leftHipTurn: .rightHipTurn
        case .rightHipTurn: .leftHipTurn
        case .leftKnee: .rightKnee
        case .rightKnee: .leftKnee
        case .leftAnkle: .rightAnkle
        case .rightAnkle: .leftAnkle
        case .leftShoulder: .rightShoulder
        case .rightShoulder: .leftShoulder
        case .leftShoulderOut: .rightShoulderOut
        case .rightShoulderOut: .leftShoulderOut
        case .leftElbow: .rightElbow
        case .rightElbow: .leftElbow
        case .leftWrist: .rightWrist
        case .rightWrist: .leftWrist
        case .leftShoulderTurn: .rightShoulderTurn
        case .rightShoulderTurn: .leftShoulderTurn
        }
    }

    /// `knee` stands for both knees; `left_knee` for one.
    public static func named(_ name: String) -> [BodyAngle]? {
        if let angle = BodyAngle(rawValue: name) { return [angle] }
        guard let left = BodyAngle(rawValue: "left_" + name) else { return nil }
        return [left, left.mirrored]
    }

    public static var names: [String] {
        allCases.map(\.rawValue) + ["hip", "hip_out", "hip_turn", "knee", "ankle", "shoulder", "shoulder_out", "shoulder_turn", "elbow", "wrist"]
    }
}
