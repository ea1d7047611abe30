import ArgumentParser
import LimberCommands
import LimberControl
import LimberCore
import LimberLibrary
import LimberUI

/// `limber break`, `snooze`, `skip`, `pause`, `resume`, `sit`, `stand`: the keys of the running
/// timer, from another pane, a script or a key binding. Each prints the new status line; with
/// no timer, or when the action is not possible now, one line on stderr and exit 1.
enum TimerCommands {
    static let all: [ParsableCommand.Type] = [
        BreakCommand.self, SnoozeCommand.self, SkipCommand.self, PauseCommand.self, ResumeCommand.self,
        SitCommand.self, StandCommand.self, AwayCommand.self, BackCommand.self,
    ]

    static let timeout = CommandAnswer.timeout

    /// Sends the command and prints the new status line, or fails with the one line why
    /// (`CommandAnswer`).
    static func send(_ command: ControlCommand, seconds: Double? = nil, wasHere: Bool? = nil,
                     _ settings: SettingsResolver.Resolved) throws {
        var link = TimerLink(settings)
        switch CommandAnswer.send(ControlRequest(command, seconds: seconds, wasHere: wasHere), to: &link) {
        case .success(let line): Console.lines(line)
        case .failure(let problem): Console.fail(problem.description, status: 1)
        }
    }
}

struct BreakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "break", abstract: "Start a break now in the running timer.")
    @OptionGroup var options: CommandOptions
    func run() throws { try TimerCommands.send(.startBreak, options.resolved) }
}

struct SnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snooze", abstract: "Snooze the break that is due.")
    @OptionGroup var options: CommandOptions
    func run() throws { try TimerCommands.send(.snooze, options.resolved) }
}

struct SkipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "skip", abstract: "Skip the break that is due.")
    @OptionGroup var options: CommandOptions
    func run() throws { try TimerCommands.send(.skip, options.resolved) }
}

struct PauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Pause the running timer; with --for, it resumes by itself.",
        discussion: "A pause of at least away-after ends the stretch when it ends.")

    @Option(name: .customLong("for"), help: ArgumentHelp("Resume by itself after this long, \(DurationLimit.pauseFor.text), e.g. 45m, 1h30m or 2d.", valueName: "duration"))
    var duration: String?

    @OptionGroup var options: CommandOptions

    func run() throws {
        var seconds: Double?
        if let duration {
            guard let parsed = DurationText.parse(duration), DurationLimit.pauseFor.range.contains(parsed) else {
                Console.fail("--for: '\(duration)' is not a duration from \(DurationLimit.pauseFor.text); use e.g. 45m, 1h30m or 2d",
                             status: ExitStatus.usage)
            }
            seconds = parsed
        }
        try TimerCommands.send(.pause, seconds: seconds, options.resolved)
    }
}

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume the paused timer.")
    @OptionGroup var options: CommandOptions
    func run() throws { try TimerCommands.send(.resume, options.resolved) }
}

struct SitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sit", abstract: "Tell the running timer you sit now.")
    @OptionGroup var options: CommandOptions
    func run() throws { try TimerCommands.send(.sit, options.resolved) }
}

struct StandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stand", abstract: "Tell the running timer you stand now.")
    @OptionGroup var options: CommandOptions
    func run() throws { try TimerCommands.send(.stand, options.resolved) }
}

/// The options every timer command takes: the data folder and config file that find the
/// timer. The timer's own flags change nothing here, so they are refused (see
/// SettingsOptions.swift).
struct CommandOptions: ParsableArguments {
    @OptionGroup var source: SourceOptions

    var resolved: SettingsResolver.Resolved { SettingsLoader.load(source) }
}
