import LimberControl
import LimberCore
import LimberUI

/// What `limber break`, `snooze`, `skip`, `pause`, `resume`, `sit`, `stand`, `away` and `back`
/// print: the new status line, or one line saying exactly why nothing changed (exit 1).
public enum CommandAnswer {
    /// Commands write to the history before they answer: give a busy machine longer than status.
    public static let timeout = 2.0

    /// Sends the request and words the outcome: the status line, or the failure.
    public static func send(_ request: ControlRequest, to timer: inout some TimerAsking) -> Result<String, ReportError> {
        switch timer.ask(request, timeout: timeout) {
        case .reply(let reply):
            guard reply.ok, let status = reply.status else { return .failure(ReportError(reply.error ?? "the timer refused")) }
            return .success(StatusLine.standard(status))
        case .noTimer where timer.timerRuns:
            // Say exactly what is wrong: the timer is there, its socket is not.
            return .failure(ReportError("a timer runs for \(timer.folder) but has no control socket at \(timer.socket) "
                                        + "(its screen says why); nothing was changed"))
        case .noTimer:
            return .failure(ReportError("no timer is running for \(timer.folder); start one with 'limber'"))
        case .notResponding:
            return .failure(ReportError("the timer is not responding (stopped with Ctrl-Z?); nothing was changed"))
        case .busy:
            return .failure(ReportError("the timer is busy: every connection slot stayed taken for \(Int(timeout)) s; "
                                        + "nothing was changed, try again"))
        case .failed(let problem):
            return .failure(ReportError(problem))
        }
    }
}
