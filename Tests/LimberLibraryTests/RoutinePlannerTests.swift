import LimberCore
import Testing
@testable import LimberLibrary

@Suite struct RoutinePlannerTests {
    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    func planner(_ space: RoutinePlanner.Space = .desk) -> RoutinePlanner {
        RoutinePlanner(library: Self.library, space: space)
    }

    @Test func afterSittingTheRoutineIsStandingAndMoving() {
        let routine = planner().plan(after: .sitting, length: 120, covered: [:], last: [])
        #expect((2...4).contains(routine.items.count))
        #expect(routine.items.allSatisfy { $0.exercise.place == .standing })
    }

    @Test func afterStandingTheRoutineIsSeated() {
        let routine = planner().plan(after: .standing, length: 120, covered: [:], last: [])
        #expect((2...4).contains(routine.items.count))
        #expect(routine.items.allSatisfy { $0.exercise.place == .seated })
    }

    @Test func floorExercisesOnlyWithFloorSpace() {
        let desk = planner(.desk).eligible(after: .sitting) + planner(.desk).eligible(after: .standing)
        #expect(!desk.contains { $0.place == .floor })
        let floor = planner(.floor).eligible(after: .standing)
        #expect(floor.contains { $0.id == "cat-cow" })
        #expect(floor.contains { $0.id == "bird-dog" })
    }

    @Test func theLengthIsRoughlyTheBreakLength() {
        for length in [120.0, 300.0] {
            let routine = planner().plan(after: .sitting, length: length, covered: [:], last: [])
            #expect(abs(routine.duration - length) <= length * 0.35, "\(routine.duration) for \(length)")
        }
        #expect(planner().plan(after: .sitting, length: 300, covered: [:], last: []).items.count == 4)
    }

    @Test func neverTheSameRoutineTwiceInARow() {
        for posture in Posture.allCases {
            var covered: [Area: Int] = [:]
            var last: [String] = []
            for _ in 0..<12 {
                let routine = planner().plan(after: posture, length: 120, covered: covered, last: last)
                #expect(Set(routine.ids) != Set(last), "\(posture): \(routine.ids)")
                for item in routine.items { for area in item.exercise.helps { covered[area, default: 0] += 1 } }
                last = routine.ids
            }
        }
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

    @Test func anEmptyLibraryGivesAPlainBreak() {
        let routine = RoutinePlanner(library: [], space: .desk).plan(after: .sitting, length: 120, covered: [:], last: [])
        #expect(routine.items.isEmpty)
    }
}
