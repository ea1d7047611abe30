import ArgumentParser
import LimberCommands
import LimberControl
import LimberCore
import LimberLibrary
import LimberUI

/// `limber break`, `snooze`, `skip`, `pause`, `resume`, `sit`, `stand`, `away`, `back`: the keys
/// of the running timer, from another pane, a script or a key binding. Each prints the new
/// status line; with no timer, or when the action is not possible now, one line on stderr and
/// exit 1.
///
/// Each command is the `ControlCommand` it sends: its name is that request's name, its help
/// comes from `ControlCommand.help`, and running it sends the request (`TimerCommand`). A
/// command is a type of its own only because ArgumentParser wants one per subcommand; only
/// `pause --for` and `back --was-here` add anything.
enum TimerCommands {
    /// In the order `limber --help` lists them.
    static let all: [ParsableCommand.Type] = [
        BreakCommand.self, SnoozeCommand.self, SkipCommand.self, PauseCommand.self, ResumeCommand.self,
        SitCommand.self, StandCommand.self, AwayCommand.self, BackCommand.self,
    ]

    static let timeout = CommandAnswer.timeout
}

/// A subcommand that sends one request to the running timer and prints what it answers.
protocol TimerCommand: ParsableCommand {
    /// The request this command is.
    static var sends: ControlCommand { get }
    /// The data folder and config file that find the timer.
    var options: CommandOptions { get }
    /// The request with this command's own options; just `sends` by default.
    func request() throws -> ControlRequest
}

extension TimerCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: sends.rawValue, abstract: sends.help.abstract, discussion: sends.help.discussion)
    }

    func request() throws -> ControlRequest { ControlRequest(Self.sends) }

    /// Sends the request and prints the new status line, or fails with the one line why
    /// (`CommandAnswer`).
    func run() throws {
        let request = try request()
        var link = TimerLink(options.resolved)
        switch CommandAnswer.send(request, to: &link) {
        case .success(let line): Console.lines(line)
        case .failure(let problem): Console.fail(problem.description, status: 1)
        }
    }
}

extension ControlCommand {
    /// What the command says in `--help`: one line, and for some a paragraph.
    var help: (abstract: String, discussion: String) {
        switch self {
        case .startBreak: ("Start a break now in the running timer.", "")
        case .snooze: ("Snooze the break that is due.", "")
        case .skip: ("Skip the break that is due.", "")
        case .pause: ("Pause the running timer; with --for, it resumes by itself.",
                      "A pause of at least away-after ends the stretch when it ends.")
        case .resume: ("Resume the paused timer.", "")
        case .sit: ("Tell the running timer you sit now.", "")
        case .stand: ("Tell the running timer you stand now.", "")
        case .away: ("Tell the running timer you are away from the desk from now on.",
                     "The time counts as away until 'limber back' or a key in limber; away for away-after or more, the stretch ends as a natural break.")
        case .back: ("Tell the running timer you are back at the desk.",
                     "With --was-here, the time counted as away goes back to the posture before and the stretch resumes (like u on the screen).")
        // Not commands of their own here: `limber status` has its own (it also reads the
        // history with no timer), and `watch` is what `limber prompt` asks.
        case .status, .watch: ("", "")
        }
    }
}

struct BreakCommand: TimerCommand { static let sends = ControlCommand.startBreak; @OptionGroup var options: CommandOptions }
struct SnoozeCommand: TimerCommand { static let sends = ControlCommand.snooze; @OptionGroup var options: CommandOptions }
struct SkipCommand: TimerCommand { static let sends = ControlCommand.skip; @OptionGroup var options: CommandOptions }
struct ResumeCommand: TimerCommand { static let sends = ControlCommand.resume; @OptionGroup var options: CommandOptions }
struct SitCommand: TimerCommand { static let sends = ControlCommand.sit; @OptionGroup var options: CommandOptions }
struct StandCommand: TimerCommand { static let sends = ControlCommand.stand; @OptionGroup var options: CommandOptions }

struct PauseCommand: TimerCommand {
    static let sends = ControlCommand.pause

    @Option(name: .customLong("for"), help: ArgumentHelp("Resume by itself after this long, \(DurationLimit.pauseFor.text), e.g. 45m, 1h30m or 2d.", valueName: "duration"))
    var duration: String?

    @OptionGroup var options: CommandOptions

    func request() -> ControlRequest {
        guard let duration else { return ControlRequest(.pause) }
        guard let seconds = DurationText.parse(duration), DurationLimit.pauseFor.range.contains(seconds) else {
            Console.fail("--for: '\(duration)' is not a duration from \(DurationLimit.pauseFor.text); use e.g. 45m, 1h30m or 2d",
                         status: ExitStatus.usage)
        }
        return ControlRequest(.pause, seconds: seconds)
    }
}

/// The options every timer command takes: the data folder and config file that find the
/// timer. The timer's own flags change nothing here, so they are refused (see
/// SettingsOptions.swift).
struct CommandOptions: ParsableArguments {
    @OptionGroup var source: SourceOptions

    var resolved: SettingsResolver.Resolved { SettingsLoader.load(source) }
}
