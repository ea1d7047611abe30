import LimberCore

/// How a desktop notification is sent when a break is due.
public enum NotifyMode: String, Sendable, Equatable, CaseIterable {
    /// None.
    case off
    /// OSC 777 and OSC 9 escapes, which terminals such as kitty, iTerm2, WezTerm and foot show.
    case osc
    /// Run `notify_command` (e.g. notify-send), without a shell.
    case command
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
    public var notify: NotifyMode = .off
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
