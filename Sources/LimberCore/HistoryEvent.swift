#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One stored event, as the summary reads it back: a kind and the few values it carries.
public struct HistoryEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case start, quit, posture, due, snooze, skip
        case breakStart = "break_start", breakEnd = "break_end", exercise
        case pause, resume, breakPause = "break_pause", breakResume = "break_resume"
        case away, naturalBreak = "natural_break", stretchEnd = "stretch_end"
        case presenceCorrection = "presence_correction"
    }

    public var at: Date
    public var kind: Kind
    public var posture: Posture?
    public var seconds: Double?
    /// The exercise id, for exercise events.
    public var name: String?
    /// done / partial / skipped for exercises; completed / early for break ends; long for stretches.
    public var result: String?
    /// Comma-separated sides for exercises.
    public var sides: String?

    public init(at: Date, kind: Kind, posture: Posture? = nil, seconds: Double? = nil, name: String? = nil,
                result: String? = nil, sides: String? = nil) {
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
        self.init(at: at, kind: .start)
        switch occurrence {
        case .started(let p): self.kind = .start; self.posture = p
        case .breakDue(let seconds): self.kind = .due; self.posture = posture; self.seconds = seconds
        case .snoozed: self.kind = .snooze
        case .skipped: self.kind = .skip
        case .breakStarted(let answered): self.kind = .breakStart; self.result = answered ? "prompted" : "early"
        case .breakEnded(let completed, let seconds):
            self.kind = .breakEnd; self.result = completed ? "completed" : "early"; self.seconds = seconds
        case .exercise(let outcome):
            self.kind = .exercise; self.name = outcome.id; self.result = outcome.result.rawValue
            self.seconds = outcome.seconds; self.sides = outcome.sides.map(\.rawValue).joined(separator: ",")
        case .breakPaused: self.kind = .breakPause
        case .breakResumed: self.kind = .breakResume
        case .postureChanged(let p): self.kind = .posture; self.posture = p
        case .paused: self.kind = .pause
        case .resumed(let seconds): self.kind = .resume; self.seconds = seconds
        case .away(let seconds): self.kind = .away; self.seconds = seconds
        case .naturalBreak: self.kind = .naturalBreak
        case .presenceCorrected(let seconds): self.kind = .presenceCorrection; self.seconds = seconds
        case .stretchEnded(let p, let seconds, let long):
            self.kind = .stretchEnd; self.posture = p; self.seconds = seconds; self.result = long ? "long" : nil
        case .quit: self.kind = .quit
        case .span: return nil
        }
    }
}
