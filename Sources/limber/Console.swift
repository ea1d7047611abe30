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
        print(printable(text))
    }

    /// Lines of a table or report: each line escaped, the line breaks kept.
    static func lines(_ text: String) {
        print(text.split(separator: "\n", omittingEmptySubsequences: false).map(printable).joined(separator: "\n"))
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

    static func fail(_ message: String, status: Int32) -> Never {
        error("limber: \(message)")
        exit(status)
    }
}
