import Synchronization

/// One named pose of a 3D figure as written: joint angles, what touches what, and the line
/// of the file it came from (for the linter's messages).
public struct BodyPoseSpec: Sendable, Equatable {
    public var name: String
    public var pose: BodyPose
    public var contacts: [Contact]
    public var line: Int

    public init(name: String, pose: BodyPose, contacts: [Contact], line: Int) {
        self.name = name
        self.pose = pose
        self.contacts = contacts
        self.line = line
    }

    /// The same pose done with the other side's limbs.
    public func on(_ side: Side?) -> BodyPoseSpec {
        guard side == .right else { return self }
        var spec = self
        spec.pose = pose.mirrored
        spec.contacts = contacts.map(\.mirrored)
        return spec
    }
}

/// An exercise drawn with the 3D body: its poses, the camera, and (worked out once, when first
/// needed) where the props stand, each pose placed on its contacts, and the box that holds
/// every pose of both sides so the figure never jumps or resizes.
public struct BodyLook: Sendable, Equatable {
    public var camera: Camera
    public var poses: [BodyPoseSpec]
    /// The pose the props are placed from: the exercise's start.
    public var reference: String
    private let cache: Cache

    public init(camera: Camera, poses: [BodyPoseSpec], reference: String?) {
        self.camera = camera
        self.poses = poses
        self.reference = reference ?? poses.first?.name ?? ""
        cache = Self.cache(for: "\(camera)|\(self.reference)|\(poses)")
    }

    /// Looks with the same poses share their placed poses: the library read again (a user file
    /// replacing a built-in with a copy, a config reload) does not solve the same figure twice.
    /// A few dozen figures at most are kept.
    private static let caches = Mutex<[String: Cache]>([:])

    private static func cache(for key: String) -> Cache {
        caches.withLock { caches in
            if let cache = caches[key] { return cache }
            if caches.count >= 64 { caches.removeAll() }
            let cache = Cache()
            caches[key] = cache
            return cache
        }
    }

    public static func == (a: BodyLook, b: BodyLook) -> Bool {
        a.camera == b.camera && a.poses == b.poses && a.reference == b.reference
    }

    public func spec(_ name: String) -> BodyPoseSpec? { poses.first { $0.name == name } }

    // MARK: Placing

    /// The props for a side, each placed from the first pose (the reference first) that rests
    /// a body part on it.
    public func props(_ side: Side?) -> [Prop.Kind: PropSolid] {
        let key = side?.rawValue ?? "none"
        if let cached = cache.state.withLock({ $0.props[key] }) { return cached }
        var placed: [Prop.Kind: PropSolid] = [.floor: .floor]
        let ordered = poses.filter { $0.name == reference } + poses.filter { $0.name != reference }
        for spec in ordered.map({ $0.on(side) }) {
            let needed = spec.contacts.compactMap { contact -> Prop.Kind? in
                if case .surface(let kind) = contact.target, placed[kind] == nil { return kind }
                return nil
            }
            guard !needed.isEmpty else { continue }
            let solver = ContactSolver(contacts: spec.contacts, props: placed, authored: spec.pose)
            let points = solver.solve(from: Self.lifted(spec, solver)).points
            for contact in spec.contacts {
                guard case .surface(let kind) = contact.target, placed[kind] == nil, let first = contact.points.first else { continue }
                placed[kind] = PropSolid.placed(kind, at: points[first])
            }
        }
        cache.state.withLock { $0.props[key] = placed }
        return placed
    }

    /// A first guess for the solver: the written pose raised or lowered so its lowest contact
    /// meets its surface.
    static func lifted(_ spec: BodyPoseSpec, _ solver: ContactSolver) -> BodyPose {
        var pose = spec.pose.limited
        pose.rootY = 0
        let points = pose.points
        var best: Double?
        for contact in spec.contacts {
            guard case .surface(let kind) = contact.target else { continue }
            for point in contact.points {
                let lift = solver.height(kind) - points[point].y
                best = max(best ?? lift, lift)
            }
        }
        pose.rootY = best ?? 0.5
        return pose
    }

    /// A named pose placed on its contacts, for a side.
    public func solved(_ name: String, side: Side?) -> BodyPose? {
        let key = name + "|" + (side?.rawValue ?? "none")
        if let cached = cache.state.withLock({ $0.solved[key] }) { return cached }
        guard let spec = spec(name)?.on(side) else { return nil }
        let solver = ContactSolver(contacts: spec.contacts, props: props(side), authored: spec.pose)
        let pose = solver.solve(from: Self.lifted(spec, solver), iterations: 200)
        cache.state.withLock { $0.solved[key] = pose }
        return pose
    }

    /// The way between two poses: angles blended, then placed again on the contacts the two
    /// share (a foot lifting off is free in between).
    public func blend(_ from: String, _ to: String, _ t: Double, side: Side?) -> BodyPose? {
        guard let a = solved(from, side: side), let b = solved(to, side: side),
              let start = spec(from)?.on(side), let end = spec(to)?.on(side) else { return nil }
        if t <= 0 { return a }
        if t >= 1 { return b }
        let shared = start.contacts.filter { end.contacts.contains($0) }
        let solver = ContactSolver(contacts: shared, props: props(side), authored: start.pose.toward(end.pose, t))
        return solver.settle(from: a.toward(b, t))
    }

