#if canImport(Glibc)
import Glibc
#endif
import LimberClock
import LimberControl
import LimberCore
import LimberStore

/// What a command asks of the running timer: `TimerLink` talks to the real one; tests answer
/// with a fake.
public protocol TimerAsking {
    /// The data folder the timer would run for.
    var folder: String { get }
    /// The socket last tried (the one that answered, if one did).
    var socket: String { get }
    mutating func ask(_ request: ControlRequest, timeout: Double) -> ControlClient.Outcome
    /// Whether a timer holds the data folder (it may have no socket).
    var timerRuns: Bool { get }
    /// The last status a timer answered, when there was one.
    func lastKnown(at now: Date) -> LiveStatus?
    /// No timer: today's figures from the history.
    func stopped(at now: Date) throws(StoreError) -> LiveStatus
}

/// Talking to the running timer of a data folder from another process: `limber status` and the
/// commands (`limber break`, `snooze`, …).
public struct TimerLink: TimerAsking {
    public let folder: String
    /// Where the timer may listen, most likely first.
    public let paths: [ControlPath]
    /// Where the last answer is kept: beside the socket that answered.
    public private(set) var path: ControlPath
    /// How a request reaches a socket (`ControlClient.send`; a fake in tests).
    let send: (ControlRequest, String, Double) -> ControlClient.Outcome
    /// The monotonic clock the deadline is kept by, and the wait between tries of a busy timer.
    let clock: () -> Double
    let pause: () -> Void
    let warn: (String) -> Void

    /// - Parameters:
    ///   - runtimeDirectory: `XDG_RUNTIME_DIR`, where the socket is looked for first.
    ///   - warn: for rows of the history read that had to be ignored.
    public init(folder: String, runtimeDirectory: String?, warn: @escaping (String) -> Void = { _ in },
                send: @escaping (ControlRequest, String, Double) -> ControlClient.Outcome = { ControlClient.send($0, to: $1, timeout: $2) },
                clock: @escaping () -> Double = ControlClient.monotonic, pause: @escaping () -> Void = { usleep(20_000) }) {
        self.folder = folder
        paths = ControlPath.candidates(dataFolder: folder, runtimeDirectory: runtimeDirectory)
        path = paths[0]
        self.warn = warn
        self.send = send
        self.clock = clock
        self.pause = pause
    }

    public var socket: String { path.socket }

    /// Asks the timer; a status that came back is kept for the "not responding" line. A timer
    /// with every slot taken is asked again until `timeout` runs out. A runtime folder that is
    /// not this user's alone is not used (anyone who can write there could answer for the timer).
    public mutating func ask(_ request: ControlRequest, timeout: Double = ControlClient.deadline) -> ControlClient.Outcome {
        ask(request, timeout: timeout, keep: true)
    }

    /// `keep` false writes no status cache: a popup asking several times a second writes nothing.
    public mutating func ask(_ request: ControlRequest, timeout: Double, keep: Bool) -> ControlClient.Outcome {
        let deadline = clock() + timeout
        var outcome = ControlClient.Outcome.noTimer
        var refused: String?
        for candidate in paths {
            if access(candidate.folder, F_OK) == 0, let problem = SafeFile.untrustedFolder(candidate.folder) {
                refused = refused ?? problem
                continue
            }
            path = candidate
            repeat {
                outcome = send(request, candidate.socket, max(0.01, deadline - clock()))
                if outcome == .busy { pause() }
            } while outcome == .busy && clock() < deadline
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
    public var timerRuns: Bool { (try? InstanceLock.isHeld(folder: folder)) ?? false }

    /// The last answer, when there was one; as `away` once the silence is longer than away-after.
    public func lastKnown(at now: Date) -> LiveStatus? {
        StatusCache.read(path.cache)?.lastKnown(at: now.timeIntervalSince1970)
    }

    /// No timer: today's totals from the history, by the same code as `limber summary`.
    public func stopped(at now: Date) throws(StoreError) -> LiveStatus {
        let day = SystemDayClock().day(of: now)
        return .stopped(today: try LiveHistory(folder: folder, warn: warn).days(from: day, through: day, now: now).first)
    }
}
