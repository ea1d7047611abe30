import Foundation
import LimberApp
import LimberControl
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// `limber status` asks the loop; its answer must be what the screen shows at that moment.
/// Each scenario runs the real loop on a fake clock and compares the reply with the frame.
@Suite struct StatusMatchesScreenTests {
    /// The texts the screen must show for `status`.
    /// - Parameter relaxed: for break screens, only what every break screen shows (the done
    ///   screen and a plain break have no exercise keys).
    static func expectedTexts(_ status: LiveStatus, relaxed: Bool = false) -> [String] {
        // The header shows the stretch in whole minutes; the big clock has the seconds.
        let stretch = "\(status.posture.rawValue) \(DurationText.elapsedMinutes(status.elapsed))"
        if relaxed, status.state == .onBreak { return ["on break"] }
        if relaxed, status.state == .breakPaused { return ["break paused"] }
        switch status.state {
        case .working: return [stretch, "Next break in", DurationText.countdown(status.remaining)]
        case .outsideHours: return [stretch, "Outside active hours", status.promptsResume?.sentence ?? "No prompts now"]
        case .due: return [stretch, "Break due", "+" + DurationText.clock(-status.remaining)]
        case .snoozed: return [stretch, "Snoozed", DurationText.countdown(status.snoozeRemaining ?? -1)]
        case .onBreak: return ["on break", DurationText.countdown(status.breakRemaining ?? -1) + " left", "Space pause"]
        case .breakPaused: return ["break paused", DurationText.countdown(status.breakRemaining ?? -1) + " left", "Space resume"]
        case .paused:
            let resumes = status.pauseRemaining == nil ? "Paused for" : "resumes by itself in"
            return ["paused · " + stretch, resumes]
        case .away, .stopped: return ["(a running loop never says \(status.state))"]
        }
    }

    static func expectMatches(_ reply: ControlReply?, _ harness: Harness, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let status = reply?.status else {
            Issue.record("no status in \(String(describing: reply))", sourceLocation: sourceLocation)
            return
        }
        let screen = harness.screen
        for text in expectedTexts(status) {
            #expect(screen.contains(text), "status \(status) but the screen:\n\(screen)", sourceLocation: sourceLocation)
        }
        // The Today line shows whole minutes of the same figures.
        if [.working, .snoozed, .paused, .outsideHours].contains(status.state) {
            #expect(screen.contains("sat \(DurationText.minutes(status.todaySitting))"), "\(screen)", sourceLocation: sourceLocation)
        }
    }

    @Test func whileWorking() {
        let h = Harness(TimerSettings(interval: 600))
        let reply = h.ask(.status, at: 125.5)
        #expect(reply?.ok == true)
        #expect(reply?.status?.state == .working)
        #expect(reply?.status?.elapsed == 125.5)
        Self.expectMatches(reply, h)
    }

    /// The issue's first complaint: a snooze that ran out is due again, on both sides.
    @Test func aSnoozeThatRanOutIsDue() {
        let h = Harness(TimerSettings(interval: 60, snooze: 30))
        h.run(until: 61)
        Self.expectMatches(h.ask(.status, at: 61), h)
        let snoozed = h.ask(.snooze, at: 62)
        #expect(snoozed?.status?.state == .snoozed)
        #expect(h.screen.contains("Snoozed from another pane"))
        Self.expectMatches(h.ask(.status, at: 70), h)
        h.run(until: 93)
        let due = h.ask(.status, at: 93)
        #expect(due?.status?.state == .due)
        Self.expectMatches(due, h)
        #expect(h.outside.bells == 2)
    }

    /// Space pauses a break: status stops counting it down, as the screen does.
    @Test func aPausedBreak() {
        let h = Harness(TimerSettings(interval: 600, breakLength: 120))
        h.input.key(.enter, at: 10)
        h.input.key(.character(" "), at: 20)
        h.run(until: 21)
        let first = h.ask(.status, at: 21)
        #expect(first?.status?.state == .breakPaused)
        Self.expectMatches(first, h)
        h.run(until: 50)
        let later = h.ask(.status, at: 50)
        #expect(later?.status?.breakRemaining == first?.status?.breakRemaining)
        Self.expectMatches(later, h)
    }

