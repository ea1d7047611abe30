import Foundation
import LimberCore
import Testing
@testable import LimberLibrary

/// The figure linter: every built-in passes; a pose that floats, crosses a prop, stretches a
/// bone or bends a knee backwards is refused with its file and line.
@Suite struct FigureLintTests {
    @Test(arguments: BuiltinExercises.files.map(\.name))
    func everyBuiltInPasses(file: String) throws {
        let text = try #require(BuiltinExercises.files.first { $0.name == file }?.text)
        let exercise = try ExerciseDecoder.decode(text, file: file, lint: false)
        #expect(FigureCheck.problems(exercise).map(\.description) == [])
    }

    static func file(_ poses: String) -> String {
        """
        id = "test-move"
        name = "Test move"
        where = "seated"
        helps = ["hips"]
        steps = ["Sit.", "Move."]
        hold = 20
        sides = false
        targets = ["b"]
        start = "a"
        camera = "side"

        [[pose]]
        name = "a"
        contacts = ["seat on chair", "feet on floor"]
        hip = 85
        knee = 85

        \(poses)
        """
    }

    static func refusal(_ text: String) -> ExerciseFileError? {
        do {
            _ = try ExerciseDecoder.decode(text, file: "move.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func aGoodPosePasses() {
        #expect(Self.refusal(Self.file("[[pose]]\nname = \"b\"\nlike = \"a\"\nleft_hip = 110\ncontacts = [\"seat on chair\", \"right_foot on floor\"]")) == nil)
    }

    @Test func aFloatingPoseIsRefused() throws {
        let error = try #require(Self.refusal(Self.file("[[pose]]\nname = \"b\"\nlike = \"a\"\ncontacts = []")))
        #expect(error.line == 18 && error.file == "move.toml")
        #expect(error.message.contains("floats"))
    }

    @Test func aContactThatCannotBeReachedIsRefused() throws {
        // Standing straight cannot keep the seat on the chair and the feet on the floor.
        let error = try #require(Self.refusal(Self.file("[[pose]]\nname = \"b\"\ncontacts = [\"seat on chair\", \"feet on floor\", \"left_heel on right_knee\"]")))
        #expect(error.line == 18)
        #expect(error.message.contains("does not touch"), "\(error.message)")
    }

    @Test func aLegThroughTheChairIsRefused() throws {
        // The leg swung back and down through the seat.
        let error = try #require(Self.refusal(Self.file("[[pose]]\nname = \"b\"\nlike = \"a\"\nleft_hip = -30\nleft_knee = 0\ncontacts = [\"seat on chair\", \"right_foot on floor\"]")))
        #expect(error.line == 18)
        #expect(error.message.contains("passes through the chair"), "\(error.message)")
    }

    @Test func aKneeBentBackwardsIsRefusedWhereItIsWritten() throws {
        let error = try #require(Self.refusal(Self.file("[[pose]]\nname = \"b\"\nlike = \"a\"\nleft_knee = -20\ncontacts = [\"seat on chair\", \"right_foot on floor\"]")))
        #expect(error.line == 21 && error.field == "pose.left_knee")
        #expect(error.message.contains("backwards"))
    }

    @Test func aStretchedBoneIsFound() {
        var points = BodyPose().points
        #expect(FigureLint.boneProblems(points).isEmpty)
        points[.leftKnee] = points[.leftKnee] + Vector3(0, -0.05, 0)
        let problems = FigureLint.boneProblems(points)
        #expect(problems.contains { $0.contains("left hip–left knee") })
    }

    @Test func aSidedExerciseWhoseSidesLookAlikeIsRefused() throws {
        let text = Self.file("[[pose]]\nname = \"b\"\nlike = \"a\"\ntrunk = 20").replacingOccurrences(of: "sides = false", with: "sides = true")
        let error = try #require(Self.refusal(text))
        #expect(error.message.contains("same"), "\(error.message)")
    }

    @Test func contactsAndCameraAreReadWithLocatedErrors() throws {
        let unknown = try #require(Self.refusal(Self.file("[[pose]]\nname = \"b\"\nlike = \"a\"\ncontacts = [\"nose on floor\"]")))
        #expect(unknown.line == 21 && unknown.message.contains("nose"))
        let camera = try #require(Self.refusal(Self.file("").replacingOccurrences(of: "camera = \"side\"", with: "camera = \"above\"")))
        #expect(camera.line == 10 && camera.message.contains("three-quarter"))
    }
}
