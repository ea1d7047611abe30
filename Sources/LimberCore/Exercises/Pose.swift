/// A point in an exercise's box: x from 0 (left) to 1 (right), y from 0 (the floor) to 1 (up).
public struct Point: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    /// The point a fraction `t` of the way to `other`.
    public func toward(_ other: Point, _ t: Double) -> Point {
        Point(x + (other.x - x) * t, y + (other.y - y) * t)
    }

    /// Left and right swapped within the box.
    public var mirrored: Point { Point(1 - x, y) }
}

/// Where every joint is, in the exercise's box.
public struct Pose: Sendable, Equatable {
    public private(set) var points: [Point]
    /// Drawn facing left, a figure's left side is the one nearer the viewer; the mirror image
    /// faces right, with its right side nearer. The far limbs are drawn fainter.
    public private(set) var facesRight = false

    /// Every joint at `point`; set them one by one with the subscript.
    public init(all point: Point = Point(0.5, 0.5)) {
        points = Array(repeating: point, count: Joint.allCases.count)
    }

    public subscript(joint: Joint) -> Point {
        get { points[joint.index] }
        set { points[joint.index] = newValue }
    }

    /// The head is a circle around its point, reaching down to the neck.
    public var headRadius: Double { self[.head].distance(to: self[.neck]) * 0.7 }

    /// The mirror image: left and right swapped, so the figure faces the other way.
    public var mirrored: Pose {
        var pose = self
        for joint in Joint.allCases { pose[joint] = self[joint.mirrored].mirrored }
        pose.facesRight.toggle()
        return pose
    }

    /// The pose a fraction `t` (0...1) of the way to `other`. Each bone turns about its parent
    /// joint, its length blending from one pose's to the other's, so a limb swings rather than
    /// shrinking through a straight line between its ends.
    public func toward(_ other: Pose, _ t: Double) -> Pose {
        if t <= 0 { return self }
        if t >= 1 { return other }
        var pose = self
        for joint in Joint.fromRoot where joint.parent == nil && joint != .back {
            pose[joint] = self[joint].toward(other[joint], t)
        }
        for joint in Joint.fromRoot where joint.parent != nil || joint == .back {
            let fromBase = self.anchor(of: joint), toBase = other.anchor(of: joint)
            let from = (x: self[joint].x - fromBase.x, y: self[joint].y - fromBase.y)
            let to = (x: other[joint].x - toBase.x, y: other[joint].y - toBase.y)
            let start = Point(0, 0).distance(to: Point(from.x, from.y)), end = Point(0, 0).distance(to: Point(to.x, to.y))
            let base = pose.anchor(of: joint)
            if start < 0.005 || end < 0.005 {
                // Too short to have a direction: blend the offset itself.
                pose[joint] = Point(base.x + from.x + (to.x - from.x) * t, base.y + from.y + (to.y - from.y) * t)
                continue
            }
            let a = Angle.of(from.x, from.y), b = Angle.of(to.x, to.y)
            let angle = a + Angle.shortest(from: a, to: b) * t
            let length = start + (end - start) * t
            pose[joint] = Point(base.x + length * Angle.cosine(angle), base.y + length * Angle.sine(angle))
        }
        return pose
    }

    /// Where a joint hangs from: its parent, or for the back the point between the hips.
    func anchor(of joint: Joint) -> Point {
        if let parent = joint.parent { return self[parent] }
        return self[.leftHip].toward(self[.rightHip], 0.5)
    }

    public func length(_ bone: (Joint, Joint)) -> Double {
        self[bone.0].distance(to: self[bone.1])
    }
}

/// Something the figure uses: a line or a path of lines (a chair, the floor, a step).
public struct Prop: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case floor, chair, desk, step, wall
    }

    public var kind: Kind
    public var points: [Point]

    public init(_ kind: Kind, _ points: [Point]) {
        self.kind = kind
        self.points = points
    }

    public var mirrored: Prop { Prop(kind, points.map(\.mirrored)) }
}

/// The smallest rectangle of the box that holds a set of figures, so each frame of an
/// exercise is drawn at the same scale and place.
public struct Bounds: Sendable, Equatable {
    public var minX, minY, maxX, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
    }

    /// Around every joint (the head with its radius) of `poses` and every point of `props`.
    public init(poses: [Pose], props: [Prop]) {
        var points = props.flatMap(\.points)
        for pose in poses {
            points += pose.points
            let head = pose[.head], radius = pose.headRadius
            points += [Point(head.x - radius, head.y - radius), Point(head.x + radius, head.y + radius)]
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        self.init(minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 1, maxY: ys.max() ?? 1)
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
}

extension Bounds {
    public var mirrored: Bounds { Bounds(minX: 1 - maxX, minY: minY, maxX: 1 - minX, maxY: maxY) }
}
