import ArgumentParser

/// `limber away` and `limber back`: say it, or let a screen locker say it (swayidle, xss-lock,
/// hypridle). Away starts now; back ends it and shows the welcome-back line.
struct AwayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "away", abstract: "Tell the running timer you are away from the desk from now on.",
        discussion: "The time counts as away until 'limber back' or a key in limber; away for away-after or more, the stretch ends as a natural break.")
    @OptionGroup var source: SourceOptions
    func run() throws { try TimerCommands.send(.away, SettingsLoader.load(source)) }
}

struct BackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "back", abstract: "Tell the running timer you are back at the desk.",
        discussion: "With --was-here, the time counted as away goes back to the posture before and the stretch resumes (like u on the screen).")

    @Flag(name: .customLong("was-here"), help: "You were here all along: undo the time counted as away.")
    var wasHere = false

    @OptionGroup var source: SourceOptions

    func run() throws {
        try TimerCommands.send(.back, wasHere: wasHere ? true : nil, SettingsLoader.load(source))
    }
}
