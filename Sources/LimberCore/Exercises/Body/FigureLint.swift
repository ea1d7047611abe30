/// Checks a 3D figure the way a physical therapist would look at it: every bone its length,
/// every joint in its range, everything that should touch touching, no limb through a prop or
/// the floor, the two sides of a sided exercise different drawings, and the whole movement
/// inside its box. Each problem names the pose and its line in the file.
public enum FigureLint {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var pose: String
        public var line: Int
        public var message: String
        public var description: String { "pose '\(pose)': \(message)" }
    }

    /// How far a bone may differ from its length (3 %).
    public static let boneTolerance = 0.03
    /// The largest pane a figure is checked for; contacts must touch within half a dot there.
    public static let largestPane = (width: 200, height: 60)

    /// Half a braille dot at the largest pane, in body heights: the most a contact may miss by.
    public static func halfDot(_ bounds: Bounds) -> Double {
        let cellWidthsPerHeight = min(Double(largestPane.width) / max(0.01, bounds.width),
                                      Double(largestPane.height) * 2 / max(0.01, bounds.height))
        return 0.5 / (cellWidthsPerHeight * 2)
    }

    /// Every problem with the figure; `sided` asks that left and right differ, and `moves`
    /// lists the pairs of poses the exercise moves between, to check the way between them.
    public static func check(_ look: BodyLook, sided: Bool, moves: [(String, String)]) -> [Problem] {
        var problems: [Problem] = []
        let bounds = look.bounds
        let tolerance = halfDot(bounds)
        for spec in look.poses {
            if spec.contacts.isEmpty {
                problems.append(Problem(pose: spec.name, line: spec.line,
                                        message: "nothing touches, so the figure floats; say what rests on what, like contacts = [\"feet on floor\"]"))
                continue
            }
            if let angle = spec.pose.outOfRange {
                problems.append(Problem(pose: spec.name, line: spec.line, message: rangeMessage(angle, spec.pose[angle])))
            }
            for side in look.sides {
                guard let pose = look.solved(spec.name, side: side) else { continue }
                let solver = ContactSolver(contacts: spec.on(side).contacts, props: look.props(side), authored: spec.on(side).pose)
                let named = side == .right ? " (right side)" : ""
                for (contact, gap) in solver.gaps(pose.points) where gap > tolerance {
                    problems.append(Problem(pose: spec.name, line: spec.line,
                                            message: "'\(contact.text)'\(named) does not touch: \(percent(gap)) of the body's height away; the joint angles cannot reach it"))
                }
                problems += placement(pose.points, props: look.props(side), spec: spec, note: named)
                if let angle = pose.outOfRange {
                    problems.append(Problem(pose: spec.name, line: spec.line, message: rangeMessage(angle, pose[angle]) + named))
                }
                for message in trunkProblems(pose.points) {
                    problems.append(Problem(pose: spec.name, line: spec.line, message: message + named))
                }
                let drawing = look.drawing(pose, side: side)
                for message in PictureCheck.headProblems(drawing, pose.points, camera: look.view(side)) {
                    problems.append(Problem(pose: spec.name, line: spec.line, message: message + named))
                }
                let crossings = PictureCheck.propProblems(pose.points, props: look.props(side), contacts: spec.on(side).contacts, camera: look.view(side))
                for crossing in crossings {
                    // A bone already found through the prop in 3D is not named again for the picture.
                    let through = "the \(words(crossing.bone.0))–\(words(crossing.bone.1)) bone passes through the \(crossing.prop.rawValue)"
                    guard !problems.contains(where: { $0.message.hasPrefix(through) }) else { continue }
                    problems.append(Problem(pose: spec.name, line: spec.line, message: crossing.message + named))
                }
                if spec.name != look.reference {
                    for pin in look.pins(spec.on(side).contacts, side: side) where pose.points[pin.point].distance(to: pin.at) > tolerance {
                        problems.append(Problem(pose: spec.name, line: spec.line,
                                                message: "the \(words(pin.point)) slides \(percent(pose.points[pin.point].distance(to: pin.at))) of the height from where it rests in '\(look.reference)'\(named); it should stay put, so change the angles that reach it"))
                    }
                }
                for point in drawing.extremes where !inside(point, look.bounds(side)) {
                    problems.append(Problem(pose: spec.name, line: spec.line, message: "the figure leaves its box\(named)"))
                    break
                }
            }
        }
        if sided {
            let oneSided = look.poses.contains { spec in
                guard let left = look.solved(spec.name, side: .left), let right = look.solved(spec.name, side: .right) else { return false }
                let a = look.drawing(left, side: .left), b = look.drawing(right, side: .right)
                // Visibly different: a joint moved by a dot at 80×24, or near and far swapped.
                return zip(a.joints, b.joints).contains { $0.point.distance(to: $1.point) > PictureCheck.clearance || $0.layer != $1.layer }
            }
            if !oneSided, let first = look.poses.first {
                problems.append(Problem(pose: first.name, line: first.line,
                                        message: "the exercise is done on each side, but every pose is the same on both; move one side's limbs"))
            }
        }
        // The way between poses stays in the box and out of the props.
        for (from, to) in moves {
            guard let spec = look.spec(to) else { continue }
            for side in look.sides {
                for t in [0.25, 0.5, 0.75] {
                    guard let pose = look.blend(from, to, t, side: side) else { continue }
                    if look.drawing(pose, side: side).extremes.contains(where: { !inside($0, look.bounds(side), slack: 0.03) }) {
                        problems.append(Problem(pose: spec.name, line: spec.line, message: "on the way from '\(from)' the figure leaves its box"))
                        break
                    }
                }
            }
        }
        var seen = Set<String>()
        return problems.filter { seen.insert($0.description).inserted }
    }

    /// How far the head may tip from upright, forward or back, when the words say to look
    /// ahead: a small nod reads as looking ahead, the 58 degrees a review measured read as the
    /// head thrown back.
    public static let lookAheadTilt = 20.0

    /// The words' "look ahead" against the picture: in every pose of both sides, and on the
    /// way between them, the head (neck to the middle of the head) stays within
    /// `lookAheadTilt` of upright.
    public static func lookAheadProblems(_ look: BodyLook, moves: [(String, String)]) -> [Problem] {
        var problems: [Problem] = []
        for spec in look.poses {
            var frames = look.sides.compactMap { look.solved(spec.name, side: $0) }
            for (from, to) in moves where to == spec.name {
                for side in look.sides { frames += [0.25, 0.5, 0.75].compactMap { look.blend(from, to, $0, side: side) } }
            }
            guard let worst = frames.map(headTilt).max(), worst > lookAheadTilt else { continue }
            problems.append(Problem(pose: spec.name, line: spec.line,
                                    message: "the words say to look ahead, but the head tips \(Int(worst.rounded())) degrees from upright (at most \(Int(lookAheadTilt))); bring the neck angle back toward the trunk's lean"))
        }
        return problems
    }

    /// The head's tilt from upright, in degrees, forward or back.
    public static func headTilt(_ pose: BodyPose) -> Double {
        let points = pose.points
        let up = points[.head] - points[.neck]
        let horizontal = (up.x * up.x + up.z * up.z).squareRoot()
        return Angle.of(up.y, horizontal) * 180 / Angle.pi
    }

    /// Bone lengths, the floor and the props, for one placed pose.
    public static func placement(_ points: BodyPoints, props: [Prop.Kind: PropSolid], spec: BodyPoseSpec, note: String = "") -> [Problem] {
        var problems: [Problem] = []
        for message in boneProblems(points) { problems.append(Problem(pose: spec.name, line: spec.line, message: message + note)) }
        for point in BodyPoint.allCases where points[point].y < -0.004 {
            problems.append(Problem(pose: spec.name, line: spec.line, message: "the \(words(point)) sinks into the floor\(note)"))
        }
        for bone in BodyPoint.bones {
            for prop in props.values.sorted(by: { $0.kind.rawValue < $1.kind.rawValue }) {
                let inside = prop.solids.map { $0.overlap(points[bone.0], points[bone.1], margin: 0.004) }.max() ?? 0
                if inside > 0.02 {
                    problems.append(Problem(pose: spec.name, line: spec.line,
                                            message: "the \(words(bone.0))–\(words(bone.1)) bone passes through the \(prop.kind.rawValue)\(note)"))
                }
            }
        }
        return problems
    }

    /// An arm inside the trunk: a hand on the back that pokes through the pelvis, an elbow
    /// through the chest. Hands rest on the body's surface (`hands on hips` is the back of the
    /// pelvis).
    public static func trunkProblems(_ points: BodyPoints) -> [String] {
        Side.allCases.compactMap { side in
            guard let inside = TrunkVolume.armSamples(points, side: side).first(where: { TrunkVolume.contains($0.at, points) }) else { return nil }
            return "the \(side.rawValue) \(inside.name) is inside the trunk; rest the hand on the body's surface, like \"hands on hips\" for the back of the pelvis"
        }
    }

    /// Each bone against its fixed length, ±3 %.
    public static func boneProblems(_ points: BodyPoints) -> [String] {
        var problems: [String] = []
        for bone in BodyPoint.bones {
            let expected = BodyPoint.length(bone), actual = points[bone.0].distance(to: points[bone.1])
            if abs(actual - expected) > boneTolerance * expected {
                problems.append("the \(words(bone.0))–\(words(bone.1)) bone is \(percent(actual)) of the height long, not \(percent(expected))")
            }
        }
        return problems
    }

    static func rangeMessage(_ angle: BodyAngle, _ value: Double) -> String {
        "\(angle.rawValue) = \(Int(value.rounded())) is outside its range \(Int(angle.range.lowerBound)) to \(Int(angle.range.upperBound)) degrees (\(angle.meaning))"
    }

    static func inside(_ point: Point, _ bounds: Bounds, slack: Double = 1e-6) -> Bool {
        point.x >= bounds.minX - slack && point.x <= bounds.maxX + slack && point.y >= bounds.minY - slack && point.y <= bounds.maxY + slack
    }

    static func words(_ point: BodyPoint) -> String { point.rawValue.replacingUnderscores }

    static func percent(_ value: Double) -> String {
        let tenths = Int((min(1000, max(0, value)) * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10) %"
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
