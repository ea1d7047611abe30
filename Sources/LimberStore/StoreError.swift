/// Why the history cannot be used. Each message names the path and says what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    case folder(String, String)
    /// A file limber keeps in the data folder is something else: a link, FIFO, socket, folder…
    case notRegularFile(String, kind: String)
    /// A file in the data folder cannot be opened (the system's reason).
    case file(String, String)
    case notLimber(String)
    case unreadable(String, String)
    case tooNew(String, Int)
    case tooOld(String)
    case alreadyRunning(Int32)
    case write(String)

    public var description: String {
        switch self {
        case .folder(let path, let why):
            "cannot use the data folder \(path): \(why); choose another with --data-dir"
        case .notRegularFile(let path, let kind) where kind == "symbolic link":
            "\(path) is a symbolic link, and limber does not follow links in its data folder; " +
                "it was left untouched (move it away, or use --data-dir)"
        case .notRegularFile(let path, let kind):
            "\(path) is a \(kind), not a regular file; it was left untouched (move it away, or use --data-dir)"
        case .file(let path, let why):
            "cannot use \(path): \(why); move it away, or use --data-dir"
        case .notLimber(let path):
            "\(path) is not a Limber history database; it was left untouched (move it away, or use --data-dir)"
        case .unreadable(let path, let why):
            "cannot read the history database \(path): \(why); it was left untouched (move it away, or use --data-dir)"
        case .tooNew(let path, let version):
            "\(path) was written by a newer Limber (schema \(version)); upgrade limber to read it"
        case .tooOld(let path):
            "\(path) was written by an older Limber; start limber once to update it"
        case .alreadyRunning(let pid):
            "limber is already running \(pid > 0 ? "(pid \(pid))" : "for this data folder"); use 'limber status' to see it, or quit that one first"
        case .write(let why):
            "history not saved: \(why)"
        }
    }
}
