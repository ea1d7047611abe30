import Foundation
import Testing
@testable import LimberCore
import LimberTestSupport

/// issue 18 items 12, 18, 19: time away shorter than `away_after` is away time but neither a
/// break nor the end of the stretch, whichever source noticed it; a key in limber is the
/// person at the desk for every source; and away from a stretch just begun by a key is still a
/// natural break.
@Suite struct EngineShortAbsenceTests {
    static func up(_ seconds: Double) -> Double { 1000 + seconds }

    static func naturalBreaks(_ t: Timeline) -> Int {
        t.log.filter { if case .record(.naturalBreak) = $0 { true } else { false } }.count
    }

    static func stretchesEnded(_ t: Timeline) -> Int {
        t.log.filter { if case .record(.stretchEnded) = $0 { true } else { false } }.count
    }

    /// The three ways of going away and coming back, each 20 seconds long.
    static let shortAbsences: [(String, Event, Event)] = [
        ("limber away", .away, .back(wasHere: false)),
        ("screen lock", .presence(.desktop, .locked), .presence(.desktop, .unlocked)),
        ("a key after a lock", .presence(.desktop, .locked), .keyPressed),
    ]

    @Test(arguments: shortAbsences.map { ($0.0, $0.1, $0.2) })
    func aShortAbsenceIsAwayButTheStretchGoesOn(name: String, leave: Event, back: Event) {
        var t = Timeline()
        t.at(minutes(10), leave)
        #expect(t.state.away != nil, "\(name)")
        t.at(minutes(10) + 20, back)
        #expect(t.state.away == nil, "\(name)")
        #expect(t.state.welcome?.endedStretch == false)
        // The stretch goes on from where it was: the 20 s are away, not sitting.
        #expect(t.state.stretchElapsed == minutes(10), "\(name)")
        t.at(minutes(12))
        #expect(t.state.welcome == nil)
        #expect(t.state.stretchElapsed == minutes(12) - 20, "\(name)")
        #expect(t.state.todayLive.awaySeconds == 20)
        #expect(t.state.todayLive.sittingSeconds == minutes(12) - 20)
        #expect(t.state.todayLive.naturalBreaks == 0, "\(name)")
        #expect(Self.naturalBreaks(t) == 0)
        #expect(Self.stretchesEnded(t) == 0)
        #expect(t.spans.map(\.activity) == [.sitting, .away])
    }

    @Test func aShortIdleSpellLeavesThePromptWhereItWas() {
        var settings = TimerSettings(interval: minutes(10), awayAfter: minutes(5))
        settings.idleAfter = minutes(1)
        var t = Timeline(settings)
        t.at(minutes(10), .presence(.terminal, .activity(at: Self.up(minutes(10)))))
        #expect(t.state.isDue)
        t.at(minutes(11))
        #expect(t.state.away?.reason == .idle)
        // Back after two minutes (under away_after): still due, not a natural break.
        t.at(minutes(12), .presence(.terminal, .activity(at: Self.up(minutes(12)))))
        #expect(t.state.isDue)
        #expect(t.state.stretchElapsed == minutes(10))
        t.at(minutes(12) + 30, .presence(.terminal, .activity(at: Self.up(minutes(12) + 30))))
        #expect(t.state.todayLive.naturalBreaks == 0)
        #expect(t.state.todayLive.awaySeconds == minutes(2))
    }

    @Test func anAbsenceOfAwayAfterStillEndsTheStretch() {
        var t = Timeline()
        t.at(minutes(10), .away)
        t.at(minutes(15), .back(wasHere: false))
        #expect(t.state.welcome?.endedStretch == true)
        #expect(t.state.stretchElapsed == 0)
        t.at(minutes(17))
        #expect(t.state.todayLive.naturalBreaks == 1)
    }

