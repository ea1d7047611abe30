/// A bad setting: where it came from (file and line, or a flag) and what was expected.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `config.toml:3` or `--interval`.
    public var place: String
    /// The key, when the problem is in a file.
    public var key: String?
    public var message: String
    /// Whether the config file is at fault (as opposed to a flag).
    public var inFile = true

    public var description: String {
        if let key { return "\(place): \(key): \(message)" }
        return "\(place): \(message)"
    }
}
