#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberControl
import LimberCore
import LimberStore
import LimberUI

/// Talking to the running timer of a data folder from another process: `limber status` and the
/// commands (`limber break`, `snooze`, …).
struct TimerLink {
    let folder: String
    let path: ControlPath

    init(_ options: SettingsOptions) {
        folder = SettingsLoader.dataFolder(SettingsLoader.load(options))
        path = ControlPath(dataFolder: folder, runtimeDirectory: Environment.values["XDG_RUNTIME_DIR"])
    }

    /// Asks the timer; a status that came back is kept for the "not responding" line.
    func ask(_ request: ControlRequest, timeout: Double = ControlClient.deadline) -> ControlClient.Outcome {
        let outcome = ControlClient.send(request, to: path.socket, timeout: timeout)
        if case .reply(let reply) = outcome, let status = reply.status {
            StatusCache.write(StatusCache.Entry(saved: Date().timeIntervalSince1970, status: status), to: path.cache)
        }
        return outcome
    }

    /// Whether a timer holds the data folder (it may have no socket: another version, or the
    /// socket could not be made).
    var timerRuns: Bool { InstanceLock.isHeld(folder: folder) }

    /// The last answer, when there was one; as `away` once the silence is longer than away-after.
    func lastKnown(at now: Date) -> LiveStatus? {
        guard let entry = StatusCache.read(path.cache), entry.status.state != .stopped else { return nil }
        var status = entry.status
        if now.timeIntervalSince1970 - entry.saved >= status.awayAfter { status.state = .away }
        return status
    }

    /// No timer: today's totals from the history, by the same code as `limber summary`.
    func stopped() throws(StoreError) -> LiveStatus {
        let day = SystemDayClock().day(of: Date())
        return .stopped(today: try LiveHistory(folder: folder).days(from: day, through: day, now: Date()).first)
    }
}
