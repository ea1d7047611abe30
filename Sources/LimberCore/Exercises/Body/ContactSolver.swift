/// Places a pose so that everything it says touches does touch: the feet on the floor, the
/// seat on the chair, a hand on the desk. A small least-squares solve (Levenberg–Marquardt)
/// moves the pelvis and, as little as it can, the joint angles the author wrote, never past
/// their anatomical range. What cannot be reached is reported by `gaps`, not hidden.
public struct ContactSolver: Sendable {
    public var contacts: [Contact]
    /// Props already placed; a surface not among them is reached only in height.
    public var props: [Prop.Kind: PropSolid]
    /// The angles as written: the solve stays as close to them as the contacts allow.
    public var authored: BodyPose
    /// Points that stay where they rest in the start pose: a hand on the floor does not slide
    /// while the back rounds above it.
    public var pins: [(point: BodyPoint, at: Vector3)] = []

    /// How hard the solve holds to the written angles, per degree, against contact errors in
    /// body heights: weak, so contacts win, strong enough to keep limbs where they were put.
    static let angleWeight = 1e-4
    /// Angles of a limb that touches nothing, and of the trunk, spine and neck, hold harder:
    /// a contact should move the limbs that reach it, not bend the back or lift a free arm.
    static let heldWeight = 1e-3
    static let rootWeight = 1e-3
    /// The solve's variables (the pelvis's two, then each angle) it leaves as written: the upper
    /// arm's turn about its length says where an elbow points, which is the author's choice; a
    /// solve free to spin the arm finds elbows pointing up to reach a hand on the floor.
    static let asWritten: Set<Int> = [2 + BodyAngle.leftShoulderTurn.index, 2 + BodyAngle.rightShoulderTurn.index]
    /// Contacts count ten times a body height of error, so they win over the written angles.
    static let contactWeight = 10.0

    /// The regularisation weight of each angle, from which limbs the contacts use.
    private var weights: [Double] = []

    /// - Parameter moving: the angles that make this pose what it is (what it changes from the
    ///   start pose): they hold like the back, so a contact gives way elsewhere (the elbow bends
    ///   as the heels rise; the ankle does not undo the rise).
    public init(contacts: [Contact], props: [Prop.Kind: PropSolid], authored: BodyPose, pins: [(point: BodyPoint, at: Vector3)] = [],
                moving: Set<BodyAngle> = []) {
        self.contacts = contacts
        self.props = props
        self.authored = authored
        self.pins = pins
        let touching = Set(contacts.flatMap { contact -> [BodyPoint] in
            if case .body(let other) = contact.target { return contact.points + [other] }
            return contact.points
        })
        weights = BodyAngle.allCases.map { angle in
            Self.limb(of: angle).contains(where: touching.contains) && !moving.contains(angle) ? Self.angleWeight : Self.heldWeight
        }
    }

    /// The points an angle moves within its own limb (none for the trunk, spine and neck).
    static func limb(of angle: BodyAngle) -> [BodyPoint] {
        let name = angle.rawValue
        let left: [BodyPoint]
        if name.hasSuffix("hip") || name.hasSuffix("hip_out") || name.hasSuffix("hip_turn") || name.hasSuffix("knee") || name.hasSuffix("ankle") {
            left = [.leftKnee, .leftAnkle, .leftHeel, .leftToe]
        } else if name.hasSuffix("shoulder") || name.hasSuffix("shoulder_out") || name.hasSuffix("shoulder_turn") || name.hasSuffix("elbow") || name.hasSuffix("wrist") {
            left = [.leftElbow, .leftHand, .leftFingers]
        } else {
            return []
        }
        return name.hasPrefix("right_") ? left.map(\.mirrored) : left
    }

    /// Height of a surface: a placed prop's top, or the standard height of its kind.
    func height(_ kind: Prop.Kind) -> Double {
        if let prop = props[kind] { return prop.top }
        switch kind {
        case .floor, .wall: return 0
        case .chair: return PropSolid.seatHeight
        case .desk: return PropSolid.deskHeight
        case .step: return PropSolid.stepHeight
        }
    }

    /// How far each contact is from touching, in body heights.
    public func gaps(_ points: BodyPoints) -> [(contact: Contact, gap: Double)] {
        contacts.map { contact in
            var worst = 0.0
            for point in contact.points {
                worst = max(worst, residual(points[point], contact.target, points).map { $0 * $0 }.reduce(0, +).squareRoot())
            }
            return (contact, worst)
        }
    }

    private func residual(_ p: Vector3, _ target: Contact.Target, _ points: BodyPoints) -> [Double] {
        switch target {
        case .body(let other):
            let q = TrunkVolume.restingPlace(on: other, points)
            return [p.x - q.x, p.y - q.y, p.z - q.z]
        case .surface(let kind):
            var out = [p.y - height(kind)]
            if let prop = props[kind], kind != .floor {
                out.append(max(0, prop.extent.x.lowerBound - p.x) + max(0, p.x - prop.extent.x.upperBound))
                out.append(max(0, prop.extent.z.lowerBound - p.z) + max(0, p.z - prop.extent.z.upperBound))
            }
            return out
        }
    }

    private func residuals(_ pose: BodyPose) -> [Double] {
        let points = pose.points
        var out: [Double] = []
        for contact in contacts {
            for point in contact.points { out += residual(points[point], contact.target, points).map { $0 * Self.contactWeight } }
        }
        for pin in pins {
            let p = points[pin.point]
            out += [p.x - pin.at.x, p.y - pin.at.y, p.z - pin.at.z].map { $0 * Self.contactWeight }
        }
        // Nothing sinks into the floor.
        for point in points.points { out.append(min(0, point.y) * Self.contactWeight) }
        for angle in BodyAngle.allCases { out.append((pose[angle] - authored[angle]) * weights[angle.index] * relax) }
        out.append((pose.rootX - authored.rootX) * Self.rootWeight)
        return out
    }

