#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberControl
import LimberClock
import LimberCore
import LimberLibrary
import LimberStore
import LimberUI

/// Talking to the running timer of a data folder from another process: `limber status` and the
/// commands (`limber break`, `snooze`, …).
struct TimerLink {
    let folder: String
    /// Where the timer may listen, most likely first.
    let paths: [ControlPath]
    /// Where the last answer is kept: beside the socket that answered.
    private(set) var path: ControlPath

    init(_ settings: SettingsResolver.Resolved) {
        folder = SettingsLoader.dataFolder(settings)
        paths = ControlPath.candidates(dataFolder: folder, runtimeDirectory: Environment.values["XDG_RUNTIME_DIR"])
        path = paths[0]
    }

    /// Asks the timer; a status that came back is kept for the "not responding" line (unless
    /// `keep` is false: a popup asking several times a second writes nothing). A timer with
    /// every slot taken is asked again until `timeout` runs out. A runtime folder that is not
    /// this user's alone is not used (anyone who can write there could answer for the timer).
    mutating func ask(_ request: ControlRequest, timeout: Double = ControlClient.deadline, keep: Bool = true) -> ControlClient.Outcome {
        let deadline = ControlClient.monotonic() + timeout
        var outcome = ControlClient.Outcome.noTimer
        var refused: String?
        for candidate in paths {
            if access(candidate.folder, F_OK) == 0, let problem = SafeFile.untrustedFolder(candidate.folder) {
                refused = refused ?? problem
                continue
            }
            path = candidate
            repeat {
                outcome = ControlClient.send(request, to: candidate.socket, timeout: max(0.01, deadline - ControlClient.monotonic()))
                if outcome == .busy { usleep(20_000) }
            } while outcome == .busy && ControlClient.monotonic() < deadline
            if outcome != .noTimer { break }
        }
        if outcome == .noTimer {
            if let refused { return .failed(refused) }
            path = paths.first { StatusCache.read($0.cache) != nil } ?? paths[0]
        }
        if keep, case .reply(let reply) = outcome, let status = reply.status {
            StatusCache.write(StatusCache.Entry(saved: Date().timeIntervalSince1970, status: status), to: path.cache)
        }
        return outcome
    }

    /// Whether a timer holds the data folder (it may have no socket: another version, or the
    /// socket could not be made). A lock file that is not a regular file reads as no timer: the
    /// history read that follows refuses it by name.
    var timerRuns: Bool { (try? InstanceLock.isHeld(folder: folder)) ?? false }

    /// The last answer, when there was one; as `away` once the silence is longer than away-after.
    func lastKnown(at now: Date) -> LiveStatus? {
        StatusCache.read(path.cache)?.lastKnown(at: now.timeIntervalSince1970)
    }

    /// No timer: today's totals from the history, by the same code as `limber summary`.
    func stopped() throws(StoreError) -> LiveStatus {
        let day = SystemDayClock().day(of: Date())
        return .stopped(today: try LiveHistory(folder: folder, warn: Console.historyWarning).days(from: day, through: day, now: Date()).first)
    }
}
