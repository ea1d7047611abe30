/// A box in the body's world, for the solid parts of props.
public struct Box3: Sendable, Equatable {
    public var low: Vector3
    public var high: Vector3

    public init(_ low: Vector3, _ high: Vector3) {
        self.low = low
        self.high = high
    }

    /// The part of the segment from `a` to `b` inside the box shrunk by `margin` on every side,
    /// as a fraction of the segment (0 when it stays outside): slab clipping.
    public func overlap(_ a: Vector3, _ b: Vector3, margin: Double) -> Double {
        var enter = 0.0, leave = 1.0
        let start = [a.x, a.y, a.z], delta = [b.x - a.x, b.y - a.y, b.z - a.z]
        let lows = [low.x + margin, low.y + margin, low.z + margin], highs = [high.x - margin, high.y - margin, high.z - margin]
        for axis in 0..<3 {
            if lows[axis] >= highs[axis] { return 0 }
            if abs(delta[axis]) < 1e-12 {
                if start[axis] < lows[axis] || start[axis] > highs[axis] { return 0 }
                continue
            }
            var t0 = (lows[axis] - start[axis]) / delta[axis], t1 = (highs[axis] - start[axis]) / delta[axis]
            if t0 > t1 { swap(&t0, &t1) }
            enter = max(enter, t0)
            leave = min(leave, t1)
            if enter >= leave { return 0 }
        }
        return leave - enter
    }
}

/// A prop placed in the body's world: its solid parts (no bone may pass through them), the
/// surface the body rests on, and the lines it is drawn with. Each prop's size is a standard
/// one in body heights; where it stands comes from the contact that uses it.
public struct PropSolid: Sendable, Equatable {
    public var kind: Prop.Kind
    public var solids: [Box3]
    /// The top the body rests on: its height and its extent forward and across.
    public var top: Double
    public var extent: (x: ClosedRange<Double>, z: ClosedRange<Double>)
    public var outline: [[Vector3]]
    /// The lines drawn when seen from the front, if they differ from the outline (a chair).
    public var fromFront: [[Vector3]]?

    /// The lines drawn for a camera.
    public func lines(_ camera: Camera) -> [[Vector3]] {
        camera == .side || camera == .threeQuarter ? outline : fromFront ?? outline
    }

    public static func == (a: PropSolid, b: PropSolid) -> Bool {
        a.kind == b.kind && a.solids == b.solids && a.top == b.top && a.extent.x == b.extent.x
            && a.extent.z == b.extent.z && a.outline == b.outline && a.fromFront == b.fromFront
    }

    /// Standard heights: a chair seat a little under knee height (45 cm for 175 cm), a low step
    /// (17 cm), and a fixed desk: 75 cm for a 170 cm adult, within the 72–76 cm of EN 527-1's
    /// fixed-height desk (74 typical; US desks, ANSI/BIFMA, are 29–30 in). Fingertips hang at
    /// 0.377 of the height, so a hand resting on the top has the elbow bent and room for the
    /// body to rise onto the toes (0.42, a 74 cm desk for a 176 cm adult, left calf raises
    /// 6 cm of rise and a 16-degree ankle).
    public static let seatHeight = 0.25
    public static let deskHeight = 0.44
    public static let stepHeight = 0.1

    /// The prop of `kind` placed for a body part resting at `point`.
    public static func placed(_ kind: Prop.Kind, at point: Vector3) -> PropSolid {
        switch kind {
        case .chair: chair(frontEdge: point.x + 0.005)
        case .desk: desk(nearEdge: point.x - 0.015)
        case .step: step(under: point)
        case .floor, .wall: floor
        }
    }

    public static let floor = PropSolid(kind: .floor, solids: [], top: 0, extent: (-10...10, -10...10), outline: [])

