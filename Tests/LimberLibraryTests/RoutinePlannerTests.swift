import LimberCore
import Testing
@testable import LimberLibrary

/// The planner over the built-in library: the built-ins give it enough to follow its rules
/// (the rules themselves are tested on a small fixture library in LimberCoreTests).
@Suite struct RoutinePlannerTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    func planner(_ space: RoutinePlanner.Space = .desk) -> RoutinePlanner {
        RoutinePlanner(library: Self.library, space: space)
    }

    @Test func floorExercisesOnlyWithFloorSpace() {
        let desk = planner(.desk).eligible(after: .sitting) + planner(.desk).eligible(after: .standing)
        #expect(!desk.contains { $0.place == .floor })
        let floor = planner(.floor).eligible(after: .standing)
        #expect(floor.contains { $0.id == "cat-cow" })
        #expect(floor.contains { $0.id == "bird-dog" })
    }

    /// The rule the user guide states: the routine fits the break length, give or take the
    /// last exercise's shortest dose.
    @Test func theRoutineFitsTheBreakLength() throws {
        for space in RoutinePlanner.Space.allCases {
            for posture in Posture.allCases {
                for length in [5.0, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600] {
                    let routine = planner(space).plan(after: posture, length: length, covered: [:], last: [])
                    let last = try #require(routine.items.last)
                    #expect(abs(routine.duration - length) <= RoutinePlanner.shortest(last.exercise),
                            "\(posture) \(space): \(routine.duration) s for \(length) s (\(routine.ids))")
                }
            }
        }
        #expect(planner().plan(after: .sitting, length: 30, covered: [:], last: []).duration <= 40, "30s once gave 52 s")
        #expect(planner().plan(after: .sitting, length: 300, covered: [:], last: []).items.count == 4)
        #expect(planner().plan(after: .sitting, length: 20, covered: [:], last: []).items.count == 1)
    }

    @Test func aDayOfBreaksCoversTheFourAreas() {
        for posture in Posture.allCases {
            var covered: [Area: Int] = [:]
            var last: [String] = []
            for _ in 0..<3 {
                let routine = planner().plan(after: posture, length: 120, covered: covered, last: last)
                for item in routine.items { for area in item.exercise.helps { covered[area, default: 0] += 1 } }
                last = routine.ids
            }
            for area in Area.daily { #expect(covered[area, default: 0] > 0, "\(posture) misses \(area)") }
        }
    }
}
