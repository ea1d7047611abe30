/// One stored event, as the summary reads it back: a kind and the few values it carries.
public struct HistoryEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case start, quit, posture, due, snooze, skip
        case breakStart = "break_start", breakEnd = "break_end", exercise
        case pause, resume, breakPause = "break_pause", breakResume = "break_resume"
        case away, naturalBreak = "natural_break", stretchEnd = "stretch_end"
        case presenceCorrection = "presence_correction"
    }

    /// What became of the thing an event is about; the stored text is the raw value. One list
    /// for every kind, because the history keeps them in one column:
    /// - break starts: `prompted`, `early` (`BreakStart`);
    /// - break ends: `completed`, `early`, `away` (`BreakEnd`);
    /// - exercises: `done`, `partial`, `skipped` (`ExerciseOutcome.Result`);
    /// - stretch ends: `long` (past the interval), else none;
    /// - natural breaks: `after_prompt` when one ended a prompt, else none.
    public enum Result: String, Sendable, Equatable, CaseIterable, Codable {
        case prompted, early, completed, away, done, partial, skipped, long
        case afterPrompt = "after_prompt"

        public init(_ start: BreakStart) {
            switch start {
            case .prompted: self = .prompted
            case .early: self = .early
            }
        }

        public init(_ end: BreakEnd) {
            switch end {
            case .completed: self = .completed
            case .early: self = .early
            case .away: self = .away
            }
        }

        public init(_ outcome: ExerciseOutcome.Result) {
            switch outcome {
            case .done: self = .done
            case .partial: self = .partial
            case .skipped: self = .skipped
            }
        }

        /// The exercise outcome this is, if it is one.
        public var exercise: ExerciseOutcome.Result? {
            switch self {
            case .done: .done
            case .partial: .partial
            case .skipped: .skipped
            default: nil
            }
        }
    }

    public var at: Date
    public var kind: Kind
    public var posture: Posture?
    public var seconds: Double?
    /// The exercise id, for exercise events.
    public var name: String?
    public var result: Result?
    /// Comma-separated sides for exercises.
    public var sides: String?

    public init(at: Date, kind: Kind, posture: Posture? = nil, seconds: Double? = nil, name: String? = nil,
                result: Result? = nil, sides: String? = nil) {
        self.at = at
        self.kind = kind
        self.posture = posture
        self.seconds = seconds
        self.name = name
        self.result = result
        self.sides = sides
    }

    /// The event for an engine occurrence, or nil for spans (stored on their own).
    public init?(_ occurrence: Occurrence, at: Date, posture: Posture) {
        if case .dated(let happened, let date) = occurrence {
            self.init(happened, at: date, posture: posture)
            return
        }
        self.init(at: at, kind: .start)
        switch occurrence {
        case .started(let p): self.kind = .start; self.posture = p
        case .breakDue(let seconds): self.kind = .due; self.posture = posture; self.seconds = seconds
        case .snoozed: self.kind = .snooze
        case .skipped: self.kind = .skip
        case .breakStarted(let start): self.kind = .breakStart; self.result = Result(start)
        case .breakEnded(let end, let seconds):
            self.kind = .breakEnd; self.result = Result(end); self.seconds = seconds
        case .exercise(let outcome):
            self.kind = .exercise; self.name = outcome.id; self.result = Result(outcome.result)
            self.seconds = outcome.seconds; self.sides = outcome.sides.map(\.rawValue).joined(separator: ",")
        case .breakPaused: self.kind = .breakPause
        case .breakResumed: self.kind = .breakResume
        case .postureChanged(let p): self.kind = .posture; self.posture = p
        case .paused: self.kind = .pause
        case .resumed(let seconds): self.kind = .resume; self.seconds = seconds
        case .away(let seconds): self.kind = .away; self.seconds = seconds
        case .naturalBreak(let afterPrompt): self.kind = .naturalBreak; self.result = afterPrompt ? .afterPrompt : nil
        case .presenceCorrected(let seconds): self.kind = .presenceCorrection; self.seconds = seconds
        case .stretchEnded(let p, let seconds, let long):
            self.kind = .stretchEnd; self.posture = p; self.seconds = seconds; self.result = long ? .long : nil
        case .quit: self.kind = .quit
        case .span, .dated: return nil
        }
    }
}
