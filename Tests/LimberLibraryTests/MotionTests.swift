import LimberCore
import Testing
@testable import LimberLibrary

/// Every built-in's figure, side by side and phase by phase: it arrives at the phase's target,
/// each phase starts where the last one ended, bones keep their length all the way, the two
/// sides are different drawings, and the movement stays inside the figure's box.
@Suite struct MotionTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    static func drawing(_ picture: Picture?) -> Drawing? {
        if case .drawing(let drawing, _)? = picture { return drawing }
        return nil
    }

    static func close(_ a: Drawing, _ b: Drawing, within tolerance: Double) -> Bool {
        a.joints.count == b.joints.count && zip(a.joints, b.joints).allSatisfy { $0.point.distance(to: $1.point) <= tolerance }
    }

    /// The seconds at which each phase of one side begins (after any switch of sides), and their targets.
    static func phases(_ exercise: Exercise, side: Side?) -> [(start: Double, end: Double, target: String)] {
        switch exercise.dose {
        case .hold(let seconds):
            let start = Motion(exercise, dose: exercise.dose).isSwitching(side: side, at: 0) ? Motion.switchSeconds : 0
            return exercise.cycle.isEmpty ? [(start, seconds, exercise.targets[0])] : []
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
            var previousEnd: Drawing?
            for phase in Self.phases(exercise, side: side).prefix(8) {
                let end = try #require(Self.drawing(motion.picture(side: side, at: phase.end - 1e-9)))
                let target = try #require(Self.drawing(exercise.picture(phase.target, side: side)))
                #expect(Self.close(end, target, within: 2e-3), "\(id) \(side.map(\.rawValue) ?? "") ends on \(phase.target)")
                let start = try #require(Self.drawing(motion.picture(side: side, at: phase.start)))
                if let previousEnd {
                    #expect(Self.close(start, previousEnd, within: 2e-3), "\(id): a phase starting at \(phase.start) s jumps")
                } else {
                    let first = try #require(Self.drawing(exercise.picture(exercise.start ?? exercise.targets.last!, side: side)))
                    #expect(Self.close(start, first, within: 2e-3), "\(id) starts from its start pose")
                }
                previousEnd = end
            }
        }
    }

    /// Every bone keeps its Drillis–Contini length in every frame of the way between poses.
    @Test(arguments: library.map(\.id))
    func bonesKeepTheirLengthThroughTheMovement(id: String) throws {
        let exercise = try #require(Self.library.first { $0.id == id })
        guard case .body(let look) = exercise.look else { Issue.record("\(id) is not a 3D figure"); return }
        for (from, to) in exercise.moves {
            for side in exercise.sides {
                for t in stride(from: 0.0, through: 1.0, by: 0.125) {
                    let pose = try #require(look.blend(from, to, t, side: side))
                    #expect(FigureLint.boneProblems(pose.points).isEmpty, "\(id) \(from) to \(to) at \(t)")
                }
            }
        }
    }

    /// The right side moves the other limbs: a different drawing, not a mirror image.
    @Test(arguments: library.filter(\.sided).map(\.id))
    func theRightSideIsADifferentDrawing(id: String) throws {
        let exercise = try #require(Self.library.first { $0.id == id })
        for target in exercise.targets {
            let left = try #require(Self.drawing(exercise.picture(target, side: .left)))
            let right = try #require(Self.drawing(exercise.picture(target, side: .right)))
            #expect(left != right, "\(id) \(target)")
        }
    }

    /// Seated marches say left, then right: the two knee-ups are different drawings.
    @Test func theMarchesLeftAndRightKneesDiffer() throws {
        let marches = try #require(Self.library.first { $0.id == "seated-marches" })
        let left = try #require(Self.drawing(marches.picture("left-knee-up", side: nil)))
        let right = try #require(Self.drawing(marches.picture("right-knee-up", side: nil)))
        #expect(left != right)
        let lifted = { (d: Drawing, name: String) in d.joints.first { $0.name == name }! }
        #expect(lifted(left, "left_knee").layer != lifted(right, "right_knee").layer, "one lifted knee near, the other far")
    }

    /// A limb swinging between two poses stays inside the extent the renderer scales to, so
    /// no frame of the movement is cut off at the edge of the figure's box.
    @Test(arguments: library.map(\.id))
    func theMovementStaysInsideTheFiguresBounds(id: String) throws {
        let exercise = try #require(Self.library.first { $0.id == id })
        let motion = Motion(exercise, dose: exercise.dose)
        for side in exercise.sides {
            for time in stride(from: 0.0, to: min(exercise.dose.secondsPerSide, 14), by: 0.25) {
                guard case .drawing(let drawing, let bounds)? = motion.picture(side: side, at: time) else { continue }
                for point in drawing.extremes {
                    #expect(point.x >= bounds.minX - 0.03 && point.x <= bounds.maxX + 0.03
                            && point.y >= bounds.minY - 0.03 && point.y <= bounds.maxY + 0.03,
                            "\(id) at \(time) s: \(point.x), \(point.y) is outside \(bounds)")
                }
            }
        }
    }
}
