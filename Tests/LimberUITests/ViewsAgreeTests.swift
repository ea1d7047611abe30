import LimberCore
import LimberTestSupport
import Testing
@testable import LimberUI

/// The five views of the state (the main screen, the tiny screen, the pane title, the status
/// line and the status JSON) say the same thing at every step of random timelines: away
/// included, which once left the title and the tiny screen counting down to a break.
@Suite struct ViewsAgreeTests {
    /// The words each state goes by in every view.
    static func word(_ state: LiveState) -> String {
        switch state {
        case .working: "break in"
        case .due: "break due"
        case .snoozed: "snoozed"
        case .onBreak: "on break"
        case .breakPaused: "break paused"
        case .paused: "paused"
        case .outsideHours: "prompts"
        case .away: "away"
        case .stopped: "stopped"
        }
    }

    static let events: [Event] = [
        .startBreak, .snooze, .skip, .endBreak, .nextExercise, .toggleBreakPause, .togglePosture, .togglePause,
        .pause(seconds: 20), .resume, .away, .back(wasHere: false), .back(wasHere: true), .welcomeSeen,
    ]

    @Test func theFiveViewsAgree() {
        var seen: Set<LiveState> = []
        for seed in [11, 12, 13, 14] as [UInt64] { walk(seed, &seen) }
        // The walks must reach every state a running timer has, or they prove little.
        #expect(seen == Set(LiveState.allCases).subtracting([.stopped]), "the walks saw only \(seen)")
    }

    func walk(_ seed: UInt64, _ seen: inout Set<LiveState>) {
        var random = Seeded(state: seed)
        // Timeline.start is a Wednesday 11:06 UTC: prompts stop at 11:30, so the walk also
        // spends time outside active hours.
        let settings = TimerSettings(interval: 40, snooze: 10, latest: 90, awayAfter: 30, breakLength: 20,
                                     activeHours: ActiveHours(start: 0, end: 11 * 60 + 30))
        var t = Timeline(settings, library: ScreenFixtures.library)
        for _ in 0..<300 {
            let time = t.now + random.pick([0.5, 1, 3, 9, 40])
            // Space is pressed more often during a break, so the walk reaches a paused one.
            let event = t.state.breakProgress != nil && random.chance(30) ? .toggleBreakPause : random.pick(Self.events)
            t.at(time, random.chance(40) ? event : .tick)
            let now = t.moment(t.now)
            let status = LiveStatus(t.state, at: now)
            let state = status.state
            seen.insert(state)
            let word = Self.word(state)
            let context = ScreenContext(size: Size(width: 80, height: 24), glyphs: .unicode, now: now)
            let views = [
                ("main screen", Screen.render(t.state, context).lines.joined(separator: "\n")),
                ("tiny screen", Screen.render(t.state, ScreenContext(size: Size(width: 30, height: 4), glyphs: .unicode, now: now))
                    .lines.joined(separator: "\n")),
                ("title", StateWords(status).title),
                ("status line", StatusLine.standard(status)),
            ]
            for (name, text) in views where !text.lowercased().contains(word) {
                Issue.record("seed \(seed) at \(t.now): the state is \(state) but the \(name) says:\n\(text)")
                return
            }
            let json = StatusLine.json(status)
            #expect(json.hasPrefix("{\"state\": \"\(state.rawValue)\""), "\(json)")
        }
    }
}
