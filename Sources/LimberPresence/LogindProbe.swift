#if canImport(CSystemd)
#if canImport(Glibc)
import Glibc
#endif
import CSystemd
import LimberCore

/// The Linux desktop session as systemd-logind sees it: `IdleHint`, `IdleSinceHint` and
/// `LockedHint` of the login session, over the system D-Bus (sd-bus, loaded only when a bus is
/// there). It subscribes to the session's property changes (from logind, for this session) and
/// wakes only when one arrives; the bus's descriptor is polled with the terminal's. After the
/// session is found, nothing waits on the bus: the first check and each change start one asynchronous read of the
/// hints, a burst of changes while it is out costs one more read, and a logind that does not
/// answer times out on the bus's clock (1 s) while the timer goes on. `DBUS_SYSTEM_BUS_ADDRESS` chooses
/// another bus (the tests' private one).
public final class LogindProbe: PresenceSource {
    public let kind = PresenceSourceKind.desktop
    public private(set) var descriptor: Int32?
    public private(set) var nextCheck: Double? = -.infinity
    private var bus: OpaquePointer?
    private var slot: OpaquePointer?
    private let api: limber_sdbus
    /// The same functions at a fixed address, for the asynchronous reply handler.
    private let stableAPI: UnsafeMutablePointer<limber_sdbus>
    /// Set by the signal handler, cleared when a read of the properties is started.
    private let changed: UnsafeMutablePointer<Int32>
    /// The read on the bus, if any, and its answer.
    private let call: UnsafeMutablePointer<limber_hints_call>
    private let path: String
    /// While the desktop says "not idle", the probe says "input now" this often.
    private let refresh: Double
    private var last: Hints?

    struct Hints: Equatable {
        var idle: Bool
        /// Wall-clock microseconds; 0 when the desktop never set the hint.
        var idleSinceMicroseconds: UInt64
        var locked: Bool
    }

    /// Connects and subscribes, or says why this source is off.
    public static func open(sessionID: String?, refresh: Double) -> Result<LogindProbe, PresenceOff> {
        guard systemBusMayExist() else { return .failure(PresenceOff("no system bus")) }
        var api = limber_sdbus()
        guard limber_sdbus_load(&api) == 0 else { return .failure(PresenceOff("libsystemd.so.0 not found")) }
        var bus: OpaquePointer?
        guard api.open_system(&bus) >= 0, let bus else { return .failure(PresenceOff("no system bus")) }
        // A logind that does not answer must not hold up the start.
        _ = api.set_method_call_timeout(bus, 1_000_000)
        var found: UnsafeMutablePointer<CChar>?
        guard limber_session_path(&api, bus, sessionID, &found) >= 0, let found else {
            _ = api.flush_close_unref(bus)
            return .failure(PresenceOff("no login session on the system bus"))
        }
        let path = String(cString: found)
        free(found)
        // One reading, waiting for it (one call of at most 1 s): a session that does not exist
        // is off from the start. Every later reading is asynchronous.
        let probe = LogindProbe(api: api, bus: bus, path: path, refresh: refresh)
        guard limber_read_hints(probe.stableAPI, bus, path, probe.call) >= 0 else {
            probe.close()
            return .failure(PresenceOff("no login session on the system bus"))
        }
        guard probe.subscribe() else {
            probe.close()
            return .failure(PresenceOff("could not watch the login session"))
        }
        return .success(probe)
    }

    /// Whether to load libsystemd at all: an address was given, or the standard socket is there.
    static func systemBusMayExist() -> Bool {
        getenv("DBUS_SYSTEM_BUS_ADDRESS") != nil || access("/run/dbus/system_bus_socket", F_OK) == 0
            || access("/var/run/dbus/system_bus_socket", F_OK) == 0
    }

    private init(api: limber_sdbus, bus: OpaquePointer, path: String, refresh: Double) {
        self.api = api
        self.bus = bus
        self.path = path
        self.refresh = refresh
        changed = .allocate(capacity: 1)
        changed.initialize(to: 1)
        stableAPI = .allocate(capacity: 1)
        stableAPI.initialize(to: api)
        call = .allocate(capacity: 1)
        call.initialize(to: limber_hints_call())
    }