    /// Outside active hours: no prompt on the screen, none in the status either.
    @Test func outsideActiveHours() {
        // Timeline.start is a Wednesday, 11:06 UTC; active hours 14:00-18:00.
        let hours = ActiveHours(start: 14 * 60, end: 18 * 60)
        let h = Harness(TimerSettings(interval: 60, activeHours: hours))
        h.run(until: 90)
        let reply = h.ask(.status, at: 90)
        #expect(reply?.status?.state == .outsideHours)
        #expect(reply?.status?.elapsed == 90)
        #expect(reply?.status?.promptsResume?.sentence == "Prompts resume at 14:00")
        Self.expectMatches(reply, h)
        #expect(h.outside.bells == 0)
    }

    /// Today's totals start at local midnight, the running stretch included.
    @Test func acrossMidnight() throws {
        let beforeMidnight = try #require(Timeline.utc.date(from: DateComponents(year: 2026, month: 11, day: 18, hour: 23, minute: 50)))
        let h = Harness(TimerSettings(interval: 3600), start: beforeMidnight)
        h.run(until: 630)
        let reply = h.ask(.status, at: 630)
        #expect(reply?.status?.elapsed == 630)
        #expect(reply?.status?.todaySitting == 30)
        Self.expectMatches(reply, h)
    }

    @Test func aTimedPauseShowsItsEndAndResumesByItself() {
        let h = Harness(TimerSettings(interval: 600))
        h.run(until: 5)
        let paused = h.ask(.pause, seconds: 3, at: 5)
        #expect(paused?.status?.state == .paused)
        #expect(paused?.status?.pauseRemaining == 3)
        #expect(h.screen.contains("Paused for 3s from another pane"))
        Self.expectMatches(paused, h)
        h.run(until: 8.01)
        #expect(h.app.engine.state.phase == .working)
        let after = h.ask(.status, at: 9)
        #expect(after?.status?.state == .working)
        // Resumed within a few milliseconds of its end (the loop wakes just after a deadline).
        #expect(abs((after?.status?.elapsed ?? 0) - 6) < 0.01)
        Self.expectMatches(after, h)
        // The loop woke for the pause's end, not a second late.
        #expect(h.outside.records.contains(.resumed(pausedSeconds: 3)))
    }
}

/// Random days: keys, commands from another pane and pauses in time, in any order. After each
/// step a status request must match the frame on screen.
@Suite struct RandomStatusTests {
    /// A small deterministic generator, so a failure can be replayed by its seed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let keys: [Key] = [.enter, .character(" "), .character("z"), .character("x"), .character("t"),
                              .character("p"), .character("n"), .escape]
    static let commands: [ControlCommand] = [.startBreak, .snooze, .skip, .pause, .resume, .sit, .stand]

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func statusAlwaysMatchesTheScreen(seed: UInt64) {
        var random = Generator(state: seed)
        let h = Harness(TimerSettings(interval: 8, snooze: 3, latest: 20, awayAfter: 30, breakLength: 10))
        var time = 1.0
        var seen: Set<LiveState> = []
        defer {
            // The walk must reach the states worth comparing, or it proves little.
            #expect(seen.isSuperset(of: [.working, .due, .snoozed, .paused, .onBreak]), "seed \(seed) saw \(seen)")
        }
        for _ in 0..<600 {
            time += [0.3, 1, 2.5, 7][random.next(4)]
            switch random.next(4) {
            case 0: h.input.key(Self.keys[random.next(Self.keys.count)], at: time)
            case 1:
                let command = Self.commands[random.next(Self.commands.count)]
                _ = h.ask(command, seconds: command == .pause && random.next(2) == 0 ? 3 : nil, at: time)
            default: break
            }
            time += 0.01
            h.run(until: time)
            let reply = h.ask(.status, at: time)
            guard let status = reply?.status else {
                Issue.record("no status at \(time)")
                return
            }
            seen.insert(status.state)
            let texts = StatusMatchesScreenTests.expectedTexts(status, relaxed: true)
            for text in texts where !h.screen.contains(text) {
                Issue.record("seed \(seed) at \(time): status \(StatusLine.standard(status)) but the screen lacks '\(text)':\n\(h.screen)")
                return
            }
        }
    }
}
