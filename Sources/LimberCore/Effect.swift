/// What the engine asks the outside world to do. The engine never does these itself.
public enum Effect: Sendable, Equatable {
    /// Ring the terminal bell (the prompt appeared).
    case bell
    /// Show a short message, e.g. why a key did nothing.
    case notice(String)
    /// Something worth keeping in the history.
    case record(Occurrence)
    /// Leave the program.
    case quit
}

/// An entry for the movement history.
public indirect enum Occurrence: Sendable, Equatable {
    case started(Posture)
    case breakDue(stretchSeconds: Double)
    case snoozed
    case skipped
    case breakStarted(BreakStart)
    case breakEnded(BreakEnd, seconds: Double)
    case exercise(ExerciseOutcome)
    case breakPaused
    case breakResumed
    case postureChanged(to: Posture)
    case paused
    case resumed(pausedSeconds: Double)
    case away(seconds: Double)
    /// Time away (a gap or a pause of at least `away_after`) or a change of posture while the
    /// prompt showed ended a stretch: the user moved without the break screen. `afterPrompt`
    /// when it ended a prompt (showing, snoozed or paused).
    case naturalBreak(afterPrompt: Bool)
    /// Away time was given back to the posture before (`u`): the span of it is written as that
    /// posture instead, and this marks the correction.
    case presenceCorrected(seconds: Double)
    /// A stretch in one posture ended (or limber quit during it); `seconds` is its part on the
    /// day it ended on (`RunningStretch.part`), `long` when it first ran past the interval.
    case stretchEnded(Posture, seconds: Double, long: Bool)
    /// An entry the engine makes after the moment it happened: the history dates it `at`, so it
    /// counts on the day it happened. A stretch's end and its natural break noticed after a
    /// sleep or an away spell (at the last reading before it, or when the person left), and a
    /// stretch's part on a day that ended while it ran (just before that midnight).
    case dated(Occurrence, at: Date)
    /// A finished span of time (sitting, standing, moving, paused, away).
    case span(Span)
    case quit
}

extension Occurrence {
    /// The entry itself, whenever it is dated.
    public var undated: Occurrence {
        if case .dated(let occurrence, _) = self { occurrence.undated } else { self }
    }
}
