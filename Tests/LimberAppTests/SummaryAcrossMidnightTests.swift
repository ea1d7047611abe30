import Foundation
import LimberApp
import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// The `d` screen for yesterday, with a stretch running across midnight: its part before
/// midnight counts there, as `limber summary --date yesterday` counts it.
@Suite struct SummaryAcrossMidnightTests {
    static let midnight = CalendarDays(Timeline.utc).start(of: LocalDay(year: 2026, month: 11, day: 19))

    /// Starts sitting 40 s before midnight; `d` then `←` at 30 s past it.
    static func yesterdayScreen() -> Harness {
        let h = Harness(TimerSettings(interval: 600), start: midnight - 40, size: Size(width: 80, height: 24), summary: true)
        h.input.key(.character("d"), at: 70)
        h.input.key(.left, at: 71)
        h.run(until: 72)
        return h
    }

    @Test func yesterdayCountsTheRunningStretchUpToMidnight() {
        let h = Self.yesterdayScreen()
        #expect(h.screen.contains("2026-11-18"), "\(h.screen)")
        #expect(h.screen.contains("sat 40s"), "\(h.screen)")
        // Today's figures are the engine's own: the 72 s since midnight.
        #expect((30...32).contains(h.app.engine.state.todayLive.sittingSeconds))
    }

    @Test func aSpanClosedAfterMidnightStillCountsForYesterdayAtOnce() {
        let h = Self.yesterdayScreen()
        // Standing from another pane closes the sitting span: it is stored, and no longer the
        // running one; the open summary must not lose its part before midnight.
        _ = h.ask(.stand, at: 75)
        h.run(until: 80)
        #expect(h.screen.contains("2026-11-18"), "\(h.screen)")
        #expect(h.screen.contains("sat 40s"), "\(h.screen)")
    }
}
