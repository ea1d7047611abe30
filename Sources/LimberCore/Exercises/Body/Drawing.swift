/// A figure as lines on the screen plane, ready for any renderer: each stroke knows whether it
/// is a prop, a limb on the far side of the body, or the near side (and the spine), so the far
/// limbs can be drawn fainter and hidden where a near limb crosses them.
public struct Drawing: Sendable, Equatable {
    public enum Layer: UInt8, Sendable, Equatable, Comparable {
        case prop, far, near
        public static func < (a: Layer, b: Layer) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Stroke: Sendable, Equatable {
        public var a: Point
        public var b: Point
        public var layer: Layer

        public init(_ a: Point, _ b: Point, _ layer: Layer) {
            self.a = a
            self.b = b
            self.layer = layer
        }
    }

    public var strokes: [Stroke]
    public var head: Point
    public var headRadius: Double
    /// Named points on the screen plane (joints and contact points), for `--format json`.
    public var joints: [(name: String, point: Point, layer: Layer)] = []

    public init(strokes: [Stroke], head: Point, headRadius: Double) {
        self.strokes = strokes
        self.head = head
        self.headRadius = headRadius
    }

    public static func == (a: Drawing, b: Drawing) -> Bool {
        a.strokes == b.strokes && a.head == b.head && a.headRadius == b.headRadius
    }

    /// Every point drawn, the head's edge included.
    public var extremes: [Point] {
        strokes.flatMap { [$0.a, $0.b] } + [Point(head.x - headRadius, head.y - headRadius), Point(head.x + headRadius, head.y + headRadius)]
    }

    /// A skeleton drawn in the box (the hand-placed form): the limbs on the side away from the
    /// viewer are far.
    public init(_ pose: Pose, props: [Prop]) {
        var strokes: [Stroke] = []
        for prop in props {
            for (a, b) in zip(prop.points, prop.points.dropFirst()) { strokes.append(Stroke(a, b, .prop)) }
        }
        let neckEnd = pose[.head].toward(pose[.neck], min(1, pose.headRadius / max(0.0001, pose[.head].distance(to: pose[.neck]))))
        for bone in Joint.bones {
            let far = pose.facesRight ? bone.0.isLeft && bone.1.isLeft : bone.0.isRight && bone.1.isRight
            if bone == (.head, .neck) {
                strokes.append(Stroke(neckEnd, pose[.neck], .near))
            } else {
                strokes.append(Stroke(pose[bone.0], pose[bone.1], far ? .far : .near))
            }
        }
        self.init(strokes: strokes, head: pose[.head], headRadius: pose.headRadius)
    }
}
