import Foundation
import LimberCommands
import LimberControl
import LimberCore
import LimberStore
import Testing

/// The link to the running timer, with the socket faked: retries of a busy timer within the
/// deadline, a runtime folder others can write to refused, the last answer kept for the
/// "not responding" line.
@Suite struct TimerLinkTests {
    static let status = StatusReportTests.working

    /// A link whose socket answers from `answers` in turn (the last one repeats), on a clock
    /// that moves `step` seconds at each reading.
    final class Socket: @unchecked Sendable {
        var answers: [ControlClient.Outcome]
        var sockets: [String] = []
        var timeouts: [Double] = []
        var now = 0.0
        var step: Double
        var pauses = 0

        init(_ answers: [ControlClient.Outcome], step: Double = 0.01) {
            self.answers = answers
            self.step = step
        }

        func link(_ folder: TempFolder) -> TimerLink {
            TimerLink(folder: folder.path + "/data", runtimeDirectory: folder.path + "/run",
                      send: { _, socket, timeout in
                          self.sockets.append(socket)
                          self.timeouts.append(timeout)
                          return self.answers.count > 1 ? self.answers.removeFirst() : self.answers[0]
                      },
                      clock: { self.now += self.step; return self.now }, pause: { self.pauses += 1 })
        }
    }

    static func folders() -> TempFolder {
        let folder = TempFolder()
        for path in ["/data", "/run", "/run/limber"] { mkdir(folder.path + path, 0o700) }
        return folder
    }

    @Test func aBusyTimerIsAskedAgainUntilItAnswers() {
        let folder = Self.folders()
        let socket = Socket([.busy, .busy, .reply(ControlReply(ok: true, status: Self.status))])
        var link = socket.link(folder)
        #expect(link.ask(ControlRequest(.status), timeout: 1) == .reply(ControlReply(ok: true, status: Self.status)))
        #expect(socket.sockets.count == 3 && Set(socket.sockets) == [link.paths[0].socket])
        #expect(socket.pauses == 2)
        // Each try gets what is left of the one deadline.
        #expect(socket.timeouts == socket.timeouts.sorted(by: >) && socket.timeouts.allSatisfy { $0 <= 1 })
    }

    @Test func aTimerBusyPastTheDeadlineIsBusy() {
        let folder = Self.folders()
        let socket = Socket([.busy], step: 0.1)
        var link = socket.link(folder)
        #expect(link.ask(ControlRequest(.status), timeout: 0.5) == .busy)
        #expect(socket.sockets.count < 6)
    }

    @Test func anAnswerIsKeptForTheNotRespondingLine() {
        let folder = Self.folders()
        var link = Socket([.reply(ControlReply(ok: true, status: Self.status))]).link(folder)
        #expect(link.lastKnown(at: Date()) == nil)
        _ = link.ask(ControlRequest(.status), timeout: 1)
        #expect(link.lastKnown(at: Date()) == Self.status)
        // Silent for longer than away-after: the time counts as away.
        #expect(link.lastKnown(at: Date() + 3600)?.state == .away)
        // A later run that finds no timer still reads the kept line.
        var later = Socket([.noTimer]).link(folder)
        #expect(later.ask(ControlRequest(.status), timeout: 1) == .noTimer)
        #expect(later.lastKnown(at: Date()) == Self.status)
    }

    /// The popup asking `watch` ten times a second keeps nothing: no status cache is written.
    @Test func anAnswerAskedNotToBeKeptIsNotWritten() {
        let folder = Self.folders()
        var link = Socket([.reply(ControlReply(ok: true, status: Self.status))]).link(folder)
        _ = link.ask(ControlRequest(.watch), timeout: 1, keep: false)
        #expect(link.lastKnown(at: Date()) == nil)
        #expect(access(link.paths[0].cache, F_OK) != 0)
    }

    /// Anyone who can write there could answer for the timer: only the data folder's socket is
    /// tried, and with no timer there the refusal is said.
    @Test func aRuntimeFolderOthersCanWriteToIsNotUsed() {
        let folder = Self.folders()
        chmod(folder.path + "/run/limber", 0o777)
        let socket = Socket([.noTimer])
        var link = socket.link(folder)
        let outcome = link.ask(ControlRequest(.status), timeout: 1)
        #expect(socket.sockets == [folder.path + "/data/limber.sock"])
        guard case .failed(let problem) = outcome else {
            Issue.record("the refusal was not said: \(outcome)")
            return
        }
        #expect(problem.contains(folder.path + "/run/limber"))
    }

    @Test func noTimerAndNoHistoryIsStoppedWithNothingCounted() throws {
        let folder = Self.folders()
        let link = Socket([.noTimer]).link(folder)
        #expect(!link.timerRuns)
        let status = try link.stopped(at: Date())
        #expect(status.state == .stopped)
        #expect(status.todaySitting == 0 && status.todayStanding == 0)
    }
}
