#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pasted text, read straight from the tty in large chunks and thrown away, so a paste of any
/// size costs a few reads and never reaches the key handling (a `q` in it must not quit).
/// A bracketed paste ends at the terminal's end marker; a burst from a terminal that does not
/// bracket pastes ends when input pauses. Either way a paste that stops arriving ends it.
struct PasteDrain {
    enum Kind {
        case bracketed
        case burst
    }

    private let kind: Kind
    /// The last bytes seen, in case the end marker is split between two reads.
    private var tail: [UInt8] = []
    private var lastInput: Double
    private static let marker = Array(TerminalSequences.pasteEnd.utf8)

    init(_ kind: Kind) {
        self.kind = kind
        lastInput = Self.now()
    }

    /// How long input may pause before the paste counts as over.
    private var quietSeconds: Double { kind == .bracketed ? 1 : 0.1 }

    /// Reads and drops input for up to `milliseconds`; false once the paste is over.
    mutating func drop(forMilliseconds milliseconds: Int) -> Bool {
        let end = Self.now() + Double(max(1, milliseconds)) / 1000
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let now = Self.now()
            if now - lastInput >= quietSeconds { return false }
            if now >= end { return true }
            let wait = min(end, lastInput + quietSeconds) - now
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(wait * 1000) + 1)
            // A signal: back to the run loop, which deals with it and comes back here.
            if ready < 0 { return errno == EINTR }
            if ready == 0 { continue }
            let count = read(0, &buffer, buffer.count)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { return true }
            if count <= 0 { return false }
            lastInput = Self.now()
            if kind == .bracketed && sawEnd(buffer[0..<count]) { return false }
        }
    }

    /// Whether the end marker is in `chunk` (or straddles it and the previous one). Whatever
    /// follows the marker in the same read is dropped with the paste.
    private mutating func sawEnd(_ chunk: ArraySlice<UInt8>) -> Bool {
        let window = tail + chunk.prefix(Self.marker.count - 1)
        if window.firstRange(of: Self.marker) != nil || chunk.firstRange(of: Self.marker) != nil { return true }
        tail = Array((tail + chunk.suffix(Self.marker.count - 1)).suffix(Self.marker.count - 1))
        return false
    }

    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
