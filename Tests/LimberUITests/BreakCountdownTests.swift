import LimberCore
import LimberTestSupport
import LimberUI
import Testing

/// The break's "left" countdown is the routine it plays: `--break-length 24h` once showed
/// "24:00:03 left", and `1s` a 20 s stretch where a 9 s one was there.
@Suite struct BreakCountdownTests {
    static func started(_ breakLength: Double, _ posture: Posture = .sitting) -> Timeline {
        var t = Timeline(TimerSettings(breakLength: breakLength), posture: posture, library: ScreenFixtures.library)
        t.at(60, .startBreak)
        return t
    }

    /// The text before " left" on the routine bar's row.
    static func left(_ canvas: Canvas) -> String? {
        let row = canvas.lines[canvas.height - 2]
        guard let end = row.range(of: " left") else { return nil }
        return row[..<end.lowerBound].split(separator: " ").last.map(String.init)
    }

    @Test func theCountdownShowsTheRoutinesRealLength() throws {
        for posture in Posture.allCases {
            for length in [1.0, 10, 30, 120, 600, 3600, 86_400] {
                let t = Self.started(length, posture)
                let progress = try #require(t.state.breakProgress)
                let routine = progress.routine
                // The routine and the done screen: no more than four exercises at three times their dose.
                #expect(progress.remaining == routine.duration + BreakProgress.doneSeconds)
                #expect(routine.duration <= RoutinePlanner.longest(routine.items.map(\.exercise)))
                let shown = Self.left(ScreenFixtures.render(t, Size(width: 80, height: 24)))
                #expect(shown == DurationText.countdown(progress.remaining), "\(length) s \(posture)")
            }
        }
        #expect(Self.started(86_400).state.breakProgress!.remaining < 30 * 60)
        // The shortest break: one exercise at its minimum dose (10 calf raises, 30 s), then the done screen.
        #expect(Self.left(ScreenFixtures.render(Self.started(1), Size(width: 80, height: 24))) == "0:35")
        #expect(Self.left(ScreenFixtures.render(Self.started(10), Size(width: 80, height: 24))) == "0:35")
    }
}
