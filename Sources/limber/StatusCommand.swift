import ArgumentParser
import LimberCommands
import LimberControl
import LimberCore
import LimberUI

/// `limber status`: one line at once, for tmux status bars and shell prompts. It asks the
/// running timer, so the line is what the timer's screen shows.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print one line about the running timer (for tmux and prompts).",
        discussion: """
        Asks the running timer; with none running it prints 'stopped' and today's totals from \
        the history. A timer that does not answer within 0.3 s (stopped with Ctrl-Z) gives its \
        last known line marked 'not responding'. A problem in the config file is reported on \
        stderr and the line is still printed. States: \(LiveState.allCases.map(\.rawValue).joined(separator: ", ")). \
        Placeholders for --format: \(StatusLine.placeholders.map { "{\($0)}" }.joined(separator: ", ")); \
        '{doing} {next}' reads right in every state (see the user guide for each). \
        --json keys: state, responding, \(StatusField.all.compactMap(\.jsonKey).dropFirst().joined(separator: ", ")) \
        (a figure that does not apply now is left out). Example for tmux: set -g status-right '#(limber status)'
        """
    )

    @Option(help: ArgumentHelp("A template such as '{doing} {next}'.", valueName: "template"))
    var format: String?

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @OptionGroup var source: SourceOptions

    func run() throws {
        let shape: StatusReport.Shape
        do {
            shape = try StatusReport.Shape(json: json, format: format)
        } catch {
            Console.fail(error.description, status: ExitStatus.usage)
        }
        var link = TimerLink(SettingsLoader.load(source, [], fileProblems: .warn))
        let report = StatusReport.make(shape, asking: &link, at: Date())
        for line in report.errors { Console.error(line) }
        if report.failed { Console.quit(1) }
        Console.lines(report.output)
    }
}
