/// The trunk as a solid: the model draws the body as lines, but a hand that rests on the back
/// must rest on its surface, not inside it (a review saw fingers "poke through the pelvis").
/// The trunk is an elliptic cylinder around its middle line, from a little below the hip
/// joints (the buttocks) to the shoulders, as deep and as wide as an adult's waist: ANSUR II
/// (2012) waist depth about 0.13 and hip breadth about 0.2 of stature, a little less here so a
/// hand just touching is not counted inside.
public enum TrunkVolume {
    /// Half the trunk's depth (front to back) and half its width, in body heights.
    public static let halfDepth = 0.06
    public static let halfWidth = 0.09
    /// How far below the hip joints the solid reaches (the buttocks).
    public static let below = 0.05

    /// The back of the pelvis behind a hip joint, where the heels of the hands "on the hips" rest
    /// (the fingers pointing down): a little above
    /// the joint (toward the top of the pelvis), on the back surface, at the side of the hips
    /// (the arm has no rotation in the model to fold a hand in toward the spine).
    public static let handOnHipBack = 0.065
    public static let handOnHipUp = 0.04
    public static let handOnHipOut = 0.02

    /// Where a part resting on a body point touches it: a knee at the knee; a hip at the back of
    /// the pelvis beside it, outside the trunk.
    public static func restingPlace(on target: BodyPoint, _ points: BodyPoints) -> Vector3 {
        guard target == .leftHip || target == .rightHip else { return points[target] }
        let frame = lowerFrame(points)
        let out = target == .leftHip ? -handOnHipOut : handOnHipOut
        return points[target] + frame.right * out + frame.up * handOnHipUp - frame.forward * handOnHipBack
    }

    /// The lower trunk's axes from the placed points: up the lower back, right across the hips.
    public static func lowerFrame(_ points: BodyPoints) -> Frame {
        frame(up: points[.back] - points[.pelvis], across: points[.rightHip] - points[.leftHip])
    }

    static func frame(up: Vector3, across: Vector3) -> Frame {
        let up = up.normalized
        let right = (across - up * across.dot(up)).normalized
        return Frame(forward: up.cross(right), up: up, right: right)
    }

    /// Whether a point is inside the trunk: within either of its two parts (hips to the middle
    /// of the back, and on to the shoulders), each an elliptic cylinder about its middle line.
    public static func contains(_ p: Vector3, _ points: BodyPoints) -> Bool {
        let parts: [(from: Vector3, to: Vector3, across: Vector3, extra: Double)] = [
            (points[.pelvis], points[.back], points[.rightHip] - points[.leftHip], below),
            (points[.back], points[.neck], points[.rightShoulder] - points[.leftShoulder], 0),
        ]
        for part in parts {
            let length = part.from.distance(to: part.to)
            let frame = frame(up: part.to - part.from, across: part.across)
            let d = p - part.from
            let along = d.dot(frame.up)
            guard along >= -part.extra, along <= length else { continue }
            let f = d.dot(frame.forward) / halfDepth, r = d.dot(frame.right) / halfWidth
            if f * f + r * r < 1 { return true }
        }
        return false
    }

    /// The points along each arm that must stay outside the trunk: elbow, forearm, wrist, hand
    /// and fingertips.
    public static func armSamples(_ points: BodyPoints, side: Side) -> [(name: String, at: Vector3)] {
        let chain: [BodyPoint] = side == .left ? [.leftElbow, .leftHand, .leftFingers] : [.rightElbow, .rightHand, .rightFingers]
        let names = ["elbow", "forearm", "wrist", "hand", "fingertips"]
        let at = [points[chain[0]], points[chain[0]].toward(points[chain[1]], 0.5), points[chain[1]],
                  points[chain[1]].toward(points[chain[2]], 0.5), points[chain[2]]]
        return zip(names, at).map { ($0, $1) }
    }
}
