#if canImport(CSystemd)
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import LimberCore
import LimberTestSupport
@testable import LimberNotify

/// The desktop channel against a private session bus running python-dbusmock's
/// notification_daemon template. Serialized: the channel finds the bus through the process's
/// DBUS_SESSION_BUS_ADDRESS.
@Suite(.serialized) struct DesktopNotifierTests {

    /// Waits on the channel's descriptor as the run loop does, collecting answers, until `done`.
    @discardableResult
    static func pump(_ notifier: DesktopNotifier, until done: ([PromptAnswer]) throws -> Bool) -> [PromptAnswer] {
        var answers: [PromptAnswer] = []
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let request = notifier.pollRequest {
                var entry = pollfd(fd: request.fd, events: request.events, revents: 0)
                _ = poll(&entry, 1, 200)
            } else {
                usleep(50_000)
            }
            answers += notifier.take()
            if (try? done(answers)) == true { break }
        }
        return answers
    }

    @Test func oneNotificationWithThreeButtonsAnsweredReplacedAndClosed() throws {
        let server = try MockNotifications()
        setenv("DBUS_SESSION_BUS_ADDRESS", server.address, 1)
        defer { unsetenv("DBUS_SESSION_BUS_ADDRESS") }
        let notifier = DesktopNotifier(explicit: true)
        // Nothing is connected before a prompt.
        #expect(notifier.pollRequest == nil)
        notifier.ring(PromptView.sample(), first: true)
        Self.pump(notifier) { _ in try server.notifyCalls().count == 1 }
        let calls = try server.notifyCalls()
        #expect(calls.count == 1)
        #expect(calls.first?.replacesID == 0)
        #expect(calls.first?.summary == "Break due")
        #expect(calls.first?.actions == ["start", "Start break", "snooze", "Snooze 5m", "skip", "Skip"])

        // Pressing Snooze answers the prompt as `z` would.
        try server.invoke(1, "snooze")
        let snoozed = Self.pump(notifier) { !$0.isEmpty }
        #expect(snoozed == [.snooze])

        // Snoozed: the same notification is replaced, not a second one stacked.
        notifier.update(PromptView.sample(.snoozed))
        Self.pump(notifier) { _ in try server.notifyCalls().count == 2 }
        let replaced = try server.notifyCalls()
        #expect(replaced.last?.replacesID == 1)
        #expect(replaced.last?.summary == "Break snoozed")
        #expect(replaced.last?.actions == ["start", "Start break", "skip", "Skip"])

        // The prompt ends elsewhere: the notification is closed and the bus let go.
        notifier.end()
        try server.wait(for: "CloseNotification") { try server.closeCalls() == [1] }
        #expect(notifier.pollRequest == nil)
    }

    @Test func aServerWithoutButtonsGetsAPlainNotification() throws {
        let server = try MockNotifications(actions: false)
        setenv("DBUS_SESSION_BUS_ADDRESS", server.address, 1)
        defer { unsetenv("DBUS_SESSION_BUS_ADDRESS") }
        let notifier = DesktopNotifier(explicit: true)
        notifier.ring(PromptView.sample(), first: true)
        Self.pump(notifier) { _ in try server.notifyCalls().count == 1 }
        #expect(try server.notifyCalls().first?.actions == [])
        #expect(try server.notifyCalls().first?.body == "Seated for 2 min: time to stand up and move. First: Neck rolls.")
    }

    @Test func aServerThatVanishesIsSaidOnceAndNothingBreaks() throws {
        let server = try MockNotifications()
        setenv("DBUS_SESSION_BUS_ADDRESS", server.address, 1)
        defer { unsetenv("DBUS_SESSION_BUS_ADDRESS") }
        let notifier = DesktopNotifier(explicit: true)
        notifier.ring(PromptView.sample(), first: true)
        Self.pump(notifier) { _ in try server.notifyCalls().count == 1 }
        server.stopServer()
        // The overdue reminder finds no server: said once, and the channel carries on.
        notifier.ring(PromptView.sample(), first: false)
        Self.pump(notifier) { _ in notifier.pollRequest == nil }
        notifier.ring(PromptView.sample(), first: false)
        Self.pump(notifier) { _ in notifier.pollRequest == nil }
        let warnings = notifier.takeWarnings()
        #expect(warnings == ["desktop notifications: no notification server on the session bus"])
        notifier.end()
        #expect(notifier.pollRequest == nil)
    }

    @Test func noSessionBusIsOffAndSaidOnce() {
        setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/limber-bus", 1)
        defer { unsetenv("DBUS_SESSION_BUS_ADDRESS") }
        let notifier = DesktopNotifier(explicit: true)
        notifier.ring(PromptView.sample(), first: true)
        notifier.ring(PromptView.sample(), first: false)
        #expect(notifier.pollRequest == nil)
        #expect(notifier.takeWarnings() == ["desktop notifications: no session bus"])
        #expect(notifier.takeWarnings().isEmpty)
    }
}
#endif
