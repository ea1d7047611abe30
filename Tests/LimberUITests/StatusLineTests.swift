import LimberCore
import LimberUI
import Testing

/// The status line and its JSON: the forms each state takes, fixed because scripts read them.
@Suite struct StatusLineTests {
    static let working = LiveStatus(state: .working, posture: .sitting, elapsed: 754, remaining: 1946,
                                    todaySitting: 3600, todayStanding: 65)

    @Test func eachStateHasItsLine() {
        var s = Self.working
        #expect(StatusLine.standard(s) == "sitting 12:34 · break in 32:26")
        s.state = .due
        s.remaining = -65
        #expect(StatusLine.standard(s) == "sitting 12:34 · break due +1:05")
        s.state = .snoozed
        s.snoozeRemaining = 170.2
        #expect(StatusLine.standard(s) == "sitting 12:34 · snoozed 2:51")
        s.state = .outsideHours
        #expect(StatusLine.standard(s) == "sitting 12:34 · no prompts now")
        s.promptsResume = ActiveHours.Opening(daysAhead: 2, weekday: 1, minute: 9 * 60)
        #expect(StatusLine.standard(s) == "sitting 12:34 · no prompts until Mon 09:00")
        s.promptsResume = ActiveHours.Opening(daysAhead: 0, weekday: 5, minute: 14 * 60 + 30)
        #expect(StatusLine.standard(s) == "sitting 12:34 · no prompts until 14:30")
        s.promptsResume = nil
        s.state = .paused
        s.snoozeRemaining = nil
        #expect(StatusLine.standard(s) == "paused · sitting 12:34")
        s.pauseRemaining = 1740
        #expect(StatusLine.standard(s) == "paused · sitting 12:34 · resumes in 29:00")
        s.state = .onBreak
        s.breakRemaining = 83
        #expect(StatusLine.standard(s) == "on break · 1:23 left")
        s.state = .breakPaused
        #expect(StatusLine.standard(s) == "break paused · 1:23 left")
        #expect(StatusLine.standard(.stopped(today: nil)) == "stopped · today sitting 0:00, standing 0:00")
        s.state = .away
        s.awayFor = 75
        #expect(StatusLine.standard(s) == "away")
        #expect(StatusLine.standard(Self.working, responding: false) == "sitting 12:34 · break in 32:26 · not responding")
    }

    @Test func placeholders() {
        #expect(StatusLine.render("{posture}|{elapsed}|{remaining}|{state}|{today_sitting}|{today_standing}", Self.working)
                == "sitting|12:34|32:26|working|1:00:00|1:05")
        var due = Self.working
        due.state = .due
        due.remaining = -65
        #expect(StatusLine.render("{remaining}", due) == "+1:05")
        #expect(StatusLine.render("{state}", .stopped(today: nil)) == "stopped")
        #expect(StatusLine.unknownPlaceholder(in: "{state} {bogus}") == "bogus")
    }

    @Test func jsonKeysAreFixed() {
        #expect(StatusLine.json(Self.working) == """
            {"state": "working", "responding": true, "posture": "sitting", "elapsed_seconds": 754, \
            "remaining_seconds": 1946, "today_sitting_seconds": 3600, "today_standing_seconds": 65}
            """)
        var outside = Self.working
        outside.state = .outsideHours
        outside.promptsResume = ActiveHours.Opening(daysAhead: 2, weekday: 1, minute: 9 * 60)
        #expect(StatusLine.json(outside).contains(#""prompts_resume": "Mon 09:00""#))
        #expect(StatusLine.json(.stopped(today: nil), responding: false)
                == #"{"state": "stopped", "responding": false, "today_sitting_seconds": 0, "today_standing_seconds": 0}"#)
        var huge = Self.working
        huge.elapsed = .infinity
        #expect(StatusLine.json(huge).contains("\"elapsed_seconds\": 2147483647"))
    }
}
