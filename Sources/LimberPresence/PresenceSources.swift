import LimberCore

/// The sources the `presence` setting asks for, opened, with each one's status.
public struct PresenceSources {
    public var sources: [any PresenceSource]
    /// Every source the mode names, active or off with the reason.
    public var statuses: [PresenceSourceStatus]

    /// - Parameters:
    ///   - terminalFolder: a folder to look in instead of the system's device folders.
    ///   - sessionID: the login session (`$XDG_SESSION_ID`); nil for this process's session.
    public static func open(_ mode: PresenceMode, idleAfter: Double, terminalFolder: String? = nil,
                            sessionID: String? = nil) -> PresenceSources {
        // Look often enough that idle is noticed within a fraction of idle_after.
        let interval = min(15, max(1, idleAfter / 4))
        var result = PresenceSources(sources: [], statuses: [])
        if mode == .auto || mode == .terminal {
            let probe = TerminalProbe(folders: terminalFolder.map { [$0] } ?? TerminalProbe.systemFolders, interval: interval)
            result.add(probe, offReason: probe.offReason)
        }
        if mode == .auto || mode == .desktop {
            result.openDesktop(interval: interval, sessionID: sessionID)
        }
        return result
    }

    private mutating func add(_ source: any PresenceSource, offReason: String?) {
        statuses.append(PresenceSourceStatus(kind: source.kind, offReason: offReason))
        if offReason == nil { sources.append(source) }
    }

    private mutating func openDesktop(interval: Double, sessionID: String?) {
        #if os(macOS)
        let probe = HIDIdleProbe(interval: interval)
        add(probe, offReason: probe.offReason)
        #elseif canImport(CSystemd)
        switch LogindProbe.open(sessionID: sessionID, refresh: interval) {
        case .success(let probe): add(probe, offReason: nil)
        case .failure(let off): statuses.append(PresenceSourceStatus(kind: .desktop, offReason: off.reason))
        }
        #else
        statuses.append(PresenceSourceStatus(kind: .desktop, offReason: "built without D-Bus"))
        #endif
    }
}
