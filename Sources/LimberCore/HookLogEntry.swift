/// How a hook run ended, as its hooks.log entry and warning say.
public enum HookEnding: Equatable, Sendable {
    case exited(Int32)
    case signalled(Int32)
    /// Still running at the timeout; its process group was killed.
    case timedOut(seconds: Int)
    /// Still running when limber quit; its process group got SIGTERM, then SIGKILL.
    case stoppedAtQuit

    public var text: String {
        switch self {
        case .exited(let code): "exit \(code)"
        case .signalled(let signal): "killed by signal \(signal)"
        case .timedOut(let seconds): "stopped after \(seconds) s"
        case .stoppedAtQuit: "stopped when limber quit"
        }
    }

    public var isFailure: Bool { self != .exited(0) && self != .stoppedAtQuit }
}

/// What one run may add to the hooks log: the first `limit` bytes of its output, and how many
/// more there were, so one chatty hook cannot fill the disk.
public struct HookOutput: Sendable {
    public static let defaultLimit = 64 * 1024

    public let limit: Int
    public private(set) var kept: [UInt8] = []
    /// Bytes beyond the limit, read and dropped.
    public private(set) var cut = 0

    public init(limit: Int = defaultLimit) {
        self.limit = max(0, limit)
    }

    public mutating func append(_ bytes: some Collection<UInt8>) {
        let room = max(0, limit - kept.count)
        kept.append(contentsOf: bytes.prefix(room))
        cut += max(0, bytes.count - room)
    }
}

/// One run's entry in hooks.log: a header line with the start time, the hook, its argv and how
/// it ended, then its output, then a line saying how much was cut, if anything was.
public enum HookLogEntry {
    public static func bytes(time: String, name: String, argv: [String], ending: HookEnding,
                             output: HookOutput) -> [UInt8] {
        let command = "[" + argv.map(quoted).joined(separator: ", ") + "]"
        var entry = Array("\(time) \(name) \(command): \(ending.text)\n".utf8)
        entry += output.kept
        if let last = output.kept.last, last != UInt8(ascii: "\n") { entry.append(UInt8(ascii: "\n")) }
        if output.cut > 0 { entry += Array("[output cut: \(output.cut) more bytes not kept]\n".utf8) }
        return entry
    }

    /// A JSON string, so the header's argv is a JSON array and its control characters are
    /// escaped: the header stays one line and a log viewer is never sent escape sequences.
    static func quoted(_ argument: String) -> String {
        JSONValue.quoted(argument)
    }
}

/// hooks.log stays under `limit`: when an entry would take it past, the file becomes
/// `hooks.log.1` (replacing the older one) and a new log begins.
public enum HookLogRotation {
    public static let limit = 1024 * 1024

    public static func needsRotation(currentSize: Int, adding: Int, limit: Int = limit) -> Bool {
        currentSize > 0 && currentSize + adding > limit
    }
}
