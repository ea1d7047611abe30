#if canImport(CSystemd)
#if canImport(Glibc)
import Glibc
#endif
import CSystemd
import LimberCore
import LimberLibrary

/// Desktop notifications over the session bus (`org.freedesktop.Notifications`), through the
/// sd-bus the presence probe loads at run time. Nothing is connected while no prompt is due:
/// the bus is opened when the prompt rings and closed when it ends. Every call is asynchronous
/// (queued, its reply read when the run loop finds the descriptor ready), so a slow or absent
/// server never holds up the screen. The server's capabilities are asked once per run, with
/// the first notification; later prompts cost one call (Notify) and its reply.
public final class DesktopNotifier: PromptChannel {
    public let channel = NotifyChannel.desktop
    private var api = limber_notify_api()
    private var loaded = false
    private var bus: OpaquePointer?
    private var watchSlot: OpaquePointer?
    private var capabilitiesSlot: OpaquePointer?
    private var notifySlot: OpaquePointer?
    private let inbox: UnsafeMutablePointer<limber_notify_inbox>
    /// Whether the server shows action buttons; learnt from the first connection of the run.
    private var hasActions: Bool?
    /// The notification showing, by the server's id.
    private var shown: UInt32?
    /// A Notify waits for its reply: a newer view waits here, so it replaces rather than stacks.
    private var inFlight = false
    private var waiting: PromptView?
    /// The prompt ended while a Notify was in flight: close its notification once its id is known.
    private var endWanted = false
    /// Off for the rest of the run, and why (no library, no bus).
    private var off: String?
    private var warnings: [String] = []
    /// Problems already said, so each is said once.
    private var said: Set<String> = []
    /// Whether being off is worth a warning (named in `notify`) or only a line in `limber config`.
    private let explicit: Bool

    public init(explicit: Bool) {
        self.explicit = explicit
        inbox = .allocate(capacity: 1)
        inbox.initialize(to: limber_notify_inbox())
    }

    deinit {
        disconnect()
        inbox.deallocate()
    }

    /// Whether a session bus may be there: an address was given, or the standard socket exists.
    /// Checked without loading anything, so it costs nothing at start.
    public static func sessionBusMayExist(environment: [String: String]) -> Bool {
        if let address = environment["DBUS_SESSION_BUS_ADDRESS"], !address.isEmpty { return true }
        guard let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty else { return false }
        return access(runtime + "/bus", F_OK) == 0
    }

    /// Whether libsystemd can be loaded (for `limber config`; the timer loads it only when a prompt rings).
    public static func libraryLoads() -> Bool {
        var api = limber_notify_api()
        guard limber_notify_load(&api) == 0 else { return false }
        dlclose(api.library)
        return true
    }

    // MARK: PromptChannel

    public func ring(_ view: PromptView, first: Bool) {
        send(view)
    }

    public func update(_ view: PromptView) {
        // A notification the person dismissed stays dismissed until the next ring.
        guard shown != nil || inFlight else { return }
        send(view)
    }

    public func end() {
        waiting = nil
        if inFlight {
            endWanted = true
            return
        }
        if let shown, let bus { _ = limber_notify_close(&api, bus, shown) }
        shown = nil
        disconnect()
    }

    public var pollRequest: (fd: Int32, events: Int16)? {
        guard let bus else { return nil }
        let fd = api.get_fd(bus)
        let events = api.get_events(bus)
        guard fd >= 0 else { return nil }
        return (fd, Int16(truncatingIfNeeded: events > 0 ? events : Int32(POLLIN)))
    }

    public func take() -> [PromptAnswer] {
        guard let bus else { return [] }
        for _ in 0..<64 {
            let r = api.process(bus, nil)
            if r < 0 {
                lost("the session bus closed")
                return []
            }
            if r == 0 { break }
        }
        return readInbox()
    }

