/// Which presence sources to use (`presence` setting).
public enum PresenceMode: String, Sendable, Equatable, CaseIterable {
    /// Every source available on this machine.
    case auto
    /// The terminals' last input only.
    case terminal
    /// The desktop session only (logind on Linux, the HID idle time on macOS).
    case desktop
    /// None: only `limber away` / `limber back`, sleep and pauses count as time away.
    case off
}
