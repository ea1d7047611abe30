import Foundation
import LimberApp
import LimberControl
import LimberCore
import LimberPresence
import LimberTestSupport
import LimberUI
import Testing

/// Time away in the run loop: what the screen and the status say, and the `u` key.
@Suite struct AppPresenceTests {
    static let welcome14 = "Welcome back: away 14m, counted as a movement break · u I was here"

    static func wide(_ settings: TimerSettings = TimerSettings(interval: 3600)) -> Harness {
        Harness(settings, size: Size(width: 80, height: 24))
    }

    @Test func awayThenBackShowsTheWelcomeAndUGivesTheTimeBack() {
        let h = Self.wide()
        #expect(h.ask(.away, at: 60)?.status?.state == .away)
        h.run(until: 121)
        #expect(h.screen.contains("Away 1m (limber away)"))
        let back = h.ask(.back, at: 60 + 14 * 60)
        #expect(back?.status?.state == .working)
        h.run(until: 60 + 14 * 60 + 3.5) // the "Back from another pane" notice goes first
        #expect(h.screen.contains(Self.welcome14))
        h.input.key(.character("u"), at: 60 + 14 * 60 + 5)
        h.run(until: 60 + 14 * 60 + 6)
        #expect(!h.screen.contains("Welcome back"))
        let state = h.app.engine.state
        #expect(abs(state.stretchElapsed - (60 + 14 * 60 + 6)) < 1.01)
        #expect(state.todayLive.awaySeconds == 0)
        #expect(state.todayLive.presenceCorrections == 1)
        #expect(h.outside.records.contains(.presenceCorrected(seconds: 14 * 60)))
        #expect(!h.outside.records.contains(.naturalBreak(afterPrompt: false)))
        // The status agrees with the screen.
        let status = h.ask(.status, at: 60 + 14 * 60 + 7)?.status
        #expect(status?.state == .working)
        #expect(abs((status?.todaySitting ?? 0) - (60 + 14 * 60 + 7)) < 1.01)
    }

    @Test func theWelcomeGoesAfterAMinuteOrAnyOtherKey() {
        let h = Self.wide()
        _ = h.ask(.away, at: 60)
        _ = h.ask(.back, at: 60 + 14 * 60)
        h.run(until: 60 + 14 * 60 + 50)
        #expect(h.screen.contains("Welcome back"))
        h.run(until: 60 + 15 * 60 + 1)
        #expect(!h.screen.contains("Welcome back"))
        #expect(h.outside.records.contains(.away(seconds: 14 * 60)))
        #expect(h.outside.records.map(\.undated).contains(.naturalBreak(afterPrompt: false)))

        let k = Self.wide()
        _ = k.ask(.away, at: 60)
        _ = k.ask(.back, at: 120)
        k.input.key(.character("?"), at: 125)
        k.run(until: 126)
        #expect(k.app.engine.state.welcome == nil)
        #expect(k.outside.records.contains(.away(seconds: 60)))
    }

    @Test func backWasHereFromAnotherPane() {
        let h = Self.wide()
        _ = h.ask(.away, at: 600)
        let reply = h.ask(.back, wasHere: true, at: 900)
        #expect(reply?.ok == true)
        #expect(abs((reply?.status?.elapsed ?? 0) - 900) < 0.01)
        #expect(h.ask(.back, wasHere: true, at: 901)?.error == "no time was counted as away to give back")
    }

    @Test func aSourceGoingQuietIsAwayOnScreenAndInStatusAndNothingRings() {
        let h = Self.wide(TimerSettings(interval: 400))
        h.input.presence(.terminal, .activity(at: h.startUptime + 10), at: 10)
        h.run(until: 309)
        #expect(h.app.engine.state.away == nil)
        h.run(until: 311)
        #expect(h.screen.contains("Away 5m (no input)"))
        #expect(h.ask(.status, at: 312)?.status?.state == .away)
        h.run(until: 2000)
        #expect(h.outside.bells == 0)
        // Typing again is a return.
        h.input.presence(.terminal, .activity(at: h.startUptime + 2000), at: 2001)
        h.run(until: 2002)
        #expect(h.screen.contains("Welcome back: away 33m"))
    }

    @Test func aLockIsAwayAtOnceAndTheUnlockIsTheReturn() {
        let h = Self.wide()
        h.input.presence(.desktop, .locked, at: 30)
        h.run(until: 31)
        #expect(h.app.engine.state.liveState == .away)
        #expect(h.screen.contains("(screen locked)"))
        h.input.presence(.desktop, .unlocked, at: 90)
        h.run(until: 91)
        #expect(h.screen.contains("Welcome back: away 1m"))
    }
}

/// A source with a scripted check time and signals.
final class FakeSource: PresenceSource {
    let kind = PresenceSourceKind.terminal
    let descriptor: Int32? = nil
    var nextCheck: Double?
    var checks = 0

    init(nextCheck: Double?) {
        self.nextCheck = nextCheck
    }

    func check(at now: Moment) -> [PresenceSignal] {
        checks += 1
        nextCheck = now.uptime + 15
        return [.activity(at: now.uptime)]
    }
}

@Suite struct PollingInputPresenceTests {
    @Test func aSourceIsCheckedAtTheFirstWakeAfterItsTimeAndNeverWaitsMoreThanASecond() {
        let clock = FakeClock(Moment(uptime: 1000, wall: Timeline.start))
        let source = FakeSource(nextCheck: -.infinity)
        let input = PollingInput(terminal: FakeTerminal(size: Size(width: 80, height: 24)), server: nil,
                                 presence: [source]) { clock.now() }
        #expect(input.wait(timeoutMilliseconds: 1) == [.presence(.terminal, .activity(at: 1000))])
        #expect(source.nextCheck == 1015)
        // Not due yet: the wait times out (poll with no descriptors just sleeps) and nothing is checked.
        #expect(input.wait(timeoutMilliseconds: 1).isEmpty)
        #expect(source.checks == 1)
        source.nextCheck = .infinity
        #expect(input.wait(timeoutMilliseconds: 1).isEmpty)
    }
}
