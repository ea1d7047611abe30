#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore
import LimberTerminal

/// Exit statuses beyond 0 and 1, from sysexits(3).
enum ExitStatus {
    /// A bad command-line value.
    static let usage: Int32 = 64
    /// A bad config file.
    static let config: Int32 = 78
    /// Output that could not be written (a full disk, a closed pipe), or history that could
    /// not be kept anywhere.
    static let ioError: Int32 = 74
}

/// Plain output for the moments the terminal is not in full-screen mode. Messages often quote
/// text from files, flags and the environment, so control characters are escaped
/// (`SafeText`) before they reach the terminal; `line`, `lines` and `error` are the only
/// printers. Outside a UTF-8 locale every glyph is folded to ASCII (`·` to `-`, `…` to `...`).
enum Console {
    /// Read once: the locale does not change while limber runs.
    static let plain = !Terminal.localeIsUTF8()

    /// Writes one line to stdout, escaped.
    static func line(_ text: String) {
        output(printable(text) + "\n")
    }

    /// Lines of a table or report: each line escaped, the line breaks kept.
    static func lines(_ text: String) {
        // Most reports hold nothing to escape but their line breaks: written as they are.
        guard SafeText.needsEscape(text, besides: 0x0A) else {
            return output((plain ? ASCIIText.folded(text) : text) + "\n")
        }
        output(text.split(separator: "\n", omittingEmptySubsequences: false).map(printable).joined(separator: "\n") + "\n")
    }

    /// Writes to fd 1 directly and checks every write: output that went nowhere (`> /dev/full`,
    /// a closed pipe) is an error with exit status 74, never a quiet success.
    static func output(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(1, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    let why = written < 0 ? String(cString: strerror(errno)) : "nothing written"
                    fail("cannot write to standard output: \(why)", status: ExitStatus.ioError)
                }
                offset += written
            }
        }
    }

    /// Writes one line to stderr (fd 2 directly: the C `stderr` global is not concurrency-safe).
    static func error(_ line: String) {
        var text = printable(line) + "\n"
        text.withUTF8 { bytes in
            _ = write(2, bytes.baseAddress, bytes.count)
        }
    }

    /// A message of several lines to stderr, each escaped.
    static func errorLines(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            error(String(line))
        }
    }

    static func printable(_ text: some StringProtocol) -> String {
        let safe = SafeText.escaped(text)
        return plain ? ASCIIText.folded(safe) : safe
    }

    /// Ends the process with `status` (the C library's exit).
    static func quit(_ status: Int32) -> Never {
        exit(status)
    }

    static func fail(_ message: String, status: Int32) -> Never {
        error("limber: \(message)")
        exit(status)
    }

    /// History rows ignored for impossible values: one line on stderr.
    static func historyWarning(_ warning: String) {
        error("limber: warning: \(warning)")
    }
}
