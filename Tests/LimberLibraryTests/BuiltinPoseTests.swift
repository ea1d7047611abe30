import Foundation
@testable import LimberCore
import Testing
@testable import LimberLibrary

/// What an exercise's own words ask of its figure, where the general linter cannot say it:
/// each check here failed on the pose a picture review rejected (issue 17).
@Suite struct BuiltinPoseTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    static func look(_ id: String) throws -> (Exercise, BodyLook) {
        let exercise = try #require(library.first { $0.id == id })
        guard case .body(let look) = exercise.look else { throw Failure("\(id) is not a 3D figure") }
        return (exercise, look)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Every key pose of every side (or of the sides given), and the way between them, placed.
    static func frames(_ exercise: Exercise, _ look: BodyLook, sides: [Side]? = nil) -> [(name: String, pose: BodyPose)] {
        var frames: [(String, BodyPose)] = []
        for side in sides ?? look.sides {
            for spec in look.poses { if let pose = look.solved(spec.name, side: side) { frames.append((spec.name, pose)) } }
            for (from, to) in exercise.moves {
                for t in [0.25, 0.5, 0.75] { if let pose = look.blend(from, to, t, side: side) { frames.append(("\(from)>\(to) \(t)", pose)) } }
            }
        }
        return frames
    }

    /// Degrees from upright of the line from `a` to `b`, forward or back.
    static func tilt(_ a: Vector3, _ b: Vector3) -> Double {
        let d = b - a
        return atan2((d.x * d.x + d.z * d.z).squareRoot(), d.y) * 180 / Double.pi
    }

    /// Calf raises: the body rises straight up on the balls of the feet, a hand still on the
    /// desk (the reviewed pose tipped 18 degrees toward the desk to keep the fingertips on it).
    @Test func calfRaisesRiseStraightUp() throws {
        let (exercise, look) = try Self.look("calf-raises")
        for (name, pose) in Self.frames(exercise, look) {
            let points = pose.points
            #expect(Self.tilt(points[.pelvis], points[.neck]) <= 3, "\(name): the trunk tips \(Self.tilt(points[.pelvis], points[.neck])) degrees")
        }
        let flat = try #require(look.solved("flat", side: nil)).points, onToes = try #require(look.solved("on-toes", side: nil))
        let up = onToes.points
        // A real rise, not a tilt you have to compare frames to see (the reviewed pose lifted the
        // heel 0.04 of the height, 3 dots at 80x24, on a 16-degree ankle): the heels 0.06 of the
        // height off the floor (over 4 dots), the feet pointed at least 25 degrees.
        #expect(up[.leftHeel].y >= 0.06 && flat[.leftHeel].y < 0.001, "the heel rises \(up[.leftHeel].y)")
        #expect(onToes[.leftAnkle] <= -25 && onToes[.rightAnkle] <= -25, "the ankle points \(onToes[.leftAnkle]) degrees")
        // The toes stay, the fingertips stay on the desk, the body rises with the heels.
        #expect(up[.leftToe].distance(to: flat[.leftToe]) < 0.002)
        #expect(up[.leftFingers].distance(to: flat[.leftFingers]) < 0.002)
        #expect(up[.neck].y - flat[.neck].y > 0.04, "the shoulders rise \(up[.neck].y - flat[.neck].y)")
    }

    /// Standing back extension: the lean is a smooth arc from the lower back (no kink between
    /// the lower and upper back), the hips forward of the knees, and the hands stay on the back
    /// of the hips, behind the body, all the way.
    @Test func theBackExtensionArcsFromTheLowerBackWithTheHandsBehind() throws {
        let (exercise, look) = try Self.look("standing-back-extension")
        for (name, pose) in Self.frames(exercise, look) {
            let points = pose.points
            // The upper back bends no more than 12 degrees on the lower back (the reviewed pose: 25).
            let lower = (points[.back] - points[.pelvis]).normalized, upper = (points[.neck] - points[.back]).normalized
            let kink = atan2(lower.cross(upper).length, lower.dot(upper)) * 180 / Double.pi
            #expect(kink <= 12, "\(name): the back kinks \(kink) degrees")
            // The hands are behind the back's surface (the reviewed pose drew the fingers through the pelvis).
            let frame = TrunkVolume.lowerFrame(points)
            for point in [BodyPoint.leftHand, .leftFingers, .rightHand, .rightFingers] {
                let behind = -(points[point] - points[.pelvis]).dot(frame.forward)
                #expect(behind >= TrunkVolume.halfDepth, "\(name): the \(point) is \(behind) behind the pelvis")
            }
        }
        let lean = try #require(look.solved("lean-back", side: nil)).points
        #expect(lean[.neck].x < lean[.pelvis].x - 0.05, "the shoulders lean back")
        #expect(lean[.leftHip].x > lean[.leftKnee].x + 0.01, "the hips move forward of the knees")
    }

