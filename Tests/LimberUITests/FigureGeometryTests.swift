import Foundation
import LimberCore
import LimberLibrary
import LimberTestSupport
import LimberUI
import Testing

/// `limber exercises show ID --pose NAME --format json`: for every built-in pose and side, the
/// geometry in the pane's dots shows every contact within half a dot, every bone its length and
/// no bone through a prop.
@Suite struct FigureGeometryTests {
    @Test func everyBuiltInPoseTouchesKeepsItsBonesAndCrossesNothing() throws {
        var checked = 0
        for exercise in FigureRendererTests.library {
            for side in exercise.sides {
                for pose in exercise.keyPoses {
                    for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
                        let text = try #require(FigureGeometry.json(exercise, pose: pose, side: side, size: size), "\(exercise.id) \(pose)")
                        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                        let contacts = try #require(json["contacts"] as? [[String: Any]])
                        #expect(!contacts.isEmpty, "\(exercise.id) \(pose) touches something")
                        for contact in contacts {
                            let gap = try #require(contact["gap_dots"] as? Double)
                            #expect(gap <= 0.5, "\(exercise.id) \(pose) \(contact["contact"] ?? "") is \(gap) dots off")
                        }
                        for bone in try #require(json["bones"] as? [[String: Any]]) {
                            let length = try #require(bone["length"] as? Double), expected = try #require(bone["expected"] as? Double)
                            #expect(abs(length - expected) <= expected * 0.03 + 0.0001, "\(exercise.id) \(pose) \(bone)")
                        }
                        #expect((json["problems"] as? [String]) == [], "\(exercise.id) \(pose)")
                        let joints = try #require(json["joints"] as? [[String: Any]])
                        #expect(joints.count == BodyPoint.allCases.count)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked >= 50)
    }

    @Test func farLimbsAreMarkedAndHandDrawnFiguresHaveNoGeometry() throws {
        let marches = try #require(FigureRendererTests.library.first { $0.id == "seated-marches" })
        let text = try #require(FigureGeometry.json(marches, pose: "left-knee-up", side: nil, size: Size(width: 80, height: 24)))
        #expect(text.contains("\"from\": \"right_hip\", \"to\": \"right_knee\", \"far\": true"))
        #expect(text.contains("\"from\": \"left_hip\", \"to\": \"left_knee\", \"far\": false"))
        #expect(FigureGeometry.json(FixtureExercises.hold, pose: "hinge", side: .left, size: Size(width: 80, height: 24)) == nil)
    }
}