    /// Between one side and the other in the same pose, placed on what both sides share.
    public func blendSides(_ name: String, _ t: Double) -> BodyPose? {
        guard let a = solved(name, side: .left), let b = solved(name, side: .right),
              let left = spec(name)?.on(.left), let right = spec(name)?.on(.right) else { return nil }
        if t <= 0 { return a }
        if t >= 1 { return b }
        let shared = left.contacts.filter { right.contacts.contains($0) }
        let solver = ContactSolver(contacts: shared, props: props(t < 0.5 ? .left : .right), authored: left.pose.toward(right.pose, t))
        return solver.settle(from: a.toward(b, t))
    }

    // MARK: Drawing

    /// The pose as seen by the camera, with the props, in body heights on the screen plane.
    public func drawing(_ pose: BodyPose, side: Side?) -> Drawing {
        let points = pose.points
        var strokes: [Drawing.Stroke] = []
        let span = floorSpan
        strokes.append(Drawing.Stroke(Point(span.lowerBound, 0), Point(span.upperBound, 0), .prop))
        for prop in props(side).values.sorted(by: { $0.kind.rawValue < $1.kind.rawValue }) {
            for line in prop.outline {
                for (a, b) in zip(line, line.dropFirst()) { strokes.append(Drawing.Stroke(camera.project(a), camera.project(b), .prop)) }
            }
        }
        let far = farSides(points)
        let headCenter = camera.project(points[.head])
        let neck = camera.project(points[.neck])
        for bone in BodyPoint.bones {
            var a = camera.project(points[bone.0]), b = camera.project(points[bone.1])
            if bone.1 == .head {
                // The neck stops at the head's edge.
                let reach = a.distance(to: b)
                b = reach > BodyProportions.headRadius ? a.toward(b, 1 - BodyProportions.headRadius / reach) : a
                a = neck
            }
            let side = bone.0.side ?? bone.1.side
            let isFar = side.map { far.contains($0) } ?? false
            // The hips' and shoulders' crossbars belong to neither side.
            let crossbar = bone.0.side != nil && bone.1.side != nil && bone.0.side != bone.1.side
            strokes.append(Drawing.Stroke(a, b, isFar && !crossbar ? .far : .near))
        }
        var drawing = Drawing(strokes: strokes, head: headCenter, headRadius: BodyProportions.headRadius)
        drawing.joints = BodyPoint.allCases.map { point in
            (point.rawValue, camera.project(points[point]), point.side.map { far.contains($0) } == true ? .far : .near)
        }
        return drawing
    }

    /// The sides whose limbs are away from the camera: by the hips for the legs' side and the
    /// shoulders for the arms'. Seen from the front, neither is.
    public func farSides(_ points: BodyPoints) -> Set<Side> {
        let left = camera.depth(points[.leftHip]) + camera.depth(points[.leftShoulder])
        let right = camera.depth(points[.rightHip]) + camera.depth(points[.rightShoulder])
        if abs(left - right) < 0.02 { return [] }
        return left < right ? [.left] : [.right]
    }

    /// Where the floor line runs: under every key pose of both sides, a little past each end.
    var floorSpan: ClosedRange<Double> {
        if let cached = cache.state.withLock({ $0.floor }) { return cached }
        var xs: [Double] = []
        for side in [Side.left, .right] {
            for spec in poses {
                guard let pose = solved(spec.name, side: side) else { continue }
                xs += pose.points.points.map { camera.project($0).x }
            }
            for prop in props(side).values { xs += prop.outline.flatMap { $0.map { camera.project($0).x } } }
        }
        let span = ((xs.min() ?? 0) - 0.06)...((xs.max() ?? 1) + 0.06)
        cache.state.withLock { $0.floor = span }
        return span
    }

    /// The box around every key pose of both sides, props and floor included.
    public var bounds: Bounds {
        if let cached = cache.state.withLock({ $0.bounds }) { return cached }
        var points: [Point] = []
        for side in [Side.left, .right] {
            for spec in poses {
                guard let pose = solved(spec.name, side: side) else { continue }
                points += drawing(pose, side: side).extremes
            }
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        let margin = 0.01
        let bounds = Bounds(minX: (xs.min() ?? 0) - margin, minY: min(0, ys.min() ?? 0) - margin,
                            maxX: (xs.max() ?? 1) + margin, maxY: (ys.max() ?? 1) + margin)
        cache.state.withLock { $0.bounds = bounds }
        return bounds
    }

    /// A pose drawn as a picture, at the scale of the whole exercise.
    public func picture(_ pose: BodyPose, side: Side?) -> Picture {
        .drawing(drawing(pose, side: side), bounds: bounds)
    }

    final class Cache: Sendable {
        struct State {
            var props: [String: [Prop.Kind: PropSolid]] = [:]
            var solved: [String: BodyPose] = [:]
            var floor: ClosedRange<Double>?
            var bounds: Bounds?
        }
        let state = Mutex(State())
    }
}
