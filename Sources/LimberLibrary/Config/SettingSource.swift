/// Where a setting's value came from.
public enum SettingSource: Sendable, Equatable, CustomStringConvertible {
    case defaultValue
    case file(String, line: Int)
    case flag(String)
    case environment(String)
    /// Not set: follows another setting (`latest` is the interval + 15m).
    case derived(String)

    public var description: String {
        switch self {
        case .defaultValue: "default"
        case .file(let path, let line): "\(path):\(line)"
        case .flag(let flag): "command line (\(flag))"
        case .environment(let name): "environment (\(name))"
        case .derived(let rule): rule
        }
    }
}
