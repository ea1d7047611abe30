#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import LimberCore
import LimberTestSupport
@testable import LimberPresence

#if canImport(CSystemd)
/// The desktop probe against a private bus running python-dbusmock's logind template. The
/// suite is serialized: the probe finds the bus through the process's DBUS_SYSTEM_BUS_ADDRESS.
@Suite(.serialized) struct LogindProbeTests {
    static func now() -> Moment {
        var time = timespec()
        clock_gettime(CLOCK_BOOTTIME, &time)
        return Moment(uptime: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9, wall: Date())
    }

    /// Waits on the probe's descriptor (as the run loop does) until `wanted` is among the
    /// signals, collecting them all.
    static func collect(_ probe: LogindProbe, until wanted: (PresenceSignal) -> Bool) -> [PresenceSignal] {
        var seen: [PresenceSignal] = []
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            guard let fd = probe.descriptor else { break }
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            _ = poll(&entry, 1, 500)
            seen += probe.check(at: now())
            if seen.contains(where: wanted) { break }
        }
        return seen
    }

    /// Checks as the run loop does until no reading is out; the signals seen.
    static func settle(_ probe: LogindProbe) -> [PresenceSignal] {
        var seen: [PresenceSignal] = []
        let deadline = Date().addingTimeInterval(15)
        repeat {
            if let fd = probe.descriptor {
                var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&entry, 1, 200)
            }
            seen += probe.check(at: now())
        } while probe.nextCheck != nil && Date() < deadline
        return seen
    }

    /// Issue 16: the match accepted any sender, so any process on the bus could wake the timer
    /// (53k signals a second cost 69 % of a core). Only logind's signals arrive now.
    @Test func aChangeFromAnotherSenderDoesNotArrive() throws {
        let logind = try MockLogind()
        setenv("DBUS_SYSTEM_BUS_ADDRESS", logind.address, 1)
        defer { unsetenv("DBUS_SYSTEM_BUS_ADDRESS") }
        let probe = try LogindProbe.open(sessionID: MockLogind.session, refresh: 30).get()
        _ = Self.settle(probe)
        try logind.spoofChange()
        let fd = try #require(probe.descriptor)
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        #expect(poll(&entry, 1, 1000) == 0, "woken by a signal logind did not send")
        // logind's own still do.
        try logind.update(["LockedHint": "True"])
        #expect(Self.collect(probe) { $0 == .locked }.contains(.locked))
    }

    /// Issue 16: reads were synchronous (1 s timeout, up to 4 a check), so a hung logind froze
    /// the timer. A check never waits for logind now; the read times out on the bus's clock.
    @Test func aHungLogindDoesNotHoldUpACheck() throws {
        let logind = try MockLogind()
        setenv("DBUS_SYSTEM_BUS_ADDRESS", logind.address, 1)
        defer { unsetenv("DBUS_SYSTEM_BUS_ADDRESS") }
        let probe = try LogindProbe.open(sessionID: MockLogind.session, refresh: 30).get()
        logind.hang(true)
        let start = Date()
        #expect(probe.check(at: Self.now()).isEmpty)
        // The bus's method call timeout is 1 s; a check that waited would take at least that.
        #expect(Date().timeIntervalSince(start) < 0.9, "a check waited on logind")
        #expect(probe.nextCheck != nil, "looks again for the answer or its timeout")
        logind.hang(false)
        try logind.update(["LockedHint": "True"])
        #expect(Self.collect(probe) { $0 == .locked }.contains(.locked))
    }

    @Test func hintsArriveAsSignals() throws {
        let logind = try MockLogind()
        setenv("DBUS_SYSTEM_BUS_ADDRESS", logind.address, 1)
        defer { unsetenv("DBUS_SYSTEM_BUS_ADDRESS") }
        let probe = try LogindProbe.open(sessionID: MockLogind.session, refresh: 30).get()
        #expect(probe.descriptor != nil)
        // Not idle, not locked, and a desktop that never set the idle hint: nothing to say yet,
        // and, once the first (asynchronous) reading is in, no check time (it only wakes on a
        // signal).
        #expect(Self.settle(probe).isEmpty)
        #expect(probe.nextCheck == nil)

        let idleSince = Date().addingTimeInterval(-120)
        try logind.update(["IdleHint": "True", "IdleSinceHint": MockLogind.microseconds(idleSince)])
        let idle = Self.collect(probe) { if case .idle = $0 { true } else { false } }
        let now = Self.now()
        guard case .idle(let since)? = idle.first(where: { if case .idle = $0 { true } else { false } }) else {
            Issue.record("no idle signal: \(idle)")
            return
        }
        #expect(abs((now.uptime - since) - 120) < 5)

        try logind.update(["LockedHint": "True"])
        #expect(Self.collect(probe) { $0 == .locked }.contains(.locked))

        try logind.update(["IdleHint": "False", "IdleSinceHint": MockLogind.microseconds(Date())])
        let active = Self.collect(probe) { if case .activity = $0 { true } else { false } }
        #expect(active.contains { if case .activity = $0 { true } else { false } })
        // A desktop that keeps the hint and says "not idle" is the person now: checked again later.
        #expect(probe.nextCheck != nil)

        try logind.update(["LockedHint": "False"])
        #expect(Self.collect(probe) { $0 == .unlocked }.contains(.unlocked))
    }

    @Test func aBusThatGoesAwayEndsTheSourceAndItsLock() throws {
        var logind: MockLogind? = try MockLogind()
        setenv("DBUS_SYSTEM_BUS_ADDRESS", logind?.address ?? "", 1)
        defer { unsetenv("DBUS_SYSTEM_BUS_ADDRESS") }
        let probe = try LogindProbe.open(sessionID: MockLogind.session, refresh: 30).get()
        _ = probe.check(at: Self.now())
        try logind?.update(["LockedHint": "True"])
        #expect(Self.collect(probe) { $0 == .locked }.contains(.locked))
        logind = nil // stops the mock and the bus
        #expect(Self.collect(probe) { $0 == .unlocked }.contains(.unlocked))
        // No descriptor left to poll, so a dead bus cannot spin the loop.
        #expect(probe.descriptor == nil)
        #expect(probe.nextCheck == nil)
    }

    @Test func noSystemBusIsOffAndSaysSo() {
        setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/limber-test-bus", 1)
        defer { unsetenv("DBUS_SYSTEM_BUS_ADDRESS") }
        switch LogindProbe.open(sessionID: "c1", refresh: 30) {
        case .success: Issue.record("a probe without a bus")
        case .failure(let off): #expect(off.reason == "no system bus")
        }
        let sources = PresenceSources.open(.auto, idleAfter: 300)
        #expect(sources.statuses.first { $0.kind == .desktop }?.text == "off (no system bus)")
        #expect(!sources.sources.contains { $0.kind == .desktop })
    }

    @Test func noSessionIsOff() throws {
        let logind = try MockLogind()
        setenv("DBUS_SYSTEM_BUS_ADDRESS", logind.address, 1)
        defer { unsetenv("DBUS_SYSTEM_BUS_ADDRESS") }
        switch LogindProbe.open(sessionID: "nosuch", refresh: 30) {
        case .success: Issue.record("a probe without a session")
        case .failure(let off): #expect(off.reason == "no login session on the system bus")
        }
    }

    @Test func signalsBetweenReadings() {
        let now = Moment(uptime: 1000, wall: Date(timeIntervalSince1970: 10_000))
        let quiet = LogindProbe.Hints(idle: false, idleSinceMicroseconds: 0, locked: false)
        #expect(LogindProbe.signals(from: nil, to: quiet, at: now).isEmpty)
        let idle = LogindProbe.Hints(idle: true, idleSinceMicroseconds: 9_700_000_000, locked: false)
        #expect(LogindProbe.signals(from: quiet, to: idle, at: now) == [.idle(since: 700)])
        let locked = LogindProbe.Hints(idle: true, idleSinceMicroseconds: 9_700_000_000, locked: true)
        #expect(LogindProbe.signals(from: idle, to: locked, at: now) == [.locked])
        let back = LogindProbe.Hints(idle: false, idleSinceMicroseconds: 10_000_000_000, locked: false)
        #expect(LogindProbe.signals(from: locked, to: back, at: now) == [.unlocked, .activity(at: 1000)])
    }
}
#endif
