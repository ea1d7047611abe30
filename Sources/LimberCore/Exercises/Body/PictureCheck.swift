/// Checks of a placed pose as the viewer sees it, on the screen plane: in 3D an arm may pass
/// beside the head or a shin beside a desk leg, but drawn as lines they cross, and the picture
/// reads as an arm through the head or a leg through the desk. So no limb may come within a
/// dot of the head or of a prop it does not rest on, and what rests on something in the start
/// pose stays where it rests.
public enum PictureCheck {
    /// About one braille dot of a standing figure in an 80×24 pane, in body heights: the
    /// clearance a limb keeps from the head and from props.
    public static let clearance = 0.012

    /// An arm drawn through the head.
    public static func headProblems(_ drawing: Drawing, _ points: BodyPoints, camera: CameraView) -> [String] {
        var problems: [String] = []
        for side in Side.allCases {
            let chain: [BodyPoint] = [.leftShoulder, .leftElbow, .leftHand, .leftFingers].map { side == .left ? $0 : $0.mirrored }
            let nearest = zip(chain, chain.dropFirst()).map { a, b in
                distance(drawing.head, camera.project(points[a]), camera.project(points[b]))
            }.min() ?? 1
            if nearest < drawing.headRadius + clearance {
                problems.append("the \(side.rawValue) arm is drawn across the head; raise it clear of the head or bring the head down below it (neck)")
            }
        }
        return problems
    }

    /// A limb drawn across (or along, within a dot) a prop it does not rest on: the limbs that
    /// touch a prop may meet it, the rest keep clear.
    public static func propProblems(_ points: BodyPoints, props: [Prop.Kind: PropSolid], contacts: [Contact],
                                    camera: CameraView) -> [(bone: (BodyPoint, BodyPoint), prop: Prop.Kind, message: String)] {
        var problems: [(bone: (BodyPoint, BodyPoint), prop: Prop.Kind, message: String)] = []
        for prop in props.values.sorted(by: { $0.kind.rawValue < $1.kind.rawValue }) where prop.kind != .floor {
            let resting = Set(contacts.filter { $0.target == .surface(prop.kind) }.flatMap(\.points).flatMap(limb))
            let lines = prop.lines(camera.camera).flatMap { line in zip(line, line.dropFirst()).map { (camera.project($0), camera.project($1)) } }
            for bone in BodyPoint.bones where !resting.contains(bone.0) && !resting.contains(bone.1) {
                let a = camera.project(points[bone.0]), b = camera.project(points[bone.1])
                if lines.contains(where: { segmentDistance(a, b, $0.0, $0.1) < clearance }) {
                    problems.append((bone, prop.kind, "the \(FigureLint.words(bone.0))–\(FigureLint.words(bone.1)) bone is drawn across the \(prop.kind.rawValue); move the limb or the \(prop.kind.rawValue) clear of it"))
                }
            }
        }
        return problems
    }

    /// The points of the limb a resting point belongs to (the seat brings the hips and
    /// thighs that rest with it).
    static func limb(_ point: BodyPoint) -> [BodyPoint] {
        let arm: [BodyPoint] = [.leftShoulder, .leftElbow, .leftHand, .leftFingers]
        let leg: [BodyPoint] = [.leftHip, .leftKnee, .leftAnkle, .leftHeel, .leftToe]
        if point == .pelvis { return [.pelvis, .leftHip, .rightHip, .leftKnee, .rightKnee] }
        for chain in [arm, leg] {
            if chain.contains(point) { return chain }
            if chain.map(\.mirrored).contains(point) { return chain.map(\.mirrored) }
        }
        return [point]
    }

    /// How far a point is from a segment on the screen plane.
    static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        let t = length > 0 ? min(1, max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0
        return p.distance(to: Point(a.x + dx * t, a.y + dy * t))
    }

    /// How far apart two segments are on the screen plane (0 when they cross).
    static func segmentDistance(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Double {
        func side(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let crosses = side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0
        if crosses { return 0 }
        return min(distance(a, c, d), distance(b, c, d), distance(c, a, b), distance(d, a, b))
    }
}
