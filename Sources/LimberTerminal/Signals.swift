#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import Synchronization

/// The last quit signal received (SIGINT, SIGTERM, SIGHUP), or 0. The handler only stores it;
/// the run loop sees it on its next pass, saves and restores the terminal in ordinary code.
private let pendingQuitSignal = Atomic<Int32>(0)

public enum Signals {
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Catches quit signals without SA_RESTART, so a blocking key read wakes up at once.
    public static func catchQuitSignals() {
        for signalNumber in quitSignals {
            install(signalNumber) { received in
                pendingQuitSignal.store(received, ordering: .relaxed)
            }
        }
    }

    /// Best effort for crashes: put the terminal back, then die of the same signal.
    public static func restoreTerminalOnCrash() {
        for signalNumber in crashSignals {
            install(signalNumber) { received in
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// The quit signal that arrived since the last call, if any.
    public static func takePendingQuit() -> Int32? {
        let value = pendingQuitSignal.exchange(0, ordering: .relaxed)
        return value == 0 ? nil : value
    }

    private static func install(_ signalNumber: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signalNumber, &action, nil)
    }
}
