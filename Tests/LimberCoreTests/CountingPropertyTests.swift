import Foundation
import LimberCore
import LimberTestSupport
import Testing

/// The counting rules as properties: for random sequences of keys and clock gaps (sleep,
/// Ctrl-Z, midnight, the wall clock set back), from fixed seeds, the engine's live totals equal
/// the summary built from what it recorded, every prompt ends exactly once, and no second is
/// lost or counted twice.
@Suite struct CountingPropertyTests {
    static let settings = TimerSettings(interval: minutes(10), snooze: minutes(2), latest: minutes(16),
                                        awayAfter: minutes(5), breakLength: 90)

    static func exercise(_ id: String, _ place: Place, _ helps: [Area], hold: Double, sided: Bool) -> Exercise {
        Exercise(id: id, name: id, place: place, helps: helps, steps: ["move"], dose: .hold(seconds: hold),
                 sided: sided, look: .frames(["still": ["o"]]), targets: ["still"])
    }

    static let library = [
        exercise("march", .standing, [.hipFlexors], hold: 20, sided: false),
        exercise("calf", .standing, [.calves], hold: 15, sided: true),
        exercise("reach", .standing, [.lowerBack], hold: 25, sided: false),
        exercise("twist", .seated, [.core], hold: 20, sided: true),
        exercise("tilt", .seated, [.lowerBack], hold: 30, sided: false),
        exercise("lift", .seated, [.hamstrings], hold: 15, sided: false),
    ]

    /// Mostly time passing, so stretches reach the interval and prompts appear.
    static let keys: [Event] = Array(repeating: .tick, count: 30) + [
        .startBreak, .snooze, .snooze, .skip, .endBreak, .nextExercise, .toggleBreakPause, .togglePosture, .togglePause,
    ]

    @Test(arguments: 0..<40 as Range<UInt64>)
    func liveTotalsEqualTheSummaryOfTheRecords(seed: UInt64) {
        var random = Seeded(state: seed)
        let days = CalendarDays(Timeline.utc)
        // Start up to six hours before a midnight, so every run crosses at least one.
        let midnight = days.start(of: LocalDay(year: 2026, month: 11, day: 27))
        let start = midnight - Double(Int.random(in: 60...(6 * 3600), using: &random))
        var t = Timeline(Self.settings, startWall: start, days: days, library: Self.library)
        var now = 0.0
        for step in 0..<500 {
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<3:
                // Asleep, or stopped with Ctrl-Z: a gap of at least away-after.
                now += minutes(5) + Double(Int.random(in: 0...(3 * 3600), using: &random))
            case 3..<6:
                // The wall clock is set back (up to three hours), then time goes on.
                t.wallOffset -= Double(Int.random(in: 60...(3 * 3600), using: &random))
                now += 1
            default:
                now += Double(Int.random(in: 1...120, using: &random))
            }
            let key = Self.keys.randomElement(using: &random)!
            t.jump(to: now, key)
            if step % 25 == 0 || step == 499 { Self.check(t, days) }
        }
        Self.checkPrompts(t)
    }

    /// Today's figures, the engine's against the summary of the records.
    static func check(_ t: Timeline, _ days: CalendarDays) {
        let state = t.state
        let day = state.today.day
        let builder = SummaryBuilder(days: days, helps: Dictionary(uniqueKeysWithValues: library.map { ($0.id, $0.helps) }))
        let stored = builder.totals(from: day, through: day, spans: t.spans, events: t.events)[0]
        #expect(state.today == stored, "\(day)")
        // The summary path a running timer's figures take (`limber summary`, the d screen):
        // the open span and the running stretch handed to the builder, nothing adjusted here.
        let live = builder.totals(from: day, through: day, spans: t.spans + [state.span.closed(at: state.lastSeen)],
                                  events: t.events, running: state.runningStretch)[0]
        #expect(state.todayLive == live, "\(day)")
        // No day's longest sitting is longer than its sitting: a stretch is split at midnight.
        // (Not once the wall clock was set back: then two stretches share the same wall hours.)
        guard t.wallOffset == 0 else { return }
        for past in builder.totals(from: day.adding(days: -2), through: day, spans: t.spans, events: t.events) {
            #expect(past.longestSittingSeconds <= past.sittingSeconds + 1e-6, "\(past.day)")
        }
        #expect(stored.breaksTaken + stored.breaksSkipped + stored.naturalAfterPrompt == stored.breaksDue)
        #expect(stored.naturalAfterPrompt <= stored.naturalBreaks)
        // Every second since the start is in exactly one span (the open one included).
        let covered = t.spans.reduce(0) { $0 + $1.seconds } + state.span.closed(at: state.lastSeen).seconds
        #expect(abs(covered - t.now) < 1e-6)
    }

    /// In the order recorded, each prompt opens once and ends once: answered with a break,
    /// skipped, or natural. A break before any prompt, or a natural break without one, happens
    /// only while no prompt is open.
    static func checkPrompts(_ t: Timeline) {
        var open = false
        var prompts = 0, endings = 0
        for event in t.events {
            switch (event.kind, event.result) {
            case (.due, _):
                #expect(!open, "a prompt opened twice at \(event.at)")
                open = true
                prompts += 1
            case (.breakStart, .prompted?), (.skip, _), (.naturalBreak, .afterPrompt?):
                #expect(open, "\(event.kind) ended a prompt that was not open at \(event.at)")
                open = false
                endings += 1
            case (.breakStart, _), (.naturalBreak, _):
                #expect(!open, "\(event.kind) left a prompt open at \(event.at)")
            default:
                break
            }
        }
        #expect(open == t.state.hasOpenPrompt)
        #expect(prompts == endings + (open ? 1 : 0))
        #expect(prompts > 0 && endings > 0)
    }
}
