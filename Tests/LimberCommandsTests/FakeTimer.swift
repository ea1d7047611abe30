import Foundation
import LimberCommands
import LimberControl
import LimberCore
import LimberStore

/// A timer that answers as told, for the commands' logic.
struct FakeTimer: TimerAsking {
    var folder = "/data"
    var socket = "/run/limber/timer.sock"
    var outcome: ControlClient.Outcome
    var timerRuns = false
    var known: LiveStatus?
    var history: Result<LiveStatus, StoreError> = .success(.stopped(today: nil))
    /// What was asked, with the timeout given.
    var asked: [(ControlRequest, Double)] = []

    mutating func ask(_ request: ControlRequest, timeout: Double) -> ControlClient.Outcome {
        asked.append((request, timeout))
        return outcome
    }

    func lastKnown(at now: Date) -> LiveStatus? { known }

    func stopped(at now: Date) throws(StoreError) -> LiveStatus { try history.get() }
}

/// A private temporary folder, removed at the end of the test.
final class TempFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("limber-commands-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o700)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
