import LimberCore
import LimberLibrary

/// The channels the `notify` setting asks for, opened where available, with each one's
/// status for `limber config` (desktop and tmux here; osc and command are the terminal's and
/// the process runner's, and are listed too).
public struct NotifyChannels {
    public var channels: [any PromptChannel]
    public var statuses: [ChannelStatus]

    /// - Parameters:
    ///   - environment: `TMUX`, `TMUX_PANE`, `DBUS_SESSION_BUS_ADDRESS`, `XDG_RUNTIME_DIR`.
    ///   - prompt: the argv of `limber prompt` for the tmux popup.
    ///   - spawn: starts a process without waiting (tmux, osascript).
    ///   - checkLibrary: load libsystemd to see it is there (`limber config`); the timer does not,
    ///     so nothing is loaded before a prompt.
    public static func open(_ mode: NotifyMode, environment: [String: String], prompt: [String],
                            checkLibrary: Bool, spawn: @escaping ([String]) -> Void) -> NotifyChannels {
        var result = NotifyChannels(channels: [], statuses: [])
        result.openDesktop(mode, environment: environment, checkLibrary: checkLibrary, spawn: spawn)
        result.openTmux(mode, environment: environment, prompt: prompt, spawn: spawn)
        for channel in [NotifyChannel.osc, .command] {
            if mode.asks(channel) {
                result.statuses.append(ChannelStatus(channel, on: channel == .osc ? "OSC 777 and OSC 9 escapes" : "runs notify_command"))
            } else {
                result.statuses.append(ChannelStatus(channel, off: notNamed(mode, channel)))
            }
        }
        return result
    }

    static func notNamed(_ mode: NotifyMode, _ channel: NotifyChannel) -> String {
        guard mode.named == nil else { return "not in notify" }
        switch channel {
        case .osc: return "auto leaves it out: not every terminal shows it; name it in notify to use it"
        case .command: return "auto leaves it out; name it in notify to run notify_command"
        default: return "not in notify"
        }
    }

    private mutating func openDesktop(_ mode: NotifyMode, environment: [String: String], checkLibrary: Bool,
                                      spawn: @escaping ([String]) -> Void) {
        guard mode.asks(.desktop) else {
            statuses.append(ChannelStatus(.desktop, off: Self.notNamed(mode, .desktop)))
            return
        }
        #if os(macOS)
        channels.append(AppleScriptNotifier(spawn: spawn))
        statuses.append(ChannelStatus(.desktop, on: "osascript, no buttons; untested"))
        #elseif canImport(CSystemd)
        guard DesktopNotifier.sessionBusMayExist(environment: environment) else {
            statuses.append(ChannelStatus(.desktop, off: "no session bus"))
            return
        }
        if checkLibrary, !DesktopNotifier.libraryLoads() {
            statuses.append(ChannelStatus(.desktop, off: "libsystemd.so.0 not found"))
            return
        }
        channels.append(DesktopNotifier(explicit: mode.named != nil))
        statuses.append(ChannelStatus(.desktop, on: "session bus, with buttons where the server has them"))
        #else
        statuses.append(ChannelStatus(.desktop, off: "built without D-Bus"))
        #endif
    }

    private mutating func openTmux(_ mode: NotifyMode, environment: [String: String], prompt: [String],
                                   spawn: @escaping ([String]) -> Void) {
        guard mode.asks(.tmux) else {
            statuses.append(ChannelStatus(.tmux, off: Self.notNamed(mode, .tmux)))
            return
        }
        guard let socket = environment["TMUX"], !socket.isEmpty else {
            statuses.append(ChannelStatus(.tmux, off: "not inside tmux"))
            return
        }
        guard let pane = environment["TMUX_PANE"], pane.hasPrefix("%"), pane.dropFirst().allSatisfy(\.isNumber) else {
            statuses.append(ChannelStatus(.tmux, off: "no $TMUX_PANE"))
            return
        }
        guard let version = TmuxVersion.installed() else {
            statuses.append(ChannelStatus(.tmux, off: "tmux -V did not answer"))
            return
        }
        let popup = TmuxPopup(pane: pane, version: version, prompt: prompt)
        channels.append(popup)
        statuses.append(ChannelStatus(.tmux, on: version.hasPopups
            ? "tmux \(version.text): a popup when the pane is hidden"
            : "tmux \(version.text): a message when the pane is hidden; popups need 3.2"))
    }
}