    public func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }

    // MARK: Calls

    private func send(_ view: PromptView) {
        guard off == nil, connect(), let bus else { return }
        endWanted = false
        guard hasActions != nil, !inFlight else {
            waiting = view
            if hasActions == nil, capabilitiesSlot == nil {
                var slot: OpaquePointer?
                if limber_notify_ask_capabilities(&api, bus, &slot, inbox) < 0 {
                    lost("could not reach the notification server")
                    return
                }
                capabilitiesSlot = slot
            }
            return
        }
        notify(view)
    }

    private func notify(_ view: PromptView) {
        guard let bus else { return }
        waiting = nil
        var strings: [String] = []
        if hasActions == true {
            for answer in view.answers { strings += [answer.rawValue, view.labels[answer] ?? answer.rawValue] }
        }
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        var slot: OpaquePointer?
        let r = pointers.withUnsafeBufferPointer { buffer in
            limber_notify_send(&api, bus, &slot, inbox, shown ?? 0, view.title, view.body,
                               UnsafeMutablePointer(mutating: buffer.baseAddress), view.stage == .due ? 1 : 0)
        }
        guard r >= 0 else {
            lost("could not send a notification")
            return
        }
        if let old = notifySlot { _ = api.slot_unref(old) }
        notifySlot = slot
        inFlight = true
    }

    /// Reads replies and signals the handlers kept.
    private func readInbox() -> [PromptAnswer] {
        var answers: [PromptAnswer] = []
        if inbox.pointee.capabilities_state != 0 {
            let state = inbox.pointee.capabilities_state
            inbox.pointee.capabilities_state = 0
            releaseSlot(&capabilitiesSlot)
            if state == 1 {
                hasActions = inbox.pointee.has_actions != 0
                if let view = waiting { notify(view) }
            } else {
                lost(serverProblem())
                return []
            }
        }
        if inbox.pointee.notify_state != 0 {
            let state = inbox.pointee.notify_state
            inbox.pointee.notify_state = 0
            releaseSlot(&notifySlot)
            inFlight = false
            guard state == 1 else {
                // Nothing shows: let the bus go; the next ring tries again.
                lost(serverProblem())
                return []
            }
            shown = inbox.pointee.notification_id
            if endWanted {
                endWanted = false
                end()
                return []
            }
            if let view = waiting { notify(view) }
        }
        let count = Int(min(inbox.pointee.count, LIMBER_NOTIFY_EVENTS))
        let events = withUnsafeBytes(of: inbox.pointee.events) { raw in
            (0..<count).map { raw.load(fromByteOffset: $0 * MemoryLayout<limber_notify_inbox_event>.stride,
                                       as: limber_notify_inbox_event.self) }
        }
        inbox.pointee.count = 0
        for event in events where event.id == shown && shown != nil {
            if event.closed != 0 {
                // Dismissed (or closed by the server after a button): nothing shows any more.
                shown = nil
                continue
            }
            let key = withUnsafeBytes(of: event.action) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let answer = PromptAnswer(rawValue: key) { answers.append(answer) }
        }
        return answers
    }

    private func serverProblem() -> String {
        let name = withUnsafeBytes(of: inbox.pointee.error_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return name.hasSuffix("ServiceUnknown") || name.hasSuffix("NameHasNoOwner")
            ? "no notification server on the session bus" : "the notification server refused (\(name))"
    }

    // MARK: The connection

    private func connect() -> Bool {
        if bus != nil { return true }
        if !loaded {
            guard limber_notify_load(&api) == 0 else {
                turnOff("libsystemd.so.0 not found")
                return false
            }
            loaded = true
        }
        guard Self.sessionBusMayExist(environment: Self.environment()) else {
            turnOff("no session bus")
            return false
        }
        var opened: OpaquePointer?
        guard api.open_user(&opened) >= 0, let opened else {
            turnOff("no session bus")
            return false
        }
        bus = opened
        inbox.initialize(to: limber_notify_inbox())
        inbox.pointee.api = api
        var slot: OpaquePointer?
        guard limber_notify_watch(&api, opened, &slot, inbox) >= 0 else {
            lost("could not watch the notification server")
            return false
        }
        watchSlot = slot
        return true
    }

    private func releaseSlot(_ slot: inout OpaquePointer?) {
        if let held = slot { _ = api.slot_unref(held) }
        slot = nil
    }

    private func disconnect() {
        releaseSlot(&watchSlot)
        releaseSlot(&capabilitiesSlot)
        releaseSlot(&notifySlot)
        // Flushes what is queued (a CloseNotification) before closing.
        if let bus { _ = api.flush_close_unref(bus) }
        bus = nil
        inFlight = false
        endWanted = false
    }

    /// The connection broke: the timer goes on, the next ring tries again.
    private func lost(_ reason: String) {
        say(reason)
        shown = nil
        waiting = nil
        disconnect()
    }

    private func turnOff(_ reason: String) {
        off = reason
        if explicit { say(reason) }
    }

    private func say(_ reason: String) {
        guard said.insert(reason).inserted else { return }
        warnings.append("desktop notifications: \(reason)")
    }

    static func environment() -> [String: String] {
        var values: [String: String] = [:]
        for name in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
#endif