    @Test func wasHereAfterAShortAbsenceGivesTheSecondsBackOnce() {
        var t = Timeline()
        t.at(minutes(10), .away)
        t.at(minutes(10) + 30, .back(wasHere: true))
        #expect(t.state.stretchElapsed == minutes(10) + 30)
        t.at(minutes(12))
        #expect(t.state.todayLive.sittingSeconds == minutes(12))
        #expect(t.state.todayLive.awaySeconds == 0)
    }

    // MARK: item 18: a key is input

    @Test func aKeyThatDoesNothingElseRestartsTheIdleCount() {
        var t = Timeline()
        t.at(minutes(1), .presence(.terminal, .activity(at: Self.up(minutes(1)))))
        t.at(minutes(4), .keyPressed)
        t.at(minutes(8))
        #expect(t.state.away == nil)
        t.at(minutes(9))
        #expect(t.state.away?.since.uptime == Self.up(minutes(4)))
    }

    @Test(arguments: [Event.away, .presence(.desktop, .locked)])
    func anyKeyEndsTheAwayTime(leave: Event) {
        var t = Timeline()
        t.at(minutes(1), .presence(.terminal, .activity(at: Self.up(minutes(1)))))
        t.at(minutes(10), leave)
        #expect(t.state.away != nil)
        t.at(minutes(20), .keyPressed)
        #expect(t.state.away == nil)
        #expect(t.state.welcome != nil)
        // And it does not come straight back: the key proved the screen unlocked.
        t.at(minutes(20) + 1)
        #expect(t.state.away == nil)
    }

    @Test func aKeyThenUGivesTheAwayTimeBack() {
        var t = Timeline()
        t.at(minutes(10), .away)
        t.at(minutes(20), .keyPressed)
        t.at(minutes(20), .back(wasHere: true))
        #expect(t.state.stretchElapsed == minutes(20))
        #expect(t.state.todayLive.presenceCorrections == 1)
    }

    // MARK: item 19: away from a stretch a key just began

    @Test(arguments: [Event.togglePosture, .skip, .setPosture(.standing)])
    func awayFromAStretchJustBegunIsANaturalBreak(key: Event) {
        var t = Timeline(TimerSettings(interval: minutes(10)))
        t.at(minutes(10))
        #expect(t.state.isDue)
        t.at(minutes(10), key)
        // A change of posture that ends a prompt is a natural break of its own.
        let before = t.state.todayLive.naturalBreaks
        #expect(t.state.stretchElapsed == 0)
        // Idle from the key on: the away time starts at the stretch's first second.
        t.at(minutes(11), .presence(.terminal, .idle(since: Self.up(minutes(10)))))
        t.at(minutes(15))
        #expect(t.state.away?.stretchBefore == 0)
        t.at(minutes(30), .keyPressed)
        t.at(minutes(32))
        #expect(t.state.todayLive.naturalBreaks == before + 1)
        #expect(t.state.todayLive.awaySeconds == minutes(20))
    }

    @Test func awayAtOnceAfterComingBackIsNotASecondNaturalBreak() {
        var t = Timeline()
        t.at(minutes(10), .away)
        t.at(minutes(20), .back(wasHere: false))
        t.at(minutes(20), .welcomeSeen)
        t.at(minutes(20), .away)
        t.at(minutes(30), .back(wasHere: false))
        t.at(minutes(32))
        #expect(t.state.todayLive.naturalBreaks == 1)
    }

    // MARK: item 16: nothing to do is refused

    @Test func commandsWithNothingToDoAreRefused() {
        var t = Timeline()
        #expect(t.state.refusal(for: .setPosture(.sitting)) == "already sitting")
        #expect(t.state.refusal(for: .back(wasHere: false)) == "not away")
        t.at(10, .away)
        #expect(t.state.refusal(for: .away) == "already away")
        t.at(20, .back(wasHere: false))
        t.at(30, .togglePause)
        #expect(t.state.refusal(for: .away) != nil)
    }
}
