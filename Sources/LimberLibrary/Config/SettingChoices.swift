import LimberCore

extension SettingKey {
    /// The words a setting accepts, from the same types the resolver reads them into; empty for
    /// settings that take a duration, a switch or free text. The shell completions offer these.
    public var choices: [String] {
        switch self {
        case .posture: Posture.allCases.map(\.rawValue)
        case .space: RoutinePlanner.Space.allCases.map(\.rawValue)
        // The flag also takes channels joined by commas; completion offers the single words.
        case .notify: ["auto", "off"] + NotifyChannel.allCases.map(\.rawValue)
        case .figure: FigureStyle.allCases.map(\.rawValue)
        case .presence: PresenceMode.allCases.map(\.rawValue)
        default: []
        }
    }
}
