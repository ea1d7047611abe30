#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import LimberControl
import LimberCore
import LimberStore
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
        if json, format != nil {
            Console.fail("--json and --format: give one of them", status: ExitStatus.usage)
        }
        if let format, let unknown = StatusLine.unknownPlaceholder(in: format) {
            let known = StatusLine.placeholders.map { "{\($0)}" }.joined(separator: " ")
            Console.fail("--format: unknown placeholder {\(unknown)}; use \(known)", status: ExitStatus.usage)
        }
        var link = TimerLink(SettingsLoader.load(source, [], fileProblems: .warn))
        switch link.ask(ControlRequest(.status)) {
        case .reply(let reply):
            // A status line never ends in an error: an answer without a status (a refusal from
            // another version, say) is reported on stderr, and the last known line shown.
            guard let status = reply.status else {
                Console.error("limber: \(reply.error ?? "the timer gave no status")")
                return showLastKnown(link)
            }
            show(status, responding: true)
        case .notResponding, .busy:
            showLastKnown(link)
        case .noTimer:
            if link.timerRuns { return showLastKnown(link) }
            showStopped(link)
        case .failed(let problem):
            // Something else sits at the socket's path (the timer warns about it on its own
            // screen): say so on stderr, but keep the status bar showing what is known.
            Console.error("limber: \(problem)")
            if link.timerRuns { return showLastKnown(link) }
            showStopped(link)
        }
    }

    private func showStopped(_ link: TimerLink) {
        do {
            show(try link.stopped(), responding: true)
        } catch {
            Console.fail("\(error)", status: 1)
        }
    }

    private func showLastKnown(_ link: TimerLink) {
        if let status = link.lastKnown(at: Date()) { return show(status, responding: false) }
        Console.lines(json ? "{\"responding\": false}" : StatusLine.notResponding)
    }

    private func show(_ status: LiveStatus, responding: Bool) {
        if json {
            Console.lines(StatusLine.json(status, responding: responding))
        } else if let format {
            Console.lines(StatusLine.render(format, status, responding: responding))
        } else {
            Console.lines(StatusLine.standard(status, responding: responding))
        }
    }
}