    /// Seated cat-cow: the hands rest on the knees from above in every pose (the reviewed
    /// `round` pose put the wrist under the thigh). Upright, the fingertips are on the knee with
    /// the wrist at least 0.02 above it; in `arch` and `round` the palm is on the knee with the
    /// fingers hanging forward over it, planted all the way between the two. From upright the
    /// hands slide forward to the knees, the wrist never under the knee.
    @Test func seatedCatCowHandsRestOnTheKneesFromAbove() throws {
        let (exercise, look) = try Self.look("seated-cat-cow")
        for (name, pose) in Self.frames(exercise, look) {
            let points = pose.points
            for (wrist, fingers, knee) in [(BodyPoint.leftHand, BodyPoint.leftFingers, BodyPoint.leftKnee), (.rightHand, .rightFingers, .rightKnee)] {
                let above = points[wrist].y - points[knee].y
                #expect(above >= -0.001, "\(name): the \(wrist) is \(-above) under the knee")
                if name == "upright" {
                    #expect(points[fingers].distance(to: points[knee]) <= 0.005 && above >= 0.02, "\(name): the \(wrist) is \(above) above the knee")
                } else if !name.hasPrefix("upright>") {
                    #expect(points[wrist].distance(to: points[knee]) <= 0.005, "\(name): the \(wrist) is \(points[wrist].distance(to: points[knee])) off the knee")
                    #expect(points[fingers].x - points[knee].x >= 0.05 && points[fingers].y < points[knee].y,
                            "\(name): the \(fingers) do not hang forward over the knee")
                }
            }
        }
    }

    /// Seated cat-cow: `arch` reads apart from `upright`. The reviewed arch drew the upper arm
    /// down beside the spine (the elbow 0.04 H behind the back), so arm and back merged into one
    /// double line, and its back bent 25 degrees with the head tipped back 15: the same picture
    /// as upright. Now the back bends at least 28 degrees at its middle (the model's spine
    /// arches 30 at most, so the hollow cannot be deeper), the head tips back at least 20, and
    /// each arm is a line of its own: the elbow at least 0.05 H in front of the back at its
    /// height, the upper arm at least 22 degrees off the upper back, as seen from the side. A
    /// back can stand no taller than straight, so the chest cannot rise above upright's; it
    /// drops no more than 0.02 H.
    @Test func seatedCatCowArchStandsApartFromUpright() throws {
        let (_, look) = try Self.look("seated-cat-cow")
        let arch = try #require(look.solved("arch", side: nil)).points, upright = try #require(look.solved("upright", side: nil)).points
        /// Degrees `b` turns back from `a`, seen from the side (x forward, y up).
        func turn(_ a: Vector3, _ b: Vector3) -> Double { atan2(a.x * b.y - a.y * b.x, a.x * b.x + a.y * b.y) * 180 / Double.pi }
        let lower = arch[.back] - arch[.pelvis], upper = arch[.neck] - arch[.back], gaze = arch[.head] - arch[.neck]
        #expect(turn(lower, upper) >= 28, "the back bends \(turn(lower, upper)) degrees")
        #expect(turn(upper, gaze) >= 20, "the head tips back \(turn(upper, gaze)) degrees")
        for (shoulder, elbow) in [(BodyPoint.leftShoulder, BodyPoint.leftElbow), (.rightShoulder, .rightElbow)] {
            let at = arch[elbow]
            let (from, to) = at.y >= arch[.back].y ? (arch[.back], arch[.neck]) : (arch[.pelvis], arch[.back])
            let back = from.toward(to, (at.y - from.y) / (to.y - from.y))
            #expect(at.x - back.x >= 0.05, "the \(elbow) is \(at.x - back.x) in front of the back")
            let off = abs(turn(arch[.back] - arch[.neck], at - arch[shoulder]))
            #expect(off >= 22, "the upper arm runs \(off) degrees off the back")
        }
        #expect(upright[.neck].y - arch[.neck].y <= 0.02, "the chest drops \(upright[.neck].y - arch[.neck].y)")
    }

    /// Seated cat-cow: `arch` sits tall with the chest lifted forward, never slumped back in the
    /// chair (the reviewed pose tipped the whole torso back, the head 8 dots behind the hips):
    /// the shoulders in front of the hips, the middle of the back forward of the line from the
    /// hips to the shoulders (the lower back hollows), the head over the body, tipped up a little.
    @Test func seatedCatCowArchLiftsTheChestForward() throws {
        let (exercise, look) = try Self.look("seated-cat-cow")
        let arch = try #require(look.solved("arch", side: nil)).points
        #expect(arch[.neck].x - arch[.pelvis].x >= 0.03, "the shoulders are \(arch[.neck].x - arch[.pelvis].x) in front of the hips")
        #expect(arch[.head].x >= arch[.pelvis].x, "the head is \(arch[.pelvis].x - arch[.head].x) behind the hips")
        // How far the middle of the back lies forward of the straight line from hips to shoulders.
        let along = arch[.pelvis].toward(arch[.neck], (arch[.back].y - arch[.pelvis].y) / (arch[.neck].y - arch[.pelvis].y))
        #expect(arch[.back].x - along.x >= 0.03, "the back hollows by \(arch[.back].x - along.x)")
        let upperBack = arch[.neck] - arch[.back], gaze = arch[.head] - arch[.neck]
        let lift = atan2(upperBack.x * gaze.y - upperBack.y * gaze.x, upperBack.dot(gaze)) * 180 / Double.pi
        #expect(lift >= 5 && lift <= 30, "the head tips back \(lift) degrees from the upper back")
        // On the way between the poses the shoulders never go behind the hips.
        for (name, pose) in Self.frames(exercise, look) {
            #expect(pose.points[.neck].x >= pose.points[.pelvis].x - 0.01, "\(name): the shoulders are behind the hips")
        }
    }

    /// Bird dog: a flat tabletop back, the arm and the leg reaching out nearly level and level
    /// with each other, the back foot pointed down and back (the reviewed pose sloped the back
    /// 13 degrees up to the shoulders, so the arm climbed 10 degrees while the leg was flat,
    /// and the foot hung straight down like a shin). The leg is level with the back, within
    /// -3..4 degrees, and the raised heel no more than 0.03 H (3 dots at 80x24) over the back:
    /// the second review saw the leg 11 degrees up and the heel 16 dots over the back, against
    /// "level with your body" and the warning about arching. The arm lifts a little, to clear
    /// the head.
    @Test func birdDogReachesLevelWithTheBack() throws {
        let (_, look) = try Self.look("bird-dog")
        for side in look.sides {
            for pose in ["all-fours", "reach"] {
                let points = try #require(look.solved(pose, side: side)).points
                let back = Self.rise(points[.pelvis], points[.neck])
                #expect(abs(back) <= 3, "\(side) \(pose): the back slopes \(back) degrees")
            }
            let points = try #require(look.solved("reach", side: side)).points
            let (shoulder, fingers, hip, ankle, heel, toe): (BodyPoint, BodyPoint, BodyPoint, BodyPoint, BodyPoint, BodyPoint) = side == .left
                ? (.leftShoulder, .leftFingers, .rightHip, .rightAnkle, .rightHeel, .rightToe)
                : (.rightShoulder, .rightFingers, .leftHip, .leftAnkle, .leftHeel, .leftToe)
            let arm = Self.rise(points[shoulder], points[fingers]), leg = -Self.rise(points[ankle], points[hip])
            #expect(arm <= 8 && arm >= -3, "\(side): the arm climbs \(arm) degrees")
            #expect(leg <= 4 && leg >= -3, "\(side): the leg climbs \(leg) degrees")
            #expect(abs(arm - leg) <= 8, "\(side): the arm is at \(arm) degrees and the leg at \(leg)")
            let back = max(points[.pelvis].y, points[.back].y, points[.neck].y)
            #expect(points[heel].y - back <= 0.03, "\(side): the heel is \(points[heel].y - back) over the back")
            let foot = Self.rise(points[heel], points[toe])
            #expect(foot <= -30 && foot >= -70, "\(side): the back foot points \(foot) degrees from level")
            let drawing = look.drawing(look.solved("reach", side: side)!, side: side)
            let at = Dictionary(uniqueKeysWithValues: drawing.joints.map { ($0.name, $0.point) })
            let chain = ["shoulder", "elbow", "hand", "fingers"].compactMap { at["\(shoulder.side!.rawValue)_\($0)"] }
            let gap = zip(chain, chain.dropFirst()).map { PictureCheck.distance(drawing.head, $0, $1) }.min() ?? 0
            #expect(gap - drawing.headRadius >= PictureCheck.clearance, "\(side): the arm is \(gap - drawing.headRadius) from the head")
        }
    }

    /// Walk: the arms read as arms in every pose, not lines on the torso (the reviewed stand
    /// and pass poses hung them along the trunk, so the figure looked armless): each wrist at
    /// least 0.05 of the height (3.5 dots at 80x24) in front of or behind the line from the hips
    /// to the shoulders.
    @Test func walkArmsHangClearOfTheTorso() throws {
        let (_, look) = try Self.look("walk")
        for spec in look.poses {
            let points = try #require(look.solved(spec.name, side: nil)).points
            for wrist in [BodyPoint.leftHand, .rightHand] {
                let along = points[.pelvis].toward(points[.neck], (points[wrist].y - points[.pelvis].y) / (points[.neck].y - points[.pelvis].y))
                #expect(abs(points[wrist].x - along.x) >= 0.05, "\(spec.name): the \(wrist) is \(points[wrist].x - along.x) off the torso")
            }
        }
    }

    /// Cat-cow: in `cat` the back rounds up between straight arms, the hands still under the
    /// shoulders: the elbows bend no more than 5 degrees (the reviewed cat bent them 19, so
    /// the support arm looked kinked), and the middle of the back is the highest point of the
    /// spine, above the hips and the shoulders.
    @Test func catCowCatRoundsTheBackOverStraightArms() throws {
        let (_, look) = try Self.look("cat-cow")
        let cat = try #require(look.solved("cat", side: nil))
        for elbow in [BodyAngle.leftElbow, .rightElbow] {
            #expect(abs(cat[elbow]) <= 5, "the \(elbow) bends \(cat[elbow]) degrees")
        }
        let points = cat.points
        #expect(points[.back].y - max(points[.pelvis].y, points[.neck].y) >= 0.02, "the middle of the back is not the top of the hump")
    }

    /// Cat-cow: in `cow` the belly sinks, so the middle of the back is the lowest point of the
    /// spine, at least 0.02 of the height (2 dots at 80x24) below both the hips and the
    /// shoulders: a U, not a ramp (the reviewed cow's back was level with the hips), and the
    /// head lifts above the shoulders. All fours starts from a flat back.
    @Test func catCowCowSagsTheBackBetweenHipsAndShoulders() throws {
        let (_, look) = try Self.look("cat-cow")
        let start = try #require(look.solved("all-fours", side: nil)).points
        #expect(abs(Self.rise(start[.pelvis], start[.neck])) <= 3, "all fours: the back is not flat")
        let points = try #require(look.solved("cow", side: nil)).points
        #expect(min(points[.pelvis].y, points[.neck].y) - points[.back].y >= 0.02, "the middle of the back does not sag")
        #expect(points[.head].y - points[.neck].y >= 0.05, "the head does not lift")
    }

    /// Degrees above level of the line from `a` forward to `b` (the body faces +x).
    static func rise(_ a: Vector3, _ b: Vector3) -> Double {
        let d = b - a
        return atan2(d.y, abs(d.x)) * 180 / Double.pi
    }

    /// Standing bird dog: the reaching arm passes clear of the head in the picture, by at least
    /// 0.04 of the height (three dots at 80x24; the reviewed pose grazed it at two).
    @Test func standingBirdDogReachesClearOfTheHead() throws {
        let (_, look) = try Self.look("standing-bird-dog")
        for side in look.sides {
            let pose = try #require(look.solved("reach", side: side))
            let drawing = look.drawing(pose, side: side)
            let at = Dictionary(uniqueKeysWithValues: drawing.joints.map { ($0.name, $0.point) })
            for arm in ["left", "right"] {
                let chain = ["shoulder", "elbow", "hand", "fingers"].compactMap { at["\(arm)_\($0)"] }
                let gap = zip(chain, chain.dropFirst()).map { PictureCheck.distance(drawing.head, $0, $1) }.min() ?? 0
                #expect(gap - drawing.headRadius >= 0.04, "\(side): the \(arm) arm is \(gap - drawing.headRadius) from the head")
            }
        }
    }

    /// Seated marches: sitting near the front of the chair, the hips within 0.03 of the height
    /// of the seat's front edge (the reviewed pose sat 0.15 back, mid-seat).
    @Test func seatedMarchesSitNearTheFrontOfTheSeat() throws {
        let (_, look) = try Self.look("seated-marches")
        let chair = try #require(look.props(nil)[.chair])
        for name in ["seated", "left-knee-up", "right-knee-up"] {
            let pose = try #require(look.solved(name, side: nil))
            #expect(chair.extent.x.upperBound - pose.points[.pelvis].x <= 0.03, "\(name)")
        }
    }

    /// Seated figure-four, on both sides and on the way into the lean: the support foot flat
    /// under its knee (the reviewed pose put it 0.15 of the height in front), the crossed ankle
    /// on the other knee with the crossed knee out to its own side, the far hand holding the
    /// crossed shin and the near palm on the seat, the elbows in front of the shoulders' plane or
    /// beside the trunk (the reviewed near elbow stuck out behind the back), and in `lean` the back
    /// hinged forward from the hips, long (the reviewed lean tipped 15 degrees).
    @Test func seatedFigureFourCrossesAnAnkleOnTheKneeAndHingesFromTheHips() throws {
        let (exercise, look) = try Self.look("seated-figure-four")
        let chair = try #require(look.props(nil)[.chair])
        for side in look.sides {
            let crossed: Side = side == .right ? .right : .left, support: Side = crossed == .left ? .right : .left
            func point(_ left: BodyPoint, _ side: Side) -> BodyPoint { side == .left ? left : left.mirrored }
            var frames = ["crossed", "lean"].compactMap { name in look.solved(name, side: side).map { (name, $0) } }
            for (from, to) in exercise.moves {
                frames += [0.25, 0.5, 0.75].compactMap { t in look.blend(from, to, t, side: side).map { ("\(from)>\(to) \(t)", $0) } }
            }
            for (name, pose) in frames {
                let p = pose.points
                let knee = p[point(.leftKnee, support)], ankle = p[point(.leftAnkle, support)]
                #expect(abs(ankle.x - knee.x) <= 0.03, "\(side) \(name): the support ankle is \(ankle.x - knee.x) in front of its knee")
                #expect(p[point(.leftHeel, support)].y < 0.002 && p[point(.leftToe, support)].y < 0.002, "\(side) \(name): the support foot is flat")
                let crossedAnkle = p[point(.leftAnkle, crossed)], crossedKnee = p[point(.leftKnee, crossed)]
                #expect(crossedAnkle.distance(to: knee) <= 0.01, "\(side) \(name): the crossed ankle is \(crossedAnkle.distance(to: knee)) from the other knee")
                let outward = (crossedKnee.z - p[point(.leftHip, crossed)].z) * (crossed == .left ? -1 : 1)
                #expect(outward >= 0.04, "\(side) \(name): the crossed knee is \(outward) out from its hip")
                // No elbow behind the back's surface.
                let up = (p[.neck] - p[.back]).normalized, across = p[.rightShoulder] - p[.leftShoulder]
                let forward = up.cross((across - up * across.dot(up)).normalized)
                for elbow in [BodyPoint.leftElbow, .rightElbow] {
                    let behind = -(p[elbow] - p[.back]).dot(forward)
                    #expect(behind <= TrunkVolume.halfDepth, "\(side) \(name): the \(elbow) is \(behind) behind the back")
                }
                // The far hand holds the crossed shin (its palm or its fingertips); the near palm
                // rests on the seat.
                let far = [point(.leftHand, support), point(.leftFingers, support)]
                let gap = far.map { Self.distance(p[$0], crossedKnee, crossedAnkle) }.min() ?? 1
                #expect(gap <= 0.01, "\(side) \(name): the far hand is \(gap) from the crossed shin")
                let palm = p[point(.leftHand, crossed)]
                #expect(abs(palm.y - chair.top) <= 0.01, "\(side) \(name): the near palm is \(palm.y - chair.top) above the seat")
            }
            let upright = try #require(look.solved("crossed", side: side)).points, lean = try #require(look.solved("lean", side: side)).points
            #expect(Self.tilt(upright[.pelvis], upright[.neck]) <= 3, "\(side): sits tall")
            #expect(Self.tilt(lean[.pelvis], lean[.neck]) >= 17, "\(side): the lean is \(Self.tilt(lean[.pelvis], lean[.neck])) degrees")
            // A long back: the lower and upper back in one line.
            let lower = (lean[.back] - lean[.pelvis]).normalized, upper = (lean[.neck] - lean[.back]).normalized
            #expect(lower.dot(upper) >= 0.999, "\(side): the back bends in the lean")
        }
    }

    /// Seated figure-four: no hand rests on the crossed knee. The safety line says "Do not press
    /// down on the knee; let it drop by itself", and the reviewed picture put the near palm right
    /// there (0.00 from it); a user copies the picture. Each hand point stays at least 0.05 of
    /// the height from the crossed knee, on both sides, upright, leaning and on the way between.
    @Test func seatedFigureFourLeavesTheCrossedKneeFree() throws {
        let (exercise, look) = try Self.look("seated-figure-four")
        #expect(exercise.safety?.contains("press down on the knee") == true)
        for side in look.sides {
            let knee: BodyPoint = side == .right ? .rightKnee : .leftKnee
            for (name, pose) in Self.frames(exercise, look, sides: [side]) {
                for hand in [BodyPoint.leftHand, .leftFingers, .rightHand, .rightFingers] {
                    let gap = pose.points[hand].distance(to: pose.points[knee])
                    #expect(gap >= 0.05, "\(side) \(name): the \(hand) is \(gap) from the crossed knee")
                }
            }
        }
    }

    /// Seated figure-four: the near arm stays behind the back line on the screen. The reviewed
    /// near arm came from the back end of the shoulder line across the spine to the crossed knee
    /// and made a narrow V under the head, so the straight back of the lean was hard to pick out
    /// (worst in `--figure blocks`). Now the near shoulder, elbow and palm all lie behind the line
    /// from the pelvis through the back to the neck, on both sides, upright, leaning and between.
    @Test func seatedFigureFourNearArmStaysBehindTheBackLine() throws {
        let (exercise, look) = try Self.look("seated-figure-four")
        for side in look.sides {
            let view = look.view(side)
            let near: [BodyPoint] = side == .right ? [.rightShoulder, .rightElbow, .rightHand] : [.leftShoulder, .leftElbow, .leftHand]
            for (name, pose) in Self.frames(exercise, look, sides: [side]) {
                let p = pose.points
                let pelvis = view.project(p[.pelvis]), back = view.project(p[.back]), neck = view.project(p[.neck])
                // The figure faces the way its knees point on the screen.
                let forward: Double = view.project(p[.leftKnee]).x < pelvis.x ? -1 : 1
                for joint in near {
                    let at = view.project(p[joint])
                    let (from, to) = at.y >= back.y ? (back, neck) : (pelvis, back)
                    let spineX = from.x + (to.x - from.x) * (at.y - from.y) / (to.y - from.y)
                    #expect((at.x - spineX) * forward <= -0.01, "\(side) \(name): the near \(joint) is \((at.x - spineX) * forward) in front of the back line")
                }
            }
        }
    }

    /// How far a point is from the segment from `a` to `b`, in 3D.
    static func distance(_ p: Vector3, _ a: Vector3, _ b: Vector3) -> Double {
        let d = b - a, length = d.dot(d)
        let t = length > 0 ? min(1, max(0, (p - a).dot(d) / length)) : 0
        return p.distance(to: a + d * t)
    }
}