    /// Sitting near the front edge: the seat runs back from just in front of the hips, with
    /// the back rest at the rear and a leg near each corner. The seat is 0.28 of the height wide
    /// (49 cm for 175 cm, an office chair's), wider than the hips, so hands can rest on it
    /// beside them.
    static func chair(frontEdge front: Double) -> PropSolid {
        // The front legs stand a little in from the edge, so the legs of the chair do not
        // line up under a trunk sitting at the edge.
        let rear = front - 0.24, h = seatHeight, w = 0.14, leg = 0.03, back = 0.3, legs = front - 0.045
        let solids = [
            Box3(Vector3(rear, h - 0.03, -w), Vector3(front, h, w)),
            Box3(Vector3(rear - 0.03, h, -w), Vector3(rear, h + back, w)),
            Box3(Vector3(legs - leg, 0, -w), Vector3(legs, h - 0.03, -w + leg)),
            Box3(Vector3(legs - leg, 0, w - leg), Vector3(legs, h - 0.03, w)),
            Box3(Vector3(rear, 0, -w), Vector3(rear + leg, h - 0.03, -w + leg)),
            Box3(Vector3(rear, 0, w - leg), Vector3(rear + leg, h - 0.03, w)),
        ]
        // Seen from the side (or nearly), the chair is its profile: front leg, seat, back rest
        // and rear leg, drawn once at the body's middle. Seen from the front it is the seat's
        // front edge and sides and the front legs; the back rest would cross the body.
        let profile = [
            [Vector3(legs, 0, 0), Vector3(legs, h, 0)],
            [Vector3(front, h, 0), Vector3(rear, h, 0), Vector3(rear, h + back, 0)],
            [Vector3(rear, h, 0), Vector3(rear, 0, 0)],
        ]
        var fromFront = [[Vector3(rear, h, -w), Vector3(front, h, -w), Vector3(front, h, w), Vector3(rear, h, w)]]
        for z in [-w, w] { fromFront.append([Vector3(legs, 0, z), Vector3(legs, h, z)]) }
        var chair = PropSolid(kind: .chair, solids: solids, top: h, extent: (rear...front, -w...w), outline: profile)
        chair.fromFront = fromFront
        return chair
    }

    /// A desk the body faces: its near edge just behind the fingertips resting on it (2.5 cm for
    /// 175 cm), its top running away from the body, a leg set in from each end. The legs stand
    /// 12 cm in, as on a desk with a frame, so feet standing close under the top (a hand on the
    /// desk with the arm nearly straight, for calf raises) are not drawn across a leg.
    static func desk(nearEdge near: Double) -> PropSolid {
        let far = near + 0.3, h = deskHeight, inset = 0.07
        let solids = [
            Box3(Vector3(near, h - 0.03, -0.6), Vector3(far, h, 0.6)),
            Box3(Vector3(near + inset - 0.015, 0, -0.6), Vector3(near + inset + 0.015, h - 0.03, -0.57)),
            Box3(Vector3(far - inset - 0.015, 0, -0.6), Vector3(far - inset + 0.015, h - 0.03, -0.57)),
        ]
        let outline = [
            [Vector3(near, h, 0), Vector3(far, h, 0)],
            [Vector3(near + inset, h, 0), Vector3(near + inset, 0, 0)],
            [Vector3(far - inset, h, 0), Vector3(far - inset, 0, 0)],
        ]
        return PropSolid(kind: .desk, solids: solids, top: h, extent: (near...far, -0.6...0.6), outline: outline)
    }

    /// A low step under the heel, the foot's front free above it.
    static func step(under heel: Vector3) -> PropSolid {
        let back = heel.x - 0.12, front = heel.x + 0.05, h = stepHeight
        let solids = [Box3(Vector3(back, 0, heel.z - 0.12), Vector3(front, h, heel.z + 0.12))]
        let z = heel.z
        let outline = [[Vector3(back, 0, z), Vector3(back, h, z), Vector3(front, h, z), Vector3(front, 0, z)]]
        return PropSolid(kind: .step, solids: solids, top: h, extent: (back...front, (heel.z - 0.12)...(heel.z + 0.12)), outline: outline)
    }
}
