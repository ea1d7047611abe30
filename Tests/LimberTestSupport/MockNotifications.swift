#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LimberProcess

/// A private session bus (`dbus-daemon --session`) with python-dbusmock's notification_daemon
/// template on it: point `DBUS_SESSION_BUS_ADDRESS` at `address`. By default the server has the
/// "actions" capability; `calls` reads what limber sent, `invoke` presses a button, `stopServer`
/// makes the server vanish while the bus stays.
public final class MockNotifications {
    public struct Call: Sendable, Equatable {
        public var replacesID: UInt32
        public var summary: String
        public var body: String
        public var actions: [String]
    }

    public let folder: String
    public let address: String
    private var bus: pid_t = 0
    private var server: pid_t?

    public init(actions: Bool = true) throws {
        folder = NSTemporaryDirectory() + "limber-session-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        address = "unix:path=\(folder)/bus"
        bus = try MockLogind.start(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--address=\(address)"],
                                   log: folder + "/daemon.log")
        try wait(for: "the session bus") { FileManager.default.fileExists(atPath: folder + "/bus") }
        let capabilities = actions ? "body actions" : "body"
        server = try MockLogind.start([MockLogind.python, "-m", "dbusmock", "--session", "--template", "notification_daemon",
                                       "--parameters", "{\"capabilities\": \"\(capabilities)\"}"],
                                      log: folder + "/mock.log", environment: ["DBUS_SESSION_BUS_ADDRESS=\(address)"])
        try wait(for: "the mocked notification server") {
            (try? self.python("""
                o = bus.get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications')
                o.GetCapabilities(dbus_interface='org.freedesktop.Notifications')
                """)) != nil
        }
    }

    deinit {
        stopServer()
        kill(bus, SIGTERM)
        ChildProcess.wait(bus)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The server goes away; the bus stays.
    public func stopServer() {
        guard let server else { return }
        kill(server, SIGTERM)
        ChildProcess.wait(server)
        self.server = nil
    }

    /// Every Notify call so far, in order.
    public func notifyCalls() throws -> [Call] {
        let output = try python("""
            import json
            o = bus.get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications')
            for _, args in o.GetMethodCalls('Notify', dbus_interface='org.freedesktop.DBus.Mock'):
                print(json.dumps([int(args[1]), str(args[3]), str(args[4]), [str(a) for a in args[5]]]))
            """) ?? ""
        return output.split(separator: "\n").compactMap { line in
            guard let items = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], items.count == 4,
                  let replaces = (items[0] as? NSNumber)?.uint32Value, let summary = items[1] as? String,
                  let body = items[2] as? String, let actions = items[3] as? [String] else { return nil }
            return Call(replacesID: replaces, summary: summary, body: body, actions: actions)
        }
    }

    /// The ids CloseNotification was called with.
    public func closeCalls() throws -> [UInt32] {
        let output = try python("""
            o = bus.get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications')
            for _, args in o.GetMethodCalls('CloseNotification', dbus_interface='org.freedesktop.DBus.Mock'):
                print(int(args[0]))
            """) ?? ""
        return output.split(separator: "\n").compactMap { UInt32($0) }
    }

    /// The person presses a button: the server's ActionInvoked signal.
    public func invoke(_ id: UInt32, _ action: String) throws {
        _ = try python("""
            o = bus.get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications')
            o.EmitSignal('org.freedesktop.Notifications', 'ActionInvoked', 'us', [dbus.UInt32(\(id)), '\(action)'],
                         dbus_interface='org.freedesktop.DBus.Mock')
            """)
    }

    /// Polls `ready` until it holds (deadline 20 s).
    public func wait(for what: String, timeout: Double = 20, _ ready: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while (try? ready()) != true {
            guard Date() < deadline else {
                let log = (try? String(contentsOfFile: folder + "/mock.log", encoding: .utf8)) ?? ""
                throw MockLogind.Failed(description: "\(what) did not happen within \(Int(timeout)) s (python3-dbusmock installed? 'make deps'): \(log)")
            }
            usleep(50_000)
        }
    }

    /// Runs Python with `bus` connected to the private bus; its output, or nil when it failed.
    private func python(_ body: String) throws -> String? {
        let script = "import dbus\nbus = dbus.bus.BusConnection('\(address)')\n" + body
        let out = folder + "/out-\(UInt32.random(in: 0 ... .max))"
        defer { unlink(out) }
        let pid = try MockLogind.start([MockLogind.python, "-c", script], log: out)
        guard ChildProcess.wait(pid) == 0 else { return nil }
        return try String(contentsOfFile: out, encoding: .utf8)
    }
}
