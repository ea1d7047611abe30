import Foundation
import LimberApp
import LimberControl
import LimberCore
import LimberLibrary
import LimberTestSupport
import LimberUI

/// A clock that moves only when a test (or the scripted input's wait) moves it.
final class FakeClock: AppClock {
    var moment: Moment

    init(_ moment: Moment) {
        self.moment = moment
    }

    func now() -> Moment { moment }

    func advance(to uptime: Double) {
        guard uptime > moment.uptime else { return }
        moment.wall += uptime - moment.uptime
        moment.uptime = uptime
    }
}

/// Keeps every frame the loop paints.
final class FakeTerminal: TerminalDevice {
    var size: Size
    var frames: [Canvas] = []
    private(set) var invalidated = 0

    init(size: Size) {
        self.size = size
    }

    var inputDescriptor: Int32 { -1 }
    func draw(_ canvas: Canvas) { frames.append(canvas) }
    func invalidate() { invalidated += 1 }
    func readKey(timeoutMilliseconds milliseconds: Int) -> Key? { nil }
}

/// Keys and requests at given times (seconds since the start). `wait` moves the fake clock to
/// the next scripted input or by the timeout, whichever is first: the loop runs as it would,
/// in microseconds.
final class ScriptedInput: InputSource {
    private let clock: FakeClock
    private let start: Double
    private var script: [(at: Double, input: Input)] = []
    private(set) var replies: [(client: Int32, reply: ControlReply)] = []
    private(set) var waits: [Int] = []
    private var nextClient: Int32 = 100

    init(clock: FakeClock) {
        self.clock = clock
        start = clock.moment.uptime
    }

    func key(_ key: Key, at seconds: Double) {
        add(.key(key), at: seconds)
    }

    /// Schedules a request; returns the client its reply will name.
    @discardableResult
    func request(_ command: ControlCommand, seconds: Double? = nil, wasHere: Bool? = nil, at time: Double) -> Int32 {
        nextClient += 1
        add(.request(ControlRequest(command, seconds: seconds, wasHere: wasHere), client: nextClient), at: time)
        return nextClient
    }

    /// A presence source's signal at `seconds`.
    func presence(_ source: PresenceSourceKind, _ signal: PresenceSignal, at seconds: Double) {
        add(.presence(source, signal), at: seconds)
    }

    private func add(_ input: Input, at seconds: Double) {
        script.append((start + seconds, input))
        script.sort { $0.at < $1.at }
    }

    func wait(timeoutMilliseconds milliseconds: Int) -> [Input] {
        waits.append(milliseconds)
        let limit = clock.moment.uptime + Double(milliseconds) / 1000
        guard let first = script.first, first.at <= limit else {
            clock.advance(to: limit)
            return []
        }
        clock.advance(to: first.at)
        let due = script.prefix { $0.at <= clock.moment.uptime }
        script.removeFirst(due.count)
        return due.map(\.input)
    }

    func reply(_ reply: ControlReply, to client: Int32) {
        replies.append((client, reply))
    }

    func reply(to client: Int32) -> ControlReply? {
        replies.first { $0.client == client }?.reply
    }
}

/// Records what the loop hands to the world.
final class RecordingEffects: AppEffects {
    private(set) var records: [Occurrence] = []
    private(set) var bells = 0

    func carryOut(_ effects: [Effect], state: TimerState, at now: Moment) {
        for case .record(let occurrence) in effects { records.append(occurrence) }
    }

    func breakDue(_ state: TimerState, firstExercise: String?) { bells += 1 }
    func pass(_ state: TimerState) -> [String] { [] }
    var lastingWarning: String? { nil }
}

/// The `d` screen's stored figures, worked out as the history's loader does (seven days, the
/// day's spans) from the spans the loop has recorded so far: what the store would hold.
final class RecordedSummary: SummarySource {
    private let effects: RecordingEffects
    private let days: any DayClock

    init(effects: RecordingEffects, days: any DayClock) {
        self.effects = effects
        self.days = days
    }

    func day(of now: Moment) -> LocalDay { days.day(of: now.wall) }
    func day(before day: LocalDay) -> LocalDay { days.day(before: day) }
    func day(after day: LocalDay) -> LocalDay { days.day(after: day) }

    func load(_ day: LocalDay) -> StoredSummary {
        let spans = effects.records.compactMap { record -> Span? in
            if case .span(let span) = record { return span }
            return nil
        }
        var first = day
        for _ in 1..<7 { first = days.day(before: first) }
        let week = SummaryBuilder(days: days).totals(from: first, through: day, spans: spans, events: [])
        let (start, end) = days.interval(of: day)
        return StoredSummary(day: day, week: week, weekBounds: week.map { days.start(of: $0.day) } + [end],
                             spans: spans.filter { $0.end > start && $0.start < end }, dayStart: start, dayEnd: end,
                             goal: 3600, names: [:])
    }
}

/// The loop with fakes all round: a 40×12 pane (plain-text countdowns), UTC days.
final class Harness {
    let clock: FakeClock
    let terminal: FakeTerminal
    let input: ScriptedInput
    let outside: RecordingEffects
    let app: App
    let startUptime: Double

    static let library = ExerciseLibrary.load(userDirectory: nil).exercises

    /// - Parameters:
    ///   - summary: give the loop a `d` screen (`RecordedSummary`).
    ///   - oneBreak: play `first` and close, as `limber exercises show` does.
    init(_ settings: TimerSettings = TimerSettings(), start wall: Date = Timeline.start, size: Size = Size(width: 40, height: 12),
         summary: Bool = false, oneBreak: Bool = false, first: Event? = nil) {
        let outside = RecordingEffects()
        self.outside = outside
        let days = CalendarDays(Timeline.utc)
        let moment = Moment(uptime: 1000, wall: wall)
        clock = FakeClock(moment)
        startUptime = moment.uptime
        terminal = FakeTerminal(size: size)
        input = ScriptedInput(clock: clock)
        let engine = TimerEngine(settings: settings, posture: .sitting, at: moment, days: days, library: Self.library)
        app = App(engine: engine, clock: clock, terminal: terminal, input: input, outside: outside,
                  summary: summary ? RecordedSummary(effects: outside, days: days) : nil,
                  options: App.Options(glyphs: .unicode, oneBreak: oneBreak))
        app.start(first: first)
    }

    /// Seconds since the start.
    var now: Double { clock.moment.uptime - startUptime }

    /// Runs passes until the clock reaches `seconds` (or the loop ends).
    func run(until seconds: Double) {
        while app.running, now < seconds { app.pass() }
    }

    /// The frame on screen.
    var screen: String { terminal.frames.last?.text ?? "" }

    /// Sends a request at `seconds`, runs until it is answered, and returns the answer.
    func ask(_ command: ControlCommand, seconds: Double? = nil, wasHere: Bool? = nil, at time: Double) -> ControlReply? {
        let client = input.request(command, seconds: seconds, wasHere: wasHere, at: time)
        while app.running, input.reply(to: client) == nil { app.pass() }
        // One more pass draws the screen as it is after the request.
        app.pass()
        return input.reply(to: client)
    }
}
