#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exit statuses beyond 0 and 1, from sysexits(3).
enum ExitStatus {
    /// A bad command-line value.
    static let usage: Int32 = 64
    /// A bad config file.
    static let config: Int32 = 78
}

/// Plain output for the moments the terminal is not in full-screen mode.
enum Console {
    /// Writes one line to stderr (fd 2 directly: the C `stderr` global is not concurrency-safe).
    static func error(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { bytes in
            _ = write(2, bytes.baseAddress, bytes.count)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        error("limber: \(message)")
        exit(status)
    }
}
