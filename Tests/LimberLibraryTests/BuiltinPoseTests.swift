import Foundation
import LimberCore
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

    /// Every key pose of every side, and the way between them, placed.
    static func frames(_ exercise: Exercise, _ look: BodyLook) -> [(name: String, pose: BodyPose)] {
        var frames: [(String, BodyPose)] = []
        for side in look.sides {
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
        let flat = try #require(look.solved("flat", side: nil)).points, up = try #require(look.solved("on-toes", side: nil)).points
        // The heels leave the floor, the toes stay, the fingertips stay on the desk.
        #expect(up[.leftHeel].y > 0.03 && flat[.leftHeel].y < 0.001)
        #expect(up[.leftToe].distance(to: flat[.leftToe]) < 0.002)
        #expect(up[.leftFingers].distance(to: flat[.leftFingers]) < 0.002)
        #expect(up[.neck].y - flat[.neck].y > 0.025)
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
}
