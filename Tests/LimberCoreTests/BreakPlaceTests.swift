import Foundation
import LimberCore
import LimberTestSupport
import Testing

/// A running break as another process gets it (`BreakPlace`, for `limber prompt` in a tmux
/// popup): rebuilt with the same library, it shows what the timer's own break shows, at every
/// moment; a place from outside that does not fit is refused.
@Suite struct BreakPlaceTests {
    static let library = [FixtureExercises.hold, FixtureExercises.reps]

    /// Through holds, the switch between sides, reps, a pause and the done screen: every few
    /// seconds from the start to the end of the break, whatever the routine's lengths.
    @Test func theRebuiltBreakShowsWhatTheTimersShows() throws {
        var t = Timeline(TimerSettings(breakLength: 96), library: Self.library)
        t.at(10, .startBreak)
        var time = 10.0, seen: Set<String> = [], pausedAt: Double?
        while let progress = t.state.breakProgress {
            let rebuilt = try #require(BreakPlace(progress).progress(library: Self.library))
            #expect(Cue(rebuilt) == Cue(progress), "at \(time)")
            #expect(rebuilt.remaining == progress.remaining && rebuilt.isPaused == progress.isPaused, "at \(time)")
            #expect(rebuilt.isDone == progress.isDone && rebuilt.outcomes.map(\.result) == progress.outcomes.map(\.result), "at \(time)")
            #expect(rebuilt.figureIsMoving == progress.figureIsMoving, "at \(time)")
            if let cue = Cue(progress) { seen.insert(cue.holdRemaining != nil ? "hold" : "reps") }
            if progress.isPaused { seen.insert("paused") }
            if progress.isDone { seen.insert("done") }
            time += 1.7
            // Paused for ten seconds of the second exercise.
            var event = Event.tick
            if progress.index == 1, pausedAt == nil {
                event = .toggleBreakPause
                pausedAt = time
            } else if let pausedAt, progress.isPaused, time - pausedAt >= 10 {
                event = .toggleBreakPause
            }
            t.at(time, event)
            try #require(time < 1000, "the break never ended")
        }
        #expect(seen == ["hold", "reps", "paused", "done"])
    }

    @Test func anExerciseTheLibraryLacksGivesNothing() throws {
        var t = Timeline(TimerSettings(breakLength: 96), library: Self.library)
        t.at(10, .startBreak)
        let place = BreakPlace(try #require(t.state.breakProgress))
        #expect(place.progress(library: [FixtureExercises.hold]) == nil)
    }

    /// Every count and figure is checked before anything draws it.
    @Test func aPlaceThatDoesNotFitIsRefused() throws {
        var t = Timeline(TimerSettings(breakLength: 96), library: Self.library)
        t.at(10, .startBreak)
        let good = BreakPlace(try #require(t.state.breakProgress))
        #expect(good.outOfRange == nil)
        var cases: [BreakPlace] = []
        var place = good
        place.index = 3
        cases.append(place)
        place = good
        place.index = -1
        cases.append(place)
        place = good
        place.amounts = [30]
        cases.append(place)
        place = good
        place.amounts[0] = .nan
        cases.append(place)
        place = good
        place.itemElapsed = .infinity
        cases.append(place)
        place = good
        place.elapsed = -1
        cases.append(place)
        place = good
        place.exercises[0] = String(repeating: "x", count: 201)
        cases.append(place)
        place = good
        place.results = ["done", "done", "done"]
        cases.append(place)
        place = good
        place.exercises = Array(repeating: "fixture-hold", count: 65)
        place.amounts = Array(repeating: 30, count: 65)
        cases.append(place)
        for bad in cases {
            #expect(bad.outOfRange != nil, "\(bad)")
            #expect(bad.progress(library: Self.library) == nil, "\(bad)")
        }
    }
}
