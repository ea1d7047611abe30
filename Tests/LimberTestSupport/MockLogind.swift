#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LimberProcess

/// A private D-Bus daemon with python-dbusmock's logind template on it, standing in for the
/// system bus: point `DBUS_SYSTEM_BUS_ADDRESS` at `address`. One mocked session, `c1`, owned by
/// this user; `update` flips its hints the way logind would, with a PropertiesChanged signal.
public final class MockLogind {
    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    public let folder: String
    public let address: String
    public static let session = "c1"
    private var pids: [pid_t] = []

    /// Debian's python, where python3-dbusmock is installed (not pyenv's python3 on PATH).
    static let python = "/usr/bin/python3"

    public init() throws {
        folder = NSTemporaryDirectory() + "limber-bus-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        address = "unix:path=\(folder)/bus"
        pids.append(try Self.start(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--address=\(address)"], log: folder + "/daemon.log"))
        try wait(for: "the bus") { FileManager.default.fileExists(atPath: folder + "/bus") }
        pids.append(try Self.start([Self.python, "-m", "dbusmock", "--system", "--template", "logind"],
                                   log: folder + "/mock.log", environment: ["DBUS_SYSTEM_BUS_ADDRESS=\(address)"]))
        try wait(for: "the mocked logind") {
            (try? self.call("""
                o = bus.get_object('org.freedesktop.login1', '/org/freedesktop/login1')
                o.AddSession('\(Self.session)', 'seat0', dbus.UInt32(\(getuid())), 'person', True, dbus_interface='org.freedesktop.DBus.Mock')
                """)) == 0
        }
    }

    deinit {
        for pid in pids.reversed() {
            kill(pid, SIGTERM)
            ChildProcess.wait(pid)
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Sets session properties, e.g. `["IdleHint": "True", "IdleSinceHint": "dbus.UInt64(…)"]`
    /// (Python expressions).
    public func update(_ properties: [String: String]) throws {
        let dict = properties.map { "'\($0.key)': \($0.value)" }.joined(separator: ", ")
        let status = try call("""
            o = bus.get_object('org.freedesktop.login1', '/org/freedesktop/login1/session/\(Self.session)')
            o.UpdateProperties('org.freedesktop.login1.Session', {\(dict)}, dbus_interface='org.freedesktop.DBus.Mock')
            """)
        guard status == 0 else { throw Failed(description: "could not update the mocked session: \(properties)") }
    }

    /// Stops (SIGSTOP) or continues the mocked logind: a logind that hangs.
    public func hang(_ hung: Bool) {
        kill(pids[1], hung ? SIGSTOP : SIGCONT)
    }

    /// Sends a PropertiesChanged for the session from a connection that is not logind, as any
    /// process on the bus could.
    public func spoofChange() throws {
        let status = try call("""
            msg = dbus.lowlevel.SignalMessage('/org/freedesktop/login1/session/\(Self.session)', 'org.freedesktop.DBus.Properties', 'PropertiesChanged')
            msg.append('org.freedesktop.login1.Session', {'LockedHint': True}, dbus.Array([], signature='s'), signature='sa{sv}as')
            bus.send_message(msg)
            bus.flush()
            """)
        guard status == 0 else { throw Failed(description: "could not send the spoofed signal") }
    }

    /// The wall clock in microseconds, as logind's IdleSinceHint.
    public static func microseconds(_ date: Date) -> String {
        "dbus.UInt64(\(UInt64(date.timeIntervalSince1970 * 1e6)))"
    }

    private func call(_ body: String) throws -> Int32 {
        let script = "import dbus\nbus = dbus.bus.BusConnection('\(address)')\n" + body
        let pid = try Self.start([Self.python, "-c", script], log: folder + "/call.log")
        return ChildProcess.wait(pid)
    }

    private func wait(for what: String, _ ready: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(30)
        while !ready() {
            guard Date() < deadline else {
                let log = (try? String(contentsOfFile: folder + "/mock.log", encoding: .utf8)) ?? ""
                throw Failed(description: "\(what) did not start within 30 s (is python3-dbusmock installed? 'make deps'): \(log)")
            }
            usleep(100_000)
        }
    }

    /// Starts a program with a clean signal mask (test threads block signals, and a child
    /// inherits the mask), output to `log`; does not wait.
    static func start(_ arguments: [String], log: String, environment: [String] = []) throws -> pid_t {
        // The bus addresses given here replace the process's own.
        let given = Set(environment.map { String($0.prefix { $0 != "=" }) } + ["DBUS_SYSTEM_BUS_ADDRESS"])
        let env = ProcessInfo.processInfo.environment.filter { !given.contains($0.key) }.map { "\($0.key)=\($0.value)" }
        let options = ChildProcess.Options(stdout: .file(log, append: true), stderr: .descriptor(1), environment: .exactly(env + environment))
        switch ChildProcess.spawn(arguments, options) {
        case .success(let pid): return pid
        case .failure(let error): throw Failed(description: "could not start \(arguments[0]): \(error)")
        }
    }
}
