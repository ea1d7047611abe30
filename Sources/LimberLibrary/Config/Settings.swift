import LimberCore

/// One way a due break reaches the person outside Limber's pane.
public enum NotifyChannel: String, Sendable, Equatable, CaseIterable {
    /// A desktop notification with actions (D-Bus `org.freedesktop.Notifications` on Linux,
    /// `osascript` on macOS).
    case desktop
    /// A tmux popup (`display-popup`) when Limber's pane is not visible in any client.
    case tmux
    /// OSC 777 and OSC 9 escapes, which terminals such as kitty, iTerm2, WezTerm and foot show.
    case osc
    /// Run `notify_command` (e.g. notify-send), without a shell.
    case command
}

/// Which channels carry a due break (`notify` setting): `auto` (each of desktop and tmux where
/// it is available), `off`, or the channels named.
public struct NotifyMode: Sendable, Equatable {
    /// The channels named; nil for `auto`, empty for `off`.
    public var named: [NotifyChannel]?

    public init(_ named: [NotifyChannel]?) {
        self.named = named
    }

    public static let auto = NotifyMode(nil)
    public static let off = NotifyMode([])

    /// The channels `auto` tries: the ones that need no setting up and can be detected.
    /// OSC escapes are left out (a terminal that ignores them shows nothing, and none can be
    /// asked), and so is `notify_command` (it has to be written first).
    public static let automatic: [NotifyChannel] = [.desktop, .tmux]

    /// Whether this channel is to be used where it is available.
    public func asks(_ channel: NotifyChannel) -> Bool {
        (named ?? Self.automatic).contains(channel)
    }

    /// `auto`, `off`, `desktop` or `desktop, tmux`.
    public var text: String {
        guard let named else { return "auto" }
        return named.isEmpty ? "off" : named.map(\.rawValue).joined(separator: ", ")
    }

    /// `auto`, `off`, one channel, or channels joined by commas (the flag's form).
    public static func parse(_ text: String) -> NotifyMode? {
        let word = trimmed(Substring(text.lowercased()))
        if word == "auto" { return .auto }
        if word == "off" { return .off }
        return channels(word.split(separator: ",", omittingEmptySubsequences: false).map { trimmed($0) })
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// Channel names (a TOML array): none repeated, `auto` and `off` only alone.
    public static func channels(_ names: [String]) -> NotifyMode? {
        var named: [NotifyChannel] = []
        for name in names {
            guard let channel = NotifyChannel(rawValue: name.lowercased()), !named.contains(channel) else { return nil }
            named.append(channel)
        }
        return named.isEmpty ? nil : NotifyMode(named)
    }
}

/// Every setting, after defaults, the config file and the command line.
public struct Settings: Sendable, Equatable {
    public var timer = TimerSettings()
    public var posture: Posture = .sitting
    public var goal: Double = 2 * 3600
    public var reducedMotion = false
    public var ascii = false
    public var figure: FigureStyle = .braille
    public var color = true
    public var bell = true
    public var notify: NotifyMode = .auto
    public var notifyCommand = ["notify-send", "--app-name=limber", "Limber"]
    public var dataDir: String?
    public var hooks: [HookEvent: [String]] = [:]
    /// Which sources notice the person leaving (`timer.idleAfter` is how long idle is away).
    public var presence: PresenceMode = .auto

    public init() {}
}

extension Settings {
    /// Said once at start-up when `latest` leaves no room for even one snooze after the
    /// interval, so `z` answering "No snooze left" is not a surprise.
    public var snoozeNotice: String? {
        guard timer.interval + timer.snooze > timer.latest else { return nil }
        return "No room to snooze: latest \(DurationText.short(timer.latest)) is under interval + snooze "
            + "(\(DurationText.short(timer.interval + timer.snooze))); raise --latest to allow it"
    }
}
