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
    /// Whether a part resting on the same surface in a pose and in the reference stays where
    /// it rests in the reference (hands and knees on the floor while the back rounds). A walk
    /// cycles its feet, so it plants nothing.
    public var planted: Bool
    /// Whether the right side is seen from the right (the camera mirrored), so the moving limb
    /// is near on both sides.
    public var mirrorsCamera: Bool
    /// The pairs of poses the exercise moves between: the box holds the way between them too.
    public var moves: [(String, String)]
    /// Whether the exercise is done on each side; one done once is drawn with its left side only.
    public var sided: Bool
    /// The sides drawn.
    public var sides: [Side] { sided ? [.left, .right] : [.left] }
    /// Found (or made) the first time a pose is placed, not when the file is read: reading the
    /// library at start-up does no work for the figures a countdown never draws.
    private let handle = Handle()
    private var cache: Cache {
        handle.cache.withLock { found in
            if let found { return found }
            let cache = Self.cache(for: "\(camera)|\(reference)|\(planted)|\(poses)")
            found = cache
            return cache
        }
    }

    public init(camera: Camera, poses: [BodyPoseSpec], reference: String?, planted: Bool = true, mirrorsCamera: Bool = false,
                moves: [(String, String)] = [], sided: Bool = true) {
        self.camera = camera
        self.moves = moves
        self.sided = sided
        self.poses = poses
        self.reference = reference ?? poses.first?.name ?? ""
        self.planted = planted
        self.mirrorsCamera = mirrorsCamera
    }

    /// Looks with the same poses share their placed poses: the library read again (a user file
    /// replacing a built-in with a copy, a config reload) does not solve the same figure twice.
    /// A few dozen figures at most are kept.
    private static let caches = Mutex<[String: Cache]>([:])

    private static func cache(for key: String) -> Cache {
        caches.withLock { caches in
            if let cache = caches[key] { return cache }
            if caches.count >= 256 { caches.removeAll() }
            let cache = Cache()
            caches[key] = cache
            return cache
        }
    }

    public static func == (a: BodyLook, b: BodyLook) -> Bool {
        a.camera == b.camera && a.poses == b.poses && a.reference == b.reference && a.planted == b.planted
            && a.mirrorsCamera == b.mirrorsCamera && a.moves.map { [$0.0, $0.1] } == b.moves.map { [$0.0, $0.1] }
            && a.sided == b.sided
    }

    public func spec(_ name: String) -> BodyPoseSpec? { poses.first { $0.name == name } }

    /// The camera as a side sees it.
    public func view(_ side: Side?) -> CameraView { CameraView(camera, mirrored: mirrorsCamera && side == .right) }

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
        guard var spec = spec(name)?.on(side) else { return nil }
        let pins = name == reference ? [] : self.pins(spec.contacts, side: side)
        // A planted pose stands where the start pose stands, not back at the origin.
        if !pins.isEmpty, let start = solved(reference, side: side) { spec.pose.rootX = start.rootX }
        let solver = ContactSolver(contacts: spec.contacts, props: props(side), authored: spec.pose, pins: pins,
                                   moving: moving(spec, side: side))
        let pose = solver.solve(from: Self.lifted(spec, solver), iterations: 200)
        cache.state.withLock { $0.solved[key] = pose }
        return pose
    }

    /// Where the parts of `contacts` that rest on the same surface in the reference pose stay:
    /// there (the hands stay on the desk as the heels rise). None when nothing is planted.
    func pins(_ contacts: [Contact], side: Side?) -> [(point: BodyPoint, at: Vector3)] {
        guard planted, let reference = spec(reference)?.on(side), let placed = solved(reference.name, side: side) else { return [] }
        var pins: [(point: BodyPoint, at: Vector3)] = []
        for contact in contacts {
            guard case .surface(let kind) = contact.target else { continue }
            for point in contact.points where !pins.contains(where: { $0.point == point }) {
                let rests = reference.contacts.contains { $0.target == contact.target && $0.points.contains(point) }
                if rests, kind != .wall { pins.append((point, placed.points[point])) }
            }
        }
        return pins
    }

    /// The angles a pose changes from the reference by more than a degree: its movement.
    func moving(_ spec: BodyPoseSpec, side: Side?) -> Set<BodyAngle> {
        guard planted, spec.name != reference, let start = self.spec(reference)?.on(side) else { return [] }
        return Set(BodyAngle.allCases.filter { abs(spec.pose[$0] - start.pose[$0]) > 1 })
    }

    /// The way between two poses: angles blended, then placed again on the contacts the two
    /// share (a foot lifting off is free in between).
    public func blend(_ from: String, _ to: String, _ t: Double, side: Side?) -> BodyPose? {
        guard let a = solved(from, side: side), let b = solved(to, side: side),
              let start = spec(from)?.on(side), let end = spec(to)?.on(side) else { return nil }
        if t <= 0 { return a }
        if t >= 1 { return b }
        let shared = Self.shared(start.contacts, end.contacts)
        let solver = ContactSolver(contacts: shared, props: props(side), authored: start.pose.toward(end.pose, t), pins: pins(shared, side: side))
        return solver.settle(from: a.toward(b, t))
    }

    /// The parts that touch the same thing in both poses: a heel on the floor stays on it from
    /// a stride (heel down) to the pass (whole foot down).
    static func shared(_ a: [Contact], _ b: [Contact]) -> [Contact] {
        a.compactMap { contact in
            let common = contact.points.filter { point in b.contains { $0.target == contact.target && $0.points.contains(point) } }
            return common.isEmpty ? nil : Contact(points: common, target: contact.target, text: contact.text)
        }
    }

    /// Between one side and the other in the same pose, placed on what both sides share.
    public func blendSides(_ name: String, _ t: Double) -> BodyPose? {
        guard let a = solved(name, side: .left), let b = solved(name, side: .right),
              let left = spec(name)?.on(.left), let right = spec(name)?.on(.right) else { return nil }
        if t <= 0 { return a }
        if t >= 1 { return b }
        let shared = Self.shared(left.contacts, right.contacts)
        let solver = ContactSolver(contacts: shared, props: props(t < 0.5 ? .left : .right), authored: left.pose.toward(right.pose, t))
        return solver.settle(from: a.toward(b, t))
    }

    // MARK: Drawing

    /// The pose as seen by the camera, with the props, in body heights on the screen plane.
    public func drawing(_ pose: BodyPose, side: Side?) -> Drawing {
        let points = pose.points
        let camera = view(side)
        var strokes: [Drawing.Stroke] = []
        for (a, b) in floorEdges(side) { strokes.append(Drawing.Stroke(a, b, .prop)) }
        for prop in props(side).values.sorted(by: { $0.kind.rawValue < $1.kind.rawValue }) {
            for line in prop.lines(camera.camera) {
                for (a, b) in zip(line, line.dropFirst()) { strokes.append(Drawing.Stroke(camera.project(a), camera.project(b), .prop)) }
            }
        }
        let far = farSides(points, side: side)
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
        strokes += nose(points, camera)
        var drawing = Drawing(strokes: strokes, head: headCenter, headRadius: BodyProportions.headRadius)
        drawing.joints = BodyPoint.allCases.map { point in
            (point.rawValue, camera.project(points[point]), point.side.map { far.contains($0) } == true ? .far : .near)
        }
        return drawing
    }

    /// A short nose on the front of the head, so a figure seen from the side shows which way
    /// it faces (leaning back is not leaning forward). Seen from the front it would point at
    /// the camera, so it is left out.
    func nose(_ points: BodyPoints, _ camera: CameraView) -> [Drawing.Stroke] {
        let up = points[.head] - points[.neck]
        let length = max(1e-9, up.length)
        let forward = Vector3(up.y / length, -up.x / length, 0)
        let tip = points[.head] + forward * (BodyProportions.headRadius + Self.noseLength)
        let base = camera.project(points[.head] + forward * BodyProportions.headRadius), end = camera.project(tip)
        guard base.distance(to: end) > Self.noseLength * 0.6 else { return [] }
        return [Drawing.Stroke(base, end, .near)]
    }

    static let noseLength = 0.025

    /// The sides whose limbs are away from the camera: by the hips for the legs' side and the
    /// shoulders for the arms'. Seen from the front, neither is.
    public func farSides(_ points: BodyPoints, side: Side?) -> Set<Side> {
        let camera = view(side)
        let left = camera.depth(points[.leftHip]) + camera.depth(points[.leftShoulder])
        let right = camera.depth(points[.rightHip]) + camera.depth(points[.rightShoulder])
        if abs(left - right) < 0.02 { return [] }
        return left < right ? [.left] : [.right]
    }

    /// The floor line under every key pose of both sides and the props, a little past each
    /// end, as the side sees it (one stroke, kept as a list for the drawing and the geometry).
    public func floorEdges(_ seenFrom: Side?) -> [(Point, Point)] {
        let camera = view(seenFrom), key = camera.mirrored ? "mirrored" : "plain"
        if let cached = cache.state.withLock({ $0.floor[key] }) { return cached }
        var xs: [Double] = []
        for side in sides {
            for spec in poses {
                guard let pose = solved(spec.name, side: side) else { continue }
                xs += pose.points.points.map { camera.project($0).x }
            }
            for prop in props(side).values { xs += prop.lines(camera.camera).flatMap { $0.map { camera.project($0).x } } }
        }
        let edges = [(Point((xs.min() ?? 0) - 0.06, 0), Point((xs.max() ?? 1) + 0.06, 0))]
        cache.state.withLock { $0.floor[key] = edges }
        return edges
    }

    /// The box around every key pose of both sides and the way between them, props and floor
    /// included.
    public var bounds: Bounds {
        // Copies that move between other poses, or are done once, share the placed poses but
        // not the box.
        let key = "\(moves.map { "\($0.0)>\($0.1)" })|\(sided)|\(mirrorsCamera)"
        if let cached = cache.state.withLock({ $0.bounds[key] }) { return cached }
        // Seen from each side in turn, the right side is the left side's mirror image: its box
        // is the left's turned round (`bounds(_:)`), so the left side alone sets the scale.
        let drawn: [Side] = mirrorsCamera ? [.left] : sides
        var points: [Point] = []
        for side in drawn {
            var frames = poses.compactMap { solved($0.name, side: side) }
            for (from, to) in moves {
                frames += [0.25, 0.5, 0.75].compactMap { blend(from, to, $0, side: side) }
            }
            for pose in frames { points += drawing(pose, side: side).extremes }
        }
        // The switch between sides, through the start pose.
        for t in [0.25, 0.5, 0.75] where sided {
            if let pose = blendSides(reference, t) { points += drawing(pose, side: t < 0.5 || mirrorsCamera ? .left : .right).extremes }
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        // Deeper below the floor: the renderers draw the floor line a dot under where things
        // rest on it, so a flat foot or a shin on the floor reads.
        let margin = 0.01, below = 0.025
        let bounds = Bounds(minX: (xs.min() ?? 0) - margin, minY: min(0, ys.min() ?? 0) - below,
                            maxX: (xs.max() ?? 1) + margin, maxY: (ys.max() ?? 1) + margin)
        cache.state.withLock { $0.bounds[key] = bounds }
        return bounds
    }

    /// The box a side is drawn in: turned round for a right side seen from the right.
    public func bounds(_ side: Side?) -> Bounds {
        let box = bounds
        guard view(side).mirrored else { return box }
        return Bounds(minX: -box.maxX, minY: box.minY, maxX: -box.minX, maxY: box.maxY)
    }

    /// A pose drawn as a picture, at the scale of the whole exercise.
    public func picture(_ pose: BodyPose, side: Side?) -> Picture {
        .drawing(drawing(pose, side: side), bounds: bounds(side))
    }

    final class Handle: Sendable {
        let cache = Mutex<Cache?>(nil)
    }

    final class Cache: Sendable {
        struct State {
            var props: [String: [Prop.Kind: PropSolid]] = [:]
            var solved: [String: BodyPose] = [:]
            var floor: [String: [(Point, Point)]] = [:]
            var bounds: [String: Bounds] = [:]
        }
        let state = Mutex(State())
    }
}
