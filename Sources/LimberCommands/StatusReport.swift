import LimberControl
import LimberCore
import LimberUI

/// What `limber status` prints, decided from what the timer answered: the line (or the JSON
/// object), what goes to stderr, and whether it fails. A status line never ends in an error
/// while anything is known: a timer that does not answer gives its last known line marked
/// "not responding", no timer gives `stopped` with today's figures.
public struct StatusReport: Sendable, Equatable {
    /// The shape asked for: the standard line, `--format`, or `--json`.
    public enum Shape: Sendable, Equatable {
        case standard
        case format(String)
        case json

        /// From the flags, or the one-line usage error (both given, an unknown placeholder).
        public init(json: Bool, format: String?) throws(ReportError) {
            if json, format != nil { throw ReportError("--json and --format: give one of them") }
            if let format {
                if let unknown = StatusLine.unknownPlaceholder(in: format) {
                    let known = StatusLine.placeholders.map { "{\($0)}" }.joined(separator: " ")
                    throw ReportError("--format: unknown placeholder {\(unknown)}; use \(known)")
                }
                self = .format(format)
            } else {
                self = json ? .json : .standard
            }
        }

        func lines(_ status: LiveStatus, responding: Bool) -> String {
            switch self {
            case .json: StatusLine.json(status, responding: responding)
            case .format(let format): StatusLine.render(format, status, responding: responding)
            case .standard: StatusLine.standard(status, responding: responding)
            }
        }

        /// Nothing known at all.
        var nothingKnown: String {
            self == .json ? "{\"responding\": false}" : StatusLine.notResponding
        }
    }

    /// What to print on stdout.
    public var output: String
    /// Lines for stderr (each already prefixed `limber: `).
    public var errors: [String] = []
    /// Set when the command must fail (exit 1) after the errors: the history could not be read.
    public var failed = false

    public init(output: String, errors: [String] = [], failed: Bool = false) {
        self.output = output
        self.errors = errors
        self.failed = failed
    }

    /// Asks `timer` for its status and decides what to print.
    public static func make(_ shape: Shape, asking timer: inout some TimerAsking, at now: Date) -> StatusReport {
        switch timer.ask(ControlRequest(.status), timeout: ControlClient.deadline) {
        case .reply(let reply):
            // An answer without a status (a refusal from another version, say) is reported on
            // stderr, and the last known line shown.
            guard let status = reply.status else {
                return lastKnown(shape, timer, at: now, error: reply.error ?? "the timer gave no status")
            }
            return StatusReport(output: shape.lines(status, responding: true))
        case .notResponding, .busy:
            return lastKnown(shape, timer, at: now)
        case .noTimer:
            return timer.timerRuns ? lastKnown(shape, timer, at: now) : stopped(shape, timer, at: now)
        case .failed(let problem):
            // Something else sits at the socket's path (the timer warns about it on its own
            // screen): say so on stderr, but keep the status bar showing what is known.
            return timer.timerRuns ? lastKnown(shape, timer, at: now, error: problem) : stopped(shape, timer, at: now, error: problem)
        }
    }

    private static func lastKnown(_ shape: Shape, _ timer: some TimerAsking, at now: Date, error: String? = nil) -> StatusReport {
        let output = timer.lastKnown(at: now).map { shape.lines($0, responding: false) } ?? shape.nothingKnown
        return StatusReport(output: output, errors: error.map { ["limber: \($0)"] } ?? [])
    }

    private static func stopped(_ shape: Shape, _ timer: some TimerAsking, at now: Date, error: String? = nil) -> StatusReport {
        let errors = error.map { ["limber: \($0)"] } ?? []
        do {
            return StatusReport(output: shape.lines(try timer.stopped(at: now), responding: true), errors: errors)
        } catch {
            return StatusReport(output: "", errors: errors + ["limber: \(error)"], failed: true)
        }
    }
}

/// A usage error in a command's flags, as the one line to print.
public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
