import Foundation
import LimberCore
import Testing
@testable import LimberLibrary

/// Exercise files drawn with poses: what decodes, and each mistake named by file, line and field.
@Suite struct PoseFileTests {
    static let good = """
    id = "knee-lift"
    name = "Knee lift"
    where = "seated"
    helps = ["core"]
    steps = ["Sit tall.", "Lift a knee."]
    reps = 4
    tempo = ["lift", "lower"]
    seconds_per_phase = 1
    sides = true
    targets = ["up", "down"]
    start = "down"

    [[pose]]
    name = "down"
    head = [0.5, 0.9]
    neck = [0.5, 0.8]
    back = [0.5, 0.65]
    shoulder = [0.5, 0.78]
    elbow = [0.5, 0.65]
    hand = [0.5, 0.52]
    hip = [0.5, 0.5]
    knee = [0.3, 0.5]
    ankle = [0.3, 0.28]
    foot = [0.25, 0.28]

    [[pose]]
    name = "up"
    like = "down"
    left_knee = [0.32, 0.58]
    left_ankle = [0.3, 0.36]
    left_foot = [0.25, 0.36]

    [[prop]]
    kind = "chair"
    points = [[0.4, 0.48], [0.7, 0.48]]
    """

    static func decode(_ text: String) throws(ExerciseFileError) -> Exercise {
        try ExerciseDecoder.decode(text, file: "knee.toml")
    }

    @Test func theGoodFileDecodes() throws {
        let exercise = try Self.decode(Self.good)
        #expect(exercise.targets == ["up", "down"])
        #expect(exercise.start == "down")
        #expect(exercise.keyPoses == ["down", "up"])
        guard case .skeleton(let poses, let props) = exercise.look else {
            Issue.record("not a skeleton")
            return
        }
        #expect(poses["up"]?[.leftKnee] == Point(0.32, 0.58))
        #expect(poses["up"]?[.rightKnee] == Point(0.3, 0.5), "like copies the joints not given")
        #expect(poses["down"]?[.leftHip] == poses["down"]?[.rightHip], "a joint without a side sets both")
        #expect(props == [Prop(.chair, [Point(0.4, 0.48), Point(0.7, 0.48)])])
    }

    @Test(arguments: [
        ("left_knee = [0.32, 0.58]", "left_kne = [0.32, 0.58]", "pose.left_kne", "'left_kne' is not a joint (did you mean 'left_knee'?)"),
        ("targets = [\"up\", \"down\"]", "targets = [\"up\", \"sit\"]", "targets", "\"lower\" names 'sit', which is not drawn"),
        ("targets = [\"up\", \"down\"]", "targets = [\"up\"]", "targets", "expected 2 names (one for each of \"lift\", \"lower\"), found 1"),
        ("head = [0.5, 0.9]", "head = [0.5, 1.2]", "pose.head", "1.2 is outside the box"),
        ("left_ankle = [0.3, 0.36]", "left_ankle = [0.3, 0.2]", "pose", "in pose 'up' the left_knee-left_ankle bone is 0.38 long"),
        ("like = \"down\"", "like = \"sitting\"", "pose.like", "expected the name of a pose drawn above this one"),
        ("kind = \"chair\"", "kind = \"sofa\"", "prop.kind", "expected one of floor, chair, desk, step, wall"),
        ("start = \"down\"", "start = \"dwn\"", "start", "'dwn' is not drawn (did you mean 'down'?)"),
        ("foot = [0.25, 0.28]\n", "", "pose", "pose 'down' does not place left_foot"),
        ("knee = [0.3, 0.5]", "knee = 0.3", "pose.knee", "expected a point [x, y]"),
        ("name = \"up\"", "name = \"up\\u001b[2J\"", "pose.name", "use letters, digits, '-' and '_'"),
        ("name = \"Knee lift\"", "name = \"Knee\\u001b[31m lift\"", "name", "has a control character (U+1B)"),
    ])
    func mistakesNameTheLineAndField(old: String, new: String, field: String, message: String) throws {
        let text = Self.good.replacingOccurrences(of: old, with: new)
        #expect(text != Self.good)
        do {
            _ = try Self.decode(text)
            Issue.record("decoded despite \(new)")
        } catch {
            #expect(error.file == "knee.toml")
            #expect(error.field == field)
            #expect(error.message.contains(message), "\(error.message)")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = error.line
            #expect(line >= 1 && line <= lines.count)
            // The line named is the one at fault, or the header of the pose at fault.
            if !new.isEmpty, field != "pose" {
                #expect(lines[line - 1].contains(new.split(separator: "=").first!.trimmingCharacters(in: .whitespaces)), "line \(line): \(lines[line - 1])")
            } else {
                #expect(lines[line - 1] == "[[pose]]")
            }
        }
    }

    @Test func drawingBothWaysIsRefused() throws {
        let text = Self.good + "\n\n[frames]\nup = \"o\"\n"
        #expect(throws: ExerciseFileError.self) { try Self.decode(text) }
    }
}
