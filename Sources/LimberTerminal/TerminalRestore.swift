#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Addresses of memory prepared for `TerminalRestore.restoreNow` (0 when there is nothing to do).
/// A signal handler may only call async-signal-safe functions: no allocation, no locks, no
/// ncurses. So the bytes that undo limber's terminal modes and the tty mode to go back to are
/// built in ordinary code and published here; the handler only reads them.
private let restoreBytesAddress = Atomic<Int>(0)
private let ttyModeAddress = Atomic<Int>(0)
private let alternateStackReady = Atomic<Bool>(false)

enum TerminalRestore {
    /// Touches the shared state and gives crash handlers their own stack.
    static func prepareForSignals() {
        _ = restoreBytesAddress.load(ordering: .relaxed)
        _ = ttyModeAddress.load(ordering: .relaxed)
        guard !alternateStackReady.load(ordering: .relaxed) else { return }
        let size = 64 * 1024
        guard let memory = malloc(size) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) == 0 { alternateStackReady.store(true, ordering: .relaxed) } else { free(memory) }
    }

    static var hasAlternateStack: Bool { alternateStackReady.load(ordering: .relaxed) }

    /// Remembers the tty mode the shell had; call before ncurses changes it.
    static func saveTTYMode() {
        let mode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        guard tcgetattr(1, mode) == 0 else {
            mode.deallocate()
            return
        }
        // The previous copy is never freed: a handler on another thread might be reading it.
        ttyModeAddress.store(Int(bitPattern: mode), ordering: .releasing)
    }

    /// Publishes the bytes that put the terminal back (modes off, cursor shown, title popped…).
    static func prepare(_ bytes: [UInt8]) {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<Int>.stride + bytes.count,
                                                   alignment: MemoryLayout<Int>.alignment)
        raw.storeBytes(of: bytes.count, as: Int.self)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { (raw + MemoryLayout<Int>.stride).copyMemory(from: base, byteCount: bytes.count) }
        }
        // Leaked on replacement for the same reason as the tty mode; it happens a few times a run.
        restoreBytesAddress.store(Int(bitPattern: raw), ordering: .releasing)
    }

    /// Nothing to restore: the terminal was put back in ordinary code (or never taken).
    static func clear() {
        restoreBytesAddress.store(0, ordering: .releasing)
        ttyModeAddress.store(0, ordering: .releasing)
    }

    /// Async-signal-safe: write(2) of the prepared bytes and tcsetattr(3) of the saved mode.
    /// Each is done once, even if a second signal arrives while the first is handled.
    static func restoreNow() {
        let bytesAddress = restoreBytesAddress.exchange(0, ordering: .acquiring)
        if let raw = UnsafeRawPointer(bitPattern: bytesAddress) {
            let count = raw.load(as: Int.self)
            var offset = 0
            while offset < count {
                let written = write(1, raw + MemoryLayout<Int>.stride + offset, count - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { break }
            }
        }
        let modeAddress = ttyModeAddress.exchange(0, ordering: .acquiring)
        if let mode = UnsafePointer<termios>(bitPattern: modeAddress) {
            tcsetattr(1, TCSADRAIN, mode)
        }
    }
}