    deinit {
        close()
        changed.deallocate()
        call.deallocate()
        stableAPI.deallocate()
    }

    private func subscribe() -> Bool {
        guard let bus else { return false }
        var slot: OpaquePointer?
        var api = api
        guard limber_watch_session(&api, bus, &slot, path, changed) >= 0 else { return false }
        self.slot = slot
        let fd = api.get_fd(bus)
        guard fd >= 0 else { return false }
        descriptor = fd
        return true
    }

    private func close() {
        if let pending = call.pointee.slot { _ = api.slot_unref(pending) }
        call.pointee.slot = nil
        call.pointee.pending = 0
        if let slot { _ = api.slot_unref(slot) }
        if let bus { _ = api.flush_close_unref(bus) }
        slot = nil
        bus = nil
        descriptor = nil
        nextCheck = nil
    }

    public func check(at now: Moment) -> [PresenceSignal] {
        var signals: [PresenceSignal] = []
        guard processQueued() else {
            defer { last = nil }
            return last?.locked == true ? [.unlocked] : []
        }
        signals += takeAnswer(at: now)
        // Changes announced and no read out: one read for all of them. Changes that arrive while
        // it is out set the flag again, for one more read after its answer.
        if changed.pointee != 0, call.pointee.pending == 0, let bus {
            changed.pointee = 0
            if limber_read_hints_async(stableAPI, bus, path, call) >= 0, processQueued() {
                signals += takeAnswer(at: now) // a quick logind may have answered already
            }
        }
        let waiting = call.pointee.pending != 0
        // A desktop that keeps the idle hint (it has set it at least once) and says "not idle"
        // means the person is at it now; one that never set it tells nothing.
        if let last, !last.idle, last.idleSinceMicroseconds != 0 {
            if !signals.contains(where: { if case .activity = $0 { true } else { false } }) {
                signals.append(.activity(at: now.uptime))
            }
            nextCheck = now.uptime + refresh
        } else {
            nextCheck = nil
        }
        // A read out: look again when its answer, or its timeout, is due.
        if waiting { nextCheck = min(nextCheck ?? .infinity, now.uptime + Self.answerWait) }
        return signals
    }

    /// The answer to the read that was out, if it came, as signals (an error or a timeout
    /// changes nothing).
    private func takeAnswer(at now: Moment) -> [PresenceSignal] {
        defer { call.pointee.answered = 0 }
        guard call.pointee.answered > 0 else { return [] }
        let hints = Hints(idle: call.pointee.idle != 0, idleSinceMicroseconds: call.pointee.since, locked: call.pointee.locked != 0)
        defer { last = hints }
        return Self.signals(from: last, to: hints, at: now)
    }

    /// How long after starting a read the probe looks for its answer or its timeout (the bus's
    /// method call timeout is 1 s).
    static let answerWait = 1.1

    /// Handles what arrived; false when the bus went away (the source then ends).
    private func processQueued() -> Bool {
        guard let bus else { return false }
        for _ in 0..<64 {
            let r = api.process(bus, nil)
            if r < 0 {
                close()
                return false
            }
            if r == 0 { break }
        }
        return true
    }

    /// What changed between two readings, as signals.
    static func signals(from old: Hints?, to new: Hints, at now: Moment) -> [PresenceSignal] {
        var signals: [PresenceSignal] = []
        if new.locked != (old?.locked ?? false) { signals.append(new.locked ? .locked : .unlocked) }
        if new.idle {
            if old?.idle != true || old?.idleSinceMicroseconds != new.idleSinceMicroseconds {
                signals.append(.idle(since: uptime(ofMicroseconds: new.idleSinceMicroseconds, at: now)))
            }
        } else if old?.idle == true {
            signals.append(.activity(at: now.uptime))
        }
        return signals
    }

    /// A wall-clock time in microseconds on the monotonic clock; 0 or a future time is now.
    static func uptime(ofMicroseconds microseconds: UInt64, at now: Moment) -> Double {
        guard microseconds > 0 else { return now.uptime }
        let ago = now.wall.timeIntervalSince1970 - Double(microseconds) / 1e6
        return now.uptime - max(0, ago)
    }
}
#endif
