/// Where the figure is seen from: level with the body, from its left side (the figure faces
/// the left of the screen), from the front-left turned 30 degrees (three-quarter: left and
/// right limbs apart, the spine still in profile), from the front-left turned 60 degrees (a leg
/// crossed over the other shows as it does from the front, a lean from the hips still shows),
/// or from the front.
public enum Camera: String, Sendable, Equatable, CaseIterable {
    case side
    case threeQuarter = "three-quarter"
    case threeQuarterFront = "three-quarter-front"
    case front

    /// The unit direction from the body toward the camera.
    var toward: Vector3 {
        switch self {
        case .side: Vector3(0, 0, -1)
        case .threeQuarter: Vector3(Angle.sine(Angle.pi / 6), 0, -Angle.cosine(Angle.pi / 6))
        case .threeQuarterFront: Vector3(Angle.sine(Angle.pi / 3), 0, -Angle.cosine(Angle.pi / 3))
        case .front: Vector3(1, 0, 0)
        }
    }

    /// The screen's rightward direction: the view direction crossed with up.
    var screenRight: Vector3 {
        let d = -toward
        return Vector3(-d.z, 0, d.x)
    }

    /// A point on the screen plane: x to the right, y up (the floor stays at 0).
    public func project(_ p: Vector3) -> Point {
        Point(p.dot(screenRight), p.y)
    }

    /// How near the camera a point is: larger is nearer.
    public func depth(_ p: Vector3) -> Double { p.dot(toward) }
}
