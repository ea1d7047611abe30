import LimberCore
@testable import LimberLibrary
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
    /// last exercise's shortest dose, with no dose past three times its usual; a length longer
    /// than that allows gives the longest routine, one shorter than any exercise the shortest.
    @Test func theRoutineFitsTheBreakLength() throws {
        for space in RoutinePlanner.Space.allCases {
            for posture in Posture.allCases {
                for length in [1.0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1800, 3600, 86_400] {
                    let routine = planner(space).plan(after: posture, length: length, covered: [:], last: [])
                    let last = try #require(routine.items.last)
                    let target = min(length, RoutinePlanner.longest(routine.items.map(\.exercise)))
                    #expect(abs(routine.duration - target) <= RoutinePlanner.shortest(last.exercise),
                            "\(posture) \(space): \(routine.duration) s for \(length) s (\(routine.ids))")
                    for item in routine.items {
                        #expect(item.duration <= RoutinePlanner.longest([item.exercise]),
                                "\(item.exercise.id) past three times its dose for \(length) s")
                    }
                }
            }
        }
        #expect(planner().plan(after: .sitting, length: 30, covered: [:], last: []).duration <= 40, "30s once gave 52 s")
        #expect(planner().plan(after: .sitting, length: 300, covered: [:], last: []).items.count == 4)
        #expect(planner().plan(after: .sitting, length: 20, covered: [:], last: []).items.count == 1)
    }

    /// 24h once gave a 24-hour routine: the last exercise took up the whole difference.
    /// The guide: with the built-ins, the longest routine lasts 9 to 12 minutes.
    @Test func aVeryLongBreakIsFourExercisesAtThreeTimesTheirDose() {
        for space in RoutinePlanner.Space.allCases {
            for posture in Posture.allCases {
                let routine = planner(space).plan(after: posture, length: 86_400, covered: [:], last: [])
                #expect(routine.items.count == 4)
                #expect(routine.duration == RoutinePlanner.longest(routine.items.map(\.exercise)))
                #expect((9 * 60...12 * 60).contains(routine.duration), "\(posture) \(space): \(routine.duration) s")
            }
        }
    }

    /// 1s and 10s once gave a 20 s hamstring stretch: a break shorter than every exercise is
    /// the quickest exercise at its shortest dose.
    @Test func aVeryShortBreakIsTheShortestRoutine() {
        for space in RoutinePlanner.Space.allCases {
            for posture in Posture.allCases {
                let quickest = planner(space).eligible(after: posture).map(RoutinePlanner.shortest).min()!
                for length in [1.0, 5, quickest] {
                    let routine = planner(space).plan(after: posture, length: length, covered: [:], last: [])
                    #expect(routine.items.count == 1)
                    #expect(routine.duration == quickest, "\(posture) \(space) \(length) s: \(routine.ids) \(routine.duration) s")
                }
            }
        }
        // The quickest is still a whole minimum dose: 10 calf raises, or 5 seated cat-cows.
        #expect(planner().plan(after: .sitting, length: 1, covered: [:], last: []).ids == ["calf-raises"])
        #expect(planner().plan(after: .sitting, length: 1, covered: [:], last: []).duration == 30)
        #expect(planner().plan(after: .standing, length: 1, covered: [:], last: []).duration == 30)
        // Never the same twice: the next quickest instead (5 back extensions).
        let next = planner().plan(after: .sitting, length: 1, covered: [:], last: ["calf-raises"])
        #expect(next.ids == ["standing-back-extension"] && next.duration == 30)
    }

    /// issue 18 item 14: no break plays a hold or reps below the exercise's minimum effective
    /// dose, whatever its length; when the minimums do not fit, it plays fewer exercises. A
    /// 2-minute break once played `hold 0:17` of a 30 s stretch and `rep 1 of 3` of 5.
    @Test func noDoseBelowItsMinimumFewerExercisesInstead() throws {
        for space in RoutinePlanner.Space.allCases {
            for posture in Posture.allCases {
                for length in stride(from: 5.0, through: 900, by: 5) {
                    for last in [[], ["walk"], ["seated-cat-cow", "seated-marches"]] {
                        let routine = planner(space).plan(after: posture, length: length, covered: [:], last: last)
                        for item in routine.items {
                            #expect(item.dose.amount >= item.exercise.minimum,
                                    "\(item.exercise.id): \(item.dose.summary) in a \(length) s break, minimum \(item.exercise.minimum)")
                        }
                        if routine.items.count > 1 {
                            #expect(routine.duration <= length + RoutinePlanner.overrun, "\(length) s: \(routine.duration) s \(routine.ids)")
                        }
                    }
                }
            }
        }
        let twoMinutes = planner().plan(after: .sitting, length: 120, covered: [:], last: [])
        #expect(twoMinutes.items.allSatisfy { $0.dose.amount >= $0.exercise.minimum })
    }

    /// Every built-in states its minimum in its file; the user guide's exercise pages give it.
    @Test func everyBuiltInStatesItsMinimum() throws {
        for file in BuiltinExercises.files {
            #expect(file.text.contains("min_hold = ") || file.text.contains("min_reps = "), "\(file.name)")
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
}
