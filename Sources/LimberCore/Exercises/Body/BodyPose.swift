/// A pose of the 3D body, written as joint angles (degrees) plus where it stands: the pelvis's
/// place, which the contact solver finds. Forward kinematics turns it into points, so every
/// bone keeps its length; poses blend angle by angle, so limbs swing rather than shrink.
public struct BodyPose: Sendable, Equatable {
    public var angles: [Double]
    /// The pelvis: forward and up (it never moves across).
    public var rootX = 0.0
    public var rootY = 0.5

    public init() {
        angles = Array(repeating: 0, count: BodyAngle.allCases.count)
    }

    public subscript(angle: BodyAngle) -> Double {
        get { angles[angle.index] }
        set { angles[angle.index] = newValue }
    }

    /// Left and right swapped: the other side's limb does the movement. The camera stays, so
    /// the picture of the other side is a different drawing, not a mirror image.
    public var mirrored: BodyPose {
        var pose = self
        for angle in BodyAngle.allCases { pose[angle] = self[angle.mirrored] }
        return pose
    }

    /// A fraction `t` of the way to `other`, every angle and the pelvis blended.
    public func toward(_ other: BodyPose, _ t: Double) -> BodyPose {
        var pose = self
        for index in angles.indices { pose.angles[index] = angles[index] + (other.angles[index] - angles[index]) * t }
        pose.rootX = rootX + (other.rootX - rootX) * t
        pose.rootY = rootY + (other.rootY - rootY) * t
        return pose
    }

    /// Each angle held inside its anatomical range.
    public var limited: BodyPose {
        var pose = self
        for angle in BodyAngle.allCases { pose[angle] = min(angle.range.upperBound, max(angle.range.lowerBound, self[angle])) }
        return pose
    }

    /// The first angle outside its range, if any.
    public var outOfRange: BodyAngle? {
        BodyAngle.allCases.first { !$0.range.contains(self[$0]) }
    }

    // MARK: Forward kinematics

    /// Every point of the body, from the pelvis out along each chain.
    public var points: BodyPoints {
        typealias P = BodyProportions
        let radians = Angle.pi / 180
        var out = BodyPoints()
        let pelvis = Vector3(rootX, rootY, 0)
        let lower = Frame.world.pitched(self[.trunk] * radians)
        let upper = lower.pitched(self[.spine] * radians)
        out[.pelvis] = pelvis
        out[.back] = pelvis + lower.up * P.lowerTrunk
        out[.neck] = out[.back] + upper.up * P.upperTrunk
        out[.head] = out[.neck] + upper.pitched(self[.neck] * radians).up * P.neck
        for side in Side.allCases {
            let s: Double = side == .right ? 1 : -1
            let a = { (angle: BodyAngle) in self[side == .left ? angle : angle.mirrored] * radians }
            // Legs: flexion swings the thigh forward, "out" takes it to its own side, "turn"
            // rotates it about its length so the bent knee's shank points across.
            let hip = pelvis + lower.right * (s * P.halfHips)
            let thigh = lower.pitched(-a(.leftHip)).rolled(-s * a(.leftHipOut)).yawed(s * a(.leftHipTurn))
            let knee = hip + thigh.down * P.thigh
            let shank = thigh.pitched(a(.leftKnee))
            let ankle = knee + shank.down * P.shank
            let foot = shank.pitched(-a(.leftAnkle))
            let sole = ankle + foot.down * P.ankleHeight
            out[point(.leftHip, side)] = hip
            out[point(.leftKnee, side)] = knee
            out[point(.leftAnkle, side)] = ankle
            out[point(.leftHeel, side)] = sole - foot.forward * P.heelBack
            out[point(.leftToe, side)] = sole + foot.forward * P.toeAhead
            // Arms hang from the shoulders on the upper back. "Turn" rotates the upper arm about
            // its length, so a bent elbow can point out and the forearm reach across in front
            // (hands on a crossed leg) instead of the elbow always pointing back.
            let shoulder = out[.neck] + upper.right * (s * P.halfShoulders)
            let arm = upper.pitched(-a(.leftShoulder)).rolled(-s * a(.leftShoulderOut)).yawed(-s * a(.leftShoulderTurn))
            let elbow = shoulder + arm.down * P.upperArm
            let forearm = arm.pitched(-a(.leftElbow))
            out[point(.leftShoulder, side)] = shoulder
            out[point(.leftElbow, side)] = elbow
            let wrist = elbow + forearm.down * P.forearm
            out[point(.leftHand, side)] = wrist
            out[point(.leftFingers, side)] = wrist + forearm.pitched(-a(.leftWrist)).down * P.hand
        }
        return out
    }

    private func point(_ left: BodyPoint, _ side: Side) -> BodyPoint { side == .left ? left : left.mirrored }
}
