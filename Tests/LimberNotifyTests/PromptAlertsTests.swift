import Foundation
import Testing
import LimberCore
import LimberLibrary
import LimberTestSupport
@testable import LimberNotify

/// A channel that records what it was told.
final class RecordingChannel: PromptChannel {
    let channel = NotifyChannel.desktop
    var told: [String] = []
    var views: [PromptView] = []

    func ring(_ view: PromptView, first: Bool) {
        told.append(first ? "ring" : "again")
        views.append(view)
    }

    func update(_ view: PromptView) {
        told.append("update")
        views.append(view)
    }

    func end() { told.append("end") }
    var pollRequest: (fd: Int32, events: Int16)? { nil }
    func take() -> [PromptAnswer] { [] }
    func takeWarnings() -> [String] { [] }
}

/// The channels follow the engine: one ring per prompt plus the overdue reminder, a
/// replacement when it is snoozed, an end however it ends, nothing while quiet rules hold.
@Suite struct PromptAlertsTests {
    static let settings: TimerSettings = {
        var settings = TimerSettings()
        settings.interval = 60
        settings.snooze = 30
        settings.latest = 600
        return settings
    }()

    /// Runs the timeline to `seconds` and hands the engine's bells and each state to the alerts,
    /// as the run loop's effects side does.
    static func run(_ timeline: inout Timeline, to seconds: Double, _ event: Event = .tick, alerts: PromptAlerts) {
        var t = timeline.now
        while t < seconds {
            t = min(seconds, t + 1)
            let effects = timeline.at(t, t == seconds ? event : .tick)
            if effects.contains(.bell) { alerts.ring(timeline.state, firstExercise: "Neck rolls") }
            alerts.follow(timeline.state)
        }
    }

    @Test func onePromptRingsOnceThenSnoozeReplacesAndTheBreakEnds() {
        let channel = RecordingChannel()
        let alerts = PromptAlerts(channels: [channel])
        var timeline = Timeline(Self.settings)
        Self.run(&timeline, to: 59, alerts: alerts)
        #expect(channel.told.isEmpty)
        Self.run(&timeline, to: 65, alerts: alerts)
        #expect(channel.told == ["ring"])
        #expect(channel.views.first?.answers == [.startBreak, .snooze, .skip])
        #expect(channel.views.first?.body == "Seated for 1 min: time to stand up and move. First: Neck rolls.")
        Self.run(&timeline, to: 70, .snooze, alerts: alerts)
        #expect(channel.told == ["ring", "update"])
        #expect(channel.views.last?.stage == .snoozed)
        // The snooze runs out: the prompt comes back, a new appearance.
        Self.run(&timeline, to: 105, alerts: alerts)
        #expect(channel.told == ["ring", "update", "ring"])
        Self.run(&timeline, to: 110, .startBreak, alerts: alerts)
        #expect(channel.told == ["ring", "update", "ring", "end"])
    }

    @Test func theOverdueReminderRingsAgainAndAPauseEndsIt() {
        let channel = RecordingChannel()
        let alerts = PromptAlerts(channels: [channel])
        var timeline = Timeline(Self.settings)
        Self.run(&timeline, to: 61, alerts: alerts)
        Self.run(&timeline, to: 60 + 5 * 60 + 2, alerts: alerts)
        #expect(channel.told == ["ring", "again"])
        #expect(channel.views.last?.title == "Break overdue by 5 min")
        Self.run(&timeline, to: 370, .togglePause, alerts: alerts)
        #expect(channel.told == ["ring", "again", "end"])
        // Resumed: nothing new until the engine rings again.
        Self.run(&timeline, to: 380, .togglePause, alerts: alerts)
        #expect(channel.told == ["ring", "again", "end"])
    }

    @Test func awayOrOutsideActiveHoursNothingShows() {
        var state = Timeline(Self.settings)
        state.at(61)
        #expect(PromptView(state.state) != nil)
        state.at(62, .away)
        #expect(PromptView(state.state) == nil)
    }

    /// Outside active hours the engine rings no bell and there is no prompt view: nothing
    /// shows on any channel. A prompt showing when the hours close ends everywhere.
    @Test func outsideActiveHoursNothingRingsAndClosingHoursEndThePrompt() {
        // Timeline.start is a Wednesday, 11:06:40 UTC: the hours are 11:30 to 11:40.
        var settings = Self.settings
        settings.activeHours = ActiveHours(start: 11 * 60 + 30, end: 11 * 60 + 40, days: ActiveHours.everyDay)
        let channel = RecordingChannel()
        let alerts = PromptAlerts(channels: [channel])
        var timeline = Timeline(settings)
        Self.run(&timeline, to: 20 * 60, alerts: alerts) // 11:26:40, long overdue
        #expect(channel.told.isEmpty)
        Self.run(&timeline, to: 24 * 60, alerts: alerts) // 11:30:40: the hours open
        #expect(channel.told == ["ring"])
        Self.run(&timeline, to: 34 * 60, alerts: alerts) // 11:40:40: they close (the reminder rang at 11:35)
        #expect(channel.told == ["ring", "again", "end"])
        Self.run(&timeline, to: 45 * 60, alerts: alerts)
        #expect(channel.told == ["ring", "again", "end"])
    }

    @Test func noSnoozeLeftOffersTwoAnswers() {
        var settings = Self.settings
        settings.latest = 60
        var timeline = Timeline(settings)
        timeline.at(61)
        #expect(PromptView(timeline.state)?.answers == [.startBreak, .skip])
    }
}
