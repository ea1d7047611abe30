import LimberCore
import LimberTestSupport
import Testing

/// The planner's rules on a small library made in code (the built-ins are checked against
/// the same rules in LimberLibraryTests).
@Suite struct RoutinePlannerRulesTests {
    func planner(_ space: RoutinePlanner.Space = .desk) -> RoutinePlanner {
        RoutinePlanner(library: FixtureExercises.library, space: space)
    }

    @Test func afterSittingTheRoutineIsStanding() {
        let routine = planner().plan(after: .sitting, length: 120, covered: [:], last: [])
        // Three of these at their usual doses (the fixtures' minimums) overrun 2 minutes: two.
        #expect(routine.items.count == 2)
        #expect(routine.items.allSatisfy { $0.exercise.place == .standing })
    }

    @Test func afterStandingTheRoutineIsSeated() {
        let routine = planner().plan(after: .standing, length: 120, covered: [:], last: [])
        #expect(routine.items.count == 3)
        #expect(routine.items.allSatisfy { $0.exercise.place == .seated })
    }

    @Test func floorExercisesOnlyWithFloorSpace() {
        for posture in Posture.allCases {
            #expect(!planner(.desk).eligible(after: posture).contains { $0.place == .floor })
            #expect(Set(planner(.floor).eligible(after: posture).filter { $0.place == .floor }.map(\.id)) == ["floor-rock", "floor-reach"])
        }
    }

    /// Within the last exercise's shortest dose of the length asked for, or of the longest
    /// routine the exercises allow (no dose past three times its usual).
    @Test func theRoutineFitsTheBreakLength() throws {
        for space in RoutinePlanner.Space.allCases {
            for posture in Posture.allCases {
                for length in [5.0, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600] {
                    let routine = planner(space).plan(after: posture, length: length, covered: [:], last: [])
                    let last = try #require(routine.items.last)
                    let target = min(length, RoutinePlanner.longest(routine.items.map(\.exercise)))
                    #expect(abs(routine.duration - target) <= RoutinePlanner.shortest(last.exercise),
                            "\(posture) \(space): \(routine.duration) s for \(length) s (\(routine.ids))")
                }
            }
        }
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

    /// The least covered areas come first: after a morning of hamstrings and lower back, the
    /// seated routine leads with hip flexors and core.
    @Test func itSteersTowardAreasNotYetCovered() throws {
        let routine = planner().plan(after: .standing, length: 40, covered: [.hamstrings: 3, .lowerBack: 3], last: [])
        #expect(routine.ids == ["seat-march"])
    }

    @Test func anEmptyLibraryGivesAPlainBreak() {
        let routine = RoutinePlanner(library: [], space: .desk).plan(after: .sitting, length: 120, covered: [:], last: [])
        #expect(routine.items.isEmpty)
    }

    @Test func theRoutineUsesWhatTheLibraryHolds() {
        let library = [FixtureExercises.hold, FixtureExercises.reps]
        let routine = RoutinePlanner(library: library, space: .desk).plan(after: .sitting, length: 96, covered: [:], last: [])
        #expect(Set(routine.ids) == ["fixture-hold", "fixture-reps"])
    }
}