    private static func cost(_ residuals: [Double]) -> Double { residuals.reduce(0) { $0 + $1 * $1 } }

    /// The pose nearest `start` (and the written angles) with its contacts touching.
    /// Scales the pull toward the written angles: 1 while finding the shape, small when
    /// polishing the contacts.
    private var relax = 1.0

    /// The pose nearest `start` (and the written angles) with its contacts touching: first
    /// the shape, then the contacts polished with the angles almost free.
    public func solve(from start: BodyPose, iterations: Int = 40) -> BodyPose {
        let shaped = solveOnce(from: start, iterations: iterations)
        var polish = self
        polish.relax = 0.001
        return polish.solveOnce(from: shaped, iterations: max(4, iterations / 2))
    }

    /// A few steps from a pose that nearly touches already: a frame between two placed poses.
    /// One pass, no polish, and none at all when nothing is shared.
    public func settle(from start: BodyPose, iterations: Int = 2) -> BodyPose {
        // Most frames between two placed poses still touch to a ten-thousandth of the height.
        if contacts.isEmpty || contactCost(residuals(start.limited)) < 1e-6 { return start }
        return solveOnce(from: start, iterations: iterations)
    }

    private func solveOnce(from start: BodyPose, iterations: Int) -> BodyPose {
        var pose = start.limited
        var r = residuals(pose)
        var cost = Self.cost(r)
        var damping = 1e-3
        let count = 2 + BodyAngle.allCases.count
        for _ in 0..<iterations {
            // Touching to a hundred-thousandth of the height: far inside half a dot.
            if contactCost(r) < 1e-8 { break }
            // The Jacobian by forward differences: the model is small and cheap. Flat arrays,
            // one row per variable, so the sums below touch no nested array.
            let rows = r.count
            var jacobian = [Double](repeating: 0, count: count * rows)
            for variable in 0..<count where !Self.asWritten.contains(variable) {
                let step = variable < 2 ? 1e-6 : 1e-4
                var moved = pose
                Self.add(step, to: variable, of: &moved)
                let shifted = residuals(moved)
                for k in 0..<rows { jacobian[variable * rows + k] = (shifted[k] - r[k]) / step }
            }
            var normal = [Double](repeating: 0, count: count * count)
            var gradient = [Double](repeating: 0, count: count)
            jacobian.withUnsafeBufferPointer { j in
                for a in 0..<count {
                    for b in a..<count {
                        var sum = 0.0
                        for k in 0..<rows { sum += j[a * rows + k] * j[b * rows + k] }
                        normal[a * count + b] = sum
                        normal[b * count + a] = sum
                    }
                    var sum = 0.0
                    for k in 0..<rows { sum += j[a * rows + k] * r[k] }
                    gradient[a] = -sum
                }
            }
            var improved = false
            for _ in 0..<12 {
                var damped = normal
                for a in 0..<count { damped[a * count + a] += damping * (normal[a * count + a] + 1e-9) + 1e-14 }
                guard let delta = Self.solveLinear(damped, gradient, size: count) else { damping *= 10; continue }
                var trial = pose
                for variable in 0..<count { Self.add(delta[variable], to: variable, of: &trial) }
                trial = trial.limited
                let trialResiduals = residuals(trial)
                let trialCost = Self.cost(trialResiduals)
                if trialCost < cost {
                    let gain = cost - trialCost
                    (pose, r, cost) = (trial, trialResiduals, trialCost)
                    // Creeping: the written angles and the contacts have found their balance.
                    if gain < 1e-14 { return pose }
                    damping = max(1e-9, damping / 4)
                    improved = true
                    break
                }
                damping *= 8
            }
            if !improved { break }
        }
        return pose
    }

    /// The cost of the contacts and the floor alone, without the pull toward the written angles.
    private func contactCost(_ r: [Double]) -> Double {
        Self.cost(Array(r.dropLast(BodyAngle.allCases.count + 1)))
    }

    private static func add(_ value: Double, to variable: Int, of pose: inout BodyPose) {
        switch variable {
        case 0: pose.rootX += value
        case 1: pose.rootY += value
        default: pose.angles[variable - 2] += value
        }
    }

    /// Gaussian elimination with partial pivoting on a square matrix stored row by row; nil
    /// if the system is singular.
    static func solveLinear(_ matrix: [Double], _ vector: [Double], size n: Int) -> [Double]? {
        var a = matrix, b = vector
        for column in 0..<n {
            var pivot = column
            for row in column..<n where abs(a[row * n + column]) > abs(a[pivot * n + column]) { pivot = row }
            guard abs(a[pivot * n + column]) > 1e-300 else { return nil }
            if pivot != column {
                for k in 0..<n { a.swapAt(column * n + k, pivot * n + k) }
                b.swapAt(column, pivot)
            }
            for row in (column + 1)..<n {
                let factor = a[row * n + column] / a[column * n + column]
                if factor == 0 { continue }
                for k in column..<n { a[row * n + k] -= factor * a[column * n + k] }
                b[row] -= factor * b[column]
            }
        }
        var x = Array(repeating: 0.0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row * n + k] * x[k] }
            x[row] = sum / a[row * n + row]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
