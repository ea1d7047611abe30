import LimberCore
import Testing
@testable import LimberLibrary

/// Every built-in's figure, side by side and phase by phase: it arrives at the phase's target,
/// each phase starts where the last one ended, bones keep their length, and the right side is
/// the mirror image of the left.
@Suite struct MotionTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    static func pose(_ picture: Picture?) -> Pose? {
        if case .figure(let pose, _, _)? = picture { return pose }
        return nil
    }

    static func close(_ a: Pose, _ b: Pose, within tolerance: Double = 1e-6) -> Bool {
        zip(a.points, b.points).allSatisfy { $0.distance(to: $1) <= tolerance } && a.facesRight == b.facesRight
    }

    /// The seconds at which each phase of one side begins, and their targets.
    static func phases(_ exercise: Exercise) -> [(start: Double, end: Double, target: String)] {
        switch exercise.dose {
        case .hold(let seconds):
            return [(0, seconds, exercise.targets[0])]
        case .reps(let count, let tempo, let phaseSeconds):
            return (0..<(count * tempo.count)).map { index in
                (Double(index) * phaseSeconds, Double(index + 1) * phaseSeconds, exercise.targets[index % tempo.count])
            }
        }
    }

    @Test(arguments: library.map(\.id))
    func eachPhaseEndsOnItsTargetAndTheNextStartsThere(id: String) throws {
        let exercise = try #require(Self.library.first { $0.id == id })
        let motion = Motion(exercise, dose: exercise.dose)
        for side in exercise.sides {
            var previousEnd: Pose?
            for phase in Self.phases(exercise) {
                let end = try #require(Self.pose(motion.picture(side: side, at: phase.end - 1e-9)))
                let target = try #require(Self.pose(exercise.picture(phase.target, side: side)))
                #expect(Self.close(end, target, within: 1e-4), "\(id) \(side.map(\.rawValue) ?? "") ends on \(phase.target)")
                let start = try #require(Self.pose(motion.picture(side: side, at: phase.start)))
                if let previousEnd {
                    #expect(Self.close(start, previousEnd, within: 1e-4), "\(id): a phase starting at \(phase.start) s jumps")
                } else {
                    let first = try #require(Self.pose(exercise.picture(exercise.start ?? exercise.targets.last!, side: side)))
                    #expect(Self.close(start, first), "\(id) starts from its start pose")
                }
                previousEnd = end
            }
        }
    }

    @Test(arguments: library.map(\.id))
    func bonesKeepTheirLengthThroughTheMovement(id: String) throws {
        let exercise = try #require(Self.library.first { $0.id == id })
        let motion = Motion(exercise, dose: exercise.dose)
        let reference = try #require(Self.pose(exercise.picture(exercise.keyPoses[0], side: .left)))
        for time in stride(from: 0.0, to: exercise.dose.secondsPerSide, by: 0.1) {
            let pose = try #require(Self.pose(motion.picture(side: .left, at: time)))
            for bone in Joint.bones {
                let expected = reference.length(bone), actual = pose.length(bone)
                #expect(abs(actual - expected) <= max(0.025, expected * 0.15),
                        "\(id) at \(time) s: \(bone.0.rawValue)-\(bone.1.rawValue) is \(actual), was \(expected)")
            }
        }
    }

    @Test(arguments: library.filter(\.sided).map(\.id))
    func theRightSideIsTheMirrorOfTheLeft(id: String) throws {
        let exercise = try #require(Self.library.first { $0.id == id })
        let motion = Motion(exercise, dose: exercise.dose)
        for time in stride(from: 0.0, to: exercise.dose.secondsPerSide, by: 0.35) {
            guard case .figure(let left, let leftProps, let leftBounds)? = motion.picture(side: .left, at: time),
                  case .figure(let right, let rightProps, let rightBounds)? = motion.picture(side: .right, at: time) else {
                Issue.record("\(id) has no figure")
                return
            }
            #expect(Self.close(right, left.mirrored), "\(id) at \(time) s")
            #expect(rightProps == leftProps.map(\.mirrored))
            #expect(rightBounds == leftBounds.mirrored)
            #expect(Self.close(right.mirrored, left), "mirroring twice gives the original")
        }
    }

    /// A limb swinging between two poses stays inside the extent the renderer scales to, so
    /// no frame of the movement is cut off at the edge of the figure's box.
    @Test(arguments: library.map(\.id))
    func theMovementStaysInsideTheFiguresBounds(id: String) throws {
        let exercise = try #require(Self.library.first { $0.id == id })
        let motion = Motion(exercise, dose: exercise.dose)
        for time in stride(from: 0.0, to: exercise.dose.secondsPerSide, by: 0.05) {
            guard case .figure(let pose, _, let bounds)? = motion.picture(side: .left, at: time) else { continue }
            for joint in Joint.allCases {
                let point = pose[joint]
                #expect(point.x >= bounds.minX - 1e-9 && point.x <= bounds.maxX + 1e-9
                        && point.y >= bounds.minY - 1e-9 && point.y <= bounds.maxY + 1e-9,
                        "\(id) at \(time) s: \(joint.rawValue) at \(point.x), \(point.y) is outside \(bounds)")
            }
        }
    }
}
