import LimberCore
import LimberTestSupport
import LimberNotify

extension PromptView {
    /// A break due (or snoozed) after a 60-second interval, with "Neck rolls" first: the prompt
    /// every channel test rings.
    static func sample(_ stage: PromptView.Stage = .due) -> PromptView {
        var settings = TimerSettings()
        settings.interval = 60
        var timeline = Timeline(settings)
        timeline.at(61)
        if stage == .snoozed { timeline.at(62, .snooze) }
        return PromptView(timeline.state, firstExercise: "Neck rolls")!
    }
}
