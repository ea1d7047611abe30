#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The last quit signal not yet acted on by the run loop, or 0.
private let pendingQuitSignal = Atomic<Int32>(0)
/// The first quit signal received, kept so the process can end with it once all is saved.
private let receivedQuitSignal = Atomic<Int32>(0)
/// Set by Ctrl-Z (SIGTSTP), SIGTTIN and SIGTTOU; the terminal suspends itself in ordinary code.
private let pendingSuspend = Atomic<Bool>(false)
/// Set by SIGCONT: however the process was stopped (SIGSTOP cannot be caught), the terminal is
/// taken again and the screen repainted.
private let pendingContinue = Atomic<Bool>(false)

/// How the full-screen interface meets signals. Every catchable signal whose default action
/// ends the process is handled, so the terminal always comes back:
/// - quit signals only set a flag; the run loop saves, restores the terminal and then ends the
///   process with the same signal, so the shell sees "killed by signal" (status 128 + n);
/// - a second quit signal before the first was dealt with, and any crash signal, restore the
///   terminal at once from bytes prepared in advance (`TerminalRestore`) and die of the signal;
/// - SIGPIPE and SIGXFSZ are ignored, so a failed write is an error limber reports, not a death;
/// - Ctrl-Z, SIGTTIN and SIGTTOU set a flag too; `Terminal` suspends itself (title and modes put
///   back) and resumes. SIGCONT sets another: after any stop, even SIGSTOP, which cannot be
///   caught and leaves the tty to the shell's line mode, raw mode is put back and all repainted.
public enum Signals {
    static var quitSignals: [Int32] {
        var list: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU]
        #if os(Linux)
        list += [SIGPOLL, SIGPWR, SIGSTKFLT]
        list += Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
        #endif
        return list
    }

    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]
    static let ignoredSignals: [Int32] = [SIGPIPE, SIGXFSZ]
    /// Signals whose default stops the process: each is a suspend, with the terminal put back.
    static let stopSignals: [Int32] = [SIGTSTP, SIGTTIN, SIGTTOU]

    /// Installs every handler. Call before the terminal starts, so ncurses sees them taken and
    /// keeps its own hands off (it would otherwise install its SIGINT/SIGTSTP handlers).
    public static func install() {
        // Touch the shared state now: a lazy global first touched inside a handler is not safe.
        _ = pendingQuitSignal.load(ordering: .relaxed)
        _ = receivedQuitSignal.load(ordering: .relaxed)
        _ = pendingSuspend.load(ordering: .relaxed)
        _ = pendingContinue.load(ordering: .relaxed)
        TerminalRestore.prepareForSignals()
        for signalNumber in ignoredSignals { signal(signalNumber, SIG_IGN) }
        for signalNumber in quitSignals {
            install(signalNumber, onAlternateStack: false) { received in
                if receivedQuitSignal.compareExchange(expected: 0, desired: received, ordering: .relaxed).exchanged {
                    pendingQuitSignal.store(received, ordering: .relaxed)
                } else {
                    // The loop did not get round to the first one (or is quitting too slowly).
                    TerminalRestore.restoreNow()
                    Signals.dieNow(received)
                }
            }
        }
        for signalNumber in stopSignals {
            install(signalNumber, onAlternateStack: false) { _ in
                pendingSuspend.store(true, ordering: .relaxed)
            }
        }
        install(SIGCONT, onAlternateStack: false) { _ in
            pendingContinue.store(true, ordering: .relaxed)
        }
        for signalNumber in crashSignals {
            install(signalNumber, onAlternateStack: true) { received in
                TerminalRestore.restoreNow()
                Signals.dieNow(received)
            }
        }
    }

    /// The quit signal that arrived since the last call, if any.
    public static func takePendingQuit() -> Int32? {
        let value = pendingQuitSignal.exchange(0, ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// Whether a quit or suspend waits for the run loop (a key read returns at once then).
    static var somethingPending: Bool {
        pendingQuitSignal.load(ordering: .relaxed) != 0 || pendingSuspend.load(ordering: .relaxed)
            || pendingContinue.load(ordering: .relaxed)
    }

    static func takePendingSuspend() -> Bool {
        pendingSuspend.exchange(false, ordering: .relaxed)
    }

    static func takePendingContinue() -> Bool {
        pendingContinue.exchange(false, ordering: .relaxed)
    }

    /// After the terminal is restored and the history saved: if a quit signal ended the run,
    /// end the process with that signal, as if it had never been caught. A signal whose default
    /// also dumps core (Ctrl-\) does so without a core file: the process was shut down cleanly.
    public static func endWithQuitSignal() {
        let received = receivedQuitSignal.load(ordering: .relaxed)
        guard received != 0 else { return }
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        getrlimit(resourceCore, &noCore)
        noCore.rlim_cur = 0
        setrlimit(resourceCore, &noCore)
        dieNow(received)
    }

    /// Stops the process as SIGTSTP would by default; returns when it is continued (`fg`).
    /// A SIGTTOU or SIGTTIN met while giving the terminal back (a background process setting
    /// the tty's modes) was part of this stop, not a new one.
    static func stopProcess() {
        signal(SIGTSTP, SIG_DFL)
        unblock(SIGTSTP)
        raise(SIGTSTP)
        install(SIGTSTP, onAlternateStack: false) { _ in
            pendingSuspend.store(true, ordering: .relaxed)
        }
        _ = pendingSuspend.exchange(false, ordering: .relaxed)
        _ = pendingContinue.exchange(false, ordering: .relaxed)
    }

    /// Async-signal-safe: default action, unblocked, raised. Inside a handler the signal stays
    /// blocked until the handler returns, and then the default action ends the process.
    static func dieNow(_ signalNumber: Int32) {
        signal(signalNumber, SIG_DFL)
        unblock(signalNumber)
        raise(signalNumber)
    }

    private static func unblock(_ signalNumber: Int32) {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    #if os(Linux)
    private static var resourceCore: __rlimit_resource_t { __rlimit_resource_t(RLIMIT_CORE.rawValue) }
    #else
    private static var resourceCore: Int32 { RLIMIT_CORE }
    #endif

    /// Without SA_RESTART, so a blocking key read wakes up at once. Crash handlers run on an
    /// alternate stack, so even a stack overflow gets the terminal back.
    private static func install(_ signalNumber: Int32, onAlternateStack: Bool,
                                _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = onAlternateStack && TerminalRestore.hasAlternateStack ? Int32(SA_ONSTACK) : 0
        sigaction(signalNumber, &action, nil)
    }
}
