import Foundation
import LimberClock
import LimberCore
import Testing
@testable import LimberStore

/// `limber summary` and `status` while a timer runs: the stored figures plus the running span
/// and the running stretch, carried forward to now, by the rules the live screen uses.
@Suite struct LiveHistoryTests {
    @Test func theRunningSpanAndStretchCountAsOnTheScreen() throws {
        let folder = TempFolder()
        let clock = SystemDayClock()
        let today = clock.day(of: Date())
        let noon = clock.start(of: today).addingTimeInterval(12 * 3600)
        let lock = try InstanceLock(folder: folder.path)
        let store = try HistoryStore(folder: folder.path)
        // Sitting since 11:58:10; the timer last wrote at 11:59:50, 100 s into the stretch.
        let session = SessionSnapshot(pid: 1, updated: noon - 10, state: .working, posture: .sitting, stretchSeconds: 100,
                                      interval: 2700, breakRemaining: nil,
                                      openSpan: Span(activity: .sitting, start: noon - 110, seconds: 100), running: true)
        try store.write(events: [], spans: [], session: session)
        let day = try #require(try LiveHistory(folder: folder.path).days(from: today, through: today, now: noon).first)
        #expect(day.sittingSeconds == 110)
        // The stretch is not recorded until it ends, yet it counts, as on the timer's screen.
        #expect(day.longestSittingSeconds == 110)
        // Without the running parts: what is stored.
        let stored = try #require(try LiveHistory(folder: folder.path).days(from: today, through: today, now: noon,
                                                                             includingRunning: false).first)
        #expect(stored.sittingSeconds == 0 && stored.longestSittingSeconds == 0)
        _ = lock
    }
}
