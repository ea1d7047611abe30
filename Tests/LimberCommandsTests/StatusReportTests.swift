import Foundation
import LimberCommands
import LimberControl
import LimberCore
import LimberStore
import LimberUI
import Testing

/// `limber status`'s choice of line, with a fake timer: every answer the socket can give, each
/// shape, and the fallbacks (last known line, nothing known, stopped, a history that fails).
@Suite struct StatusReportTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let working = LiveStatus(state: .working, posture: .sitting, elapsed: 754, remaining: 1946,
                                    todaySitting: 3600, todayStanding: 600)
    static let known = LiveStatus(state: .due, posture: .standing, elapsed: 2760, remaining: -60,
                                  todaySitting: 60, todayStanding: 2760)

    static func report(_ timer: FakeTimer, _ shape: StatusReport.Shape = .standard) -> (StatusReport, FakeTimer) {
        var timer = timer
        return (StatusReport.make(shape, asking: &timer, at: now), timer)
    }

    @Test func theFlagsGiveOneShapeOrAUsageLine() throws {
        #expect(try StatusReport.Shape(json: false, format: nil) == .standard)
        #expect(try StatusReport.Shape(json: true, format: nil) == .json)
        #expect(try StatusReport.Shape(json: false, format: "{doing}") == .format("{doing}"))
        #expect(throws: ReportError("--json and --format: give one of them")) { try StatusReport.Shape(json: true, format: "{doing}") }
        #expect(throws: ReportError.self) { try StatusReport.Shape(json: false, format: "{doing} {nope}") }
        do {
            _ = try StatusReport.Shape(json: false, format: "{nope}")
        } catch {
            #expect(error.description.hasPrefix("--format: unknown placeholder {nope}; use {state}"))
        }
    }

    @Test func anAnswerIsShownInTheShapeAskedFor() {
        let timer = FakeTimer(outcome: .reply(ControlReply(ok: true, status: Self.working)))
        let (line, asked) = Self.report(timer)
        #expect(line == StatusReport(output: "sitting 12:34 · break in 32:26"))
        #expect(asked.asked.map(\.0) == [ControlRequest(.status)])
        #expect(asked.asked.map(\.1) == [ControlClient.deadline])
        #expect(Self.report(timer, .json).0.output == StatusLine.json(Self.working))
        #expect(Self.report(timer, .format("{state}/{posture}")).0.output == "working/sitting")
    }

    @Test func aTimerThatDoesNotAnswerGivesItsLastLineMarked() {
        for outcome in [ControlClient.Outcome.notResponding, .busy] {
            let (report, _) = Self.report(FakeTimer(outcome: outcome, timerRuns: true, known: Self.known))
            #expect(report == StatusReport(output: "standing 46:00 · break due +1:00 · not responding"))
            // Nothing known: still a line, never a blank.
            #expect(Self.report(FakeTimer(outcome: outcome, timerRuns: true)).0.output == "not responding")
            #expect(Self.report(FakeTimer(outcome: outcome, timerRuns: true), .json).0.output == "{\"responding\": false}")
            #expect(Self.report(FakeTimer(outcome: outcome, known: Self.known), .json).0.output
                    == StatusLine.json(Self.known, responding: false))
        }
    }

    @Test func anAnswerWithoutAStatusIsAnErrorAndTheLastLine() {
        let refusal = FakeTimer(outcome: .reply(.failure("protocol version 2")), known: Self.known)
        let (report, _) = Self.report(refusal)
        #expect(report.errors == ["limber: protocol version 2"])
        #expect(report.output.hasSuffix("· not responding"))
        #expect(!report.failed)
    }

    @Test func noTimerIsStoppedWithTodaysFigures() {
        let today = LiveStatus.stopped(today: nil)
        let (report, _) = Self.report(FakeTimer(outcome: .noTimer, history: .success(today)))
        #expect(report == StatusReport(output: StatusLine.standard(today)))
        #expect(report.output.hasPrefix("stopped"))
        // A timer holds the folder but has no socket: its last line, not "stopped".
        let (held, _) = Self.report(FakeTimer(outcome: .noTimer, timerRuns: true, known: Self.known))
        #expect(held.output.hasSuffix("· not responding"))
    }

    @Test func somethingElseAtTheSocketIsSaidAndTheLineStillShown() {
        let (stopped, _) = Self.report(FakeTimer(outcome: .failed("/run/limber/timer.sock is not a socket")))
        #expect(stopped.errors == ["limber: /run/limber/timer.sock is not a socket"])
        #expect(stopped.output.hasPrefix("stopped"))
        let (running, _) = Self.report(FakeTimer(outcome: .failed("x is not a socket"), timerRuns: true, known: Self.known))
        #expect(running.errors == ["limber: x is not a socket"])
        #expect(running.output.hasSuffix("· not responding"))
    }

    @Test func aHistoryThatCannotBeReadFails() {
        let (report, _) = Self.report(FakeTimer(outcome: .noTimer, history: .failure(.unreadable("/data/limber.db", "file is not a database"))))
        #expect(report.failed)
        #expect(report.output.isEmpty)
        #expect(report.errors.count == 1 && report.errors[0].hasPrefix("limber: "))
    }
}

/// What a timer command prints, for every answer.
@Suite struct CommandAnswerTests {
    static func answer(_ timer: FakeTimer, _ request: ControlRequest = ControlRequest(.snooze)) -> (Result<String, ReportError>, FakeTimer) {
        var timer = timer
        return (CommandAnswer.send(request, to: &timer), timer)
    }

    @Test func anAcceptedCommandPrintsTheNewLine() {
        let (result, timer) = Self.answer(FakeTimer(outcome: .reply(ControlReply(ok: true, status: StatusReportTests.working))),
                                          ControlRequest(.pause, seconds: 600))
        #expect(result == .success("sitting 12:34 · break in 32:26"))
        #expect(timer.asked.map(\.0) == [ControlRequest(.pause, seconds: 600)])
        #expect(timer.asked.map(\.1) == [CommandAnswer.timeout])
    }

    @Test func everyOtherAnswerIsOneLineSayingWhy() {
        let cases: [(FakeTimer, String)] = [
            (FakeTimer(outcome: .reply(.failure("no break is due to snooze", status: StatusReportTests.working))), "no break is due to snooze"),
            (FakeTimer(outcome: .reply(ControlReply(ok: true, status: nil))), "the timer refused"),
            (FakeTimer(outcome: .noTimer), "no timer is running for /data; start one with 'limber'"),
            (FakeTimer(outcome: .noTimer, timerRuns: true),
             "a timer runs for /data but has no control socket at /run/limber/timer.sock (its screen says why); nothing was changed"),
            (FakeTimer(outcome: .notResponding), "the timer is not responding (stopped with Ctrl-Z?); nothing was changed"),
            (FakeTimer(outcome: .busy), "the timer is busy: every connection slot stayed taken for 2 s; nothing was changed, try again"),
            (FakeTimer(outcome: .failed("x is not a socket")), "x is not a socket"),
        ]
        for (timer, line) in cases {
            #expect(Self.answer(timer).0 == .failure(ReportError(line)))
        }
    }
}
