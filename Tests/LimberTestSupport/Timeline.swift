import Foundation
import LimberCore

/// A scripted timeline for the engine: `at(seconds, event)` feeds an event at a time measured
/// from the start, on a fake clock. The wall clock follows unless a test moves it on its own.
public struct Timeline: Sendable {
    public static let start = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 ~10:13 UTC
    public static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    public var engine: TimerEngine
    public var wallOffset: Double = 0
    public let startWall: Date
    public private(set) var now: Double = 0
    /// Every effect so far, spans and stretch records included.
    public private(set) var log: [Effect] = []
    /// The events the history would hold, stamped as `HistoryRecorder` stamps them.
    public private(set) var events: [HistoryEvent] = []

    public init(_ settings: TimerSettings = TimerSettings(), posture: Posture = .sitting,
         startWall: Date = Timeline.start, calendar: Calendar = Timeline.utc, library: [Exercise] = []) {
        self.init(settings, posture: posture, startWall: startWall, days: CalendarDays(calendar), library: library)
    }

    public init(_ settings: TimerSettings = TimerSettings(), posture: Posture = .sitting,
                startWall: Date = Timeline.start, days: any DayClock, library: [Exercise] = []) {
        self.startWall = startWall
        engine = TimerEngine(settings: settings, posture: posture,
                             at: Moment(uptime: 1000, wall: startWall), days: days, library: library)
        keep(engine.startEffects(), at: moment(0))
    }

    private mutating func keep(_ effects: [Effect], at moment: Moment) {
        log += effects
        for case .record(let occurrence) in effects {
            if let event = HistoryEvent(occurrence, at: moment.wall, posture: engine.state.posture) { events.append(event) }
        }
    }

    public var state: TimerState { engine.state }

    public func moment(_ seconds: Double) -> Moment {
        Moment(uptime: 1000 + seconds, wall: startWall.addingTimeInterval(seconds + wallOffset))
    }

    /// Moves to `seconds` reading the clock every second (as the run loop does), then sends
    /// `event` there. Returns every effect produced on the way.
    @discardableResult
    public mutating func at(_ seconds: Double, _ event: Event = .tick) -> [Effect] {
        var effects: [Effect] = []
        var t = now
        while t + 1 < seconds {
            t += 1
            let step = engine.handle(.tick, at: moment(t))
            keep(step, at: moment(t))
            effects += step.filter { !Self.isBookkeeping($0) }
        }
        return effects + jump(to: seconds, event)
    }

    /// One reading at `seconds`, with nothing in between: a sleep, a stopped process.
    /// Returns the effects without the history bookkeeping (spans and stretch records), which
    /// `log` keeps and the span tests read.
    @discardableResult
    public mutating func jump(to seconds: Double, _ event: Event = .tick) -> [Effect] {
        now = seconds
        let effects = engine.handle(event, at: moment(seconds))
        keep(effects, at: moment(seconds))
        return effects.filter { !Self.isBookkeeping($0) }
    }

    public static func isBookkeeping(_ effect: Effect) -> Bool {
        switch effect {
        case .record(.span): true
        case .record(let occurrence): if case .stretchEnded = occurrence.undated { true } else { false }
        default: false
        }
    }

    /// The spans recorded so far.
    public var spans: [Span] {
        log.compactMap { if case .record(.span(let span)) = $0 { span } else { nil } }
    }

    /// Effects from ticking to `seconds`.
    @discardableResult
    public mutating func tick(through seconds: Double) -> [Effect] {
        at(seconds)
    }
}

public func minutes(_ m: Double) -> Double { m * 60 }
