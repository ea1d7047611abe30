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

/// A camera as one side of a two-sided exercise sees it: the right side may be seen from the
/// right (the camera mirrored across the body), so the limb that does the movement is the near
/// one on both sides; a crossed leg is the case.
public struct CameraView: Sendable, Equatable {
    public var camera: Camera
    public var mirrored: Bool

    public init(_ camera: Camera, mirrored: Bool = false) {
        self.camera = camera
        self.mirrored = mirrored
    }

    /// Seen from the right is the mirror world seen from the left, turned round on the screen.
    private func seen(_ p: Vector3) -> Vector3 { mirrored ? Vector3(p.x, p.y, -p.z) : p }

    public func project(_ p: Vector3) -> Point {
        let point = camera.project(seen(p))
        return mirrored ? Point(-point.x, point.y) : point
    }

    public func depth(_ p: Vector3) -> Double { camera.depth(seen(p)) }
}
