import Foundation
import LimberCore
import LimberLibrary
import LimberTestSupport
import LimberUI

/// Timer states worth drawing, reached through the real engine on a fake clock.
enum ScreenFixtures {
    static let sizes: [(String, Size)] = [
        ("80x24", Size(width: 80, height: 24)),
        ("40x12", Size(width: 40, height: 12)),
        ("120x40", Size(width: 120, height: 40)),
        ("tiny", Size(width: 18, height: 4)),
    ]

    static func main() -> Timeline {
        var t = Timeline()
        t.at(minutes(12) + 34)
        return t
    }

    static func due() -> Timeline {
        var t = Timeline()
        t.at(minutes(46) + 5)
        return t
    }

    static func dueWithoutSnooze() -> Timeline {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(45), .snooze)
        t.at(minutes(50))
        t.at(minutes(50), .snooze)
        t.at(minutes(55))
        t.at(minutes(55), .snooze)
        t.at(minutes(60) + 20)
        return t
    }

    static func onBreak() -> Timeline {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(45), .startBreak)
        t.at(minutes(45) + 35)
        return t
    }

    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    /// A routine in progress: 12 s into the first exercise of a break after sitting.
    static func playing(seconds: Double = 12) -> Timeline {
        var t = Timeline(TimerSettings(breakLength: 120), library: library)
        t.at(minutes(45))
        t.at(minutes(45), .startBreak)
        t.at(minutes(45) + seconds)
        return t
    }

    /// A break with room for the floor, `seconds` into it: bird dog (reaching at 14 s), then
    /// cat-cow (in `cow` at 110.9 s).
    static func playingOnTheFloor(seconds: Double = 12) -> Timeline {
        let floor = library.filter { ["cat-cow", "bird-dog"].contains($0.id) }
        var t = Timeline(TimerSettings(breakLength: 180, space: .floor), library: floor)
        t.at(minutes(45))
        t.at(minutes(45), .startBreak)
        t.at(minutes(45) + seconds)
        return t
    }

    /// Bird dog paused on its longest step (three lines at 38 columns).
    static func pausedOnTheFloor() -> Timeline {
        var t = playingOnTheFloor(seconds: 26)
        t.at(t.now, .toggleBreakPause)
        return t
    }

    /// The same break, at a rep exercise, paused.
    static func pausedReps() -> Timeline {
        var t = playing(seconds: 1)
        while t.state.breakProgress?.current.map({ if case .reps = $0.dose { true } else { false } }) == false {
            t.at(t.now, .nextExercise)
        }
        t.at(t.now + 4)
        t.at(t.now, .toggleBreakPause)
        return t
    }

    static func doneScreen() -> Timeline {
        var t = playing(seconds: 1)
        let remaining = t.state.breakProgress!.remaining
        t.at(t.now + remaining - BreakProgress.doneSeconds + 2)
        t.at(t.now, .togglePosture)
        return t
    }

    static func snoozed() -> Timeline {
        var t = Timeline()
        t.at(minutes(45))
        t.at(minutes(45), .snooze)
        t.at(minutes(46) + 10)
        return t
    }

    static func paused() -> Timeline {
        var t = Timeline(posture: .standing)
        t.at(minutes(20), .togglePause)
        t.at(minutes(21) + 5)
        return t
    }

    static func render(_ t: Timeline, _ size: Size, glyphs: Glyphs = .unicode, help: Bool = false, notice: String? = nil,
                       reducedMotion: Bool = false, figure: FigureStyle = .braille, practice: Bool = false) -> Canvas {
        Screen.render(t.state, ScreenContext(size: size, glyphs: glyphs.figure(figure), now: t.moment(t.now), notice: notice,
                                             showHelp: help, reducedMotion: reducedMotion, practice: practice))
    }
}
