/// A bad command-line value: printed as one line, exit status 64 (EX_USAGE).
struct UsageError: Error, CustomStringConvertible {
    let message: String

    var description: String { message }

    static let exitCode: Int32 = 64
}
