import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberStore
import LimberUI

/// `limber status`: one line at once, for tmux status bars and shell prompts.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print one line about the running timer (for tmux and prompts).",
        discussion: """
        Placeholders for --format: {state} (working, due, snoozed, break, paused, stopped), \
        {posture}, {remaining} (m:ss to the next break, +m:ss when overdue), {elapsed} (the \
        current stretch), {today_sitting}, {today_standing}. With no TUI running it prints \
        'stopped'. Example for tmux: set -g status-right '#(limber status)'
        """
    )

    @Option(help: ArgumentHelp("A template such as '{posture} {elapsed} / {remaining}'.", valueName: "template"))
    var format: String?

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @OptionGroup var source: SourceOptions
    // Declared, hidden, so these flags are checked here too (see SettingsOptions.swift).
    @OptionGroup(visibility: .hidden) var timer: TimerOptions
    @OptionGroup(visibility: .hidden) var goal: GoalOption

    func run() throws {
        if let format, let unknown = StatusLine.unknownPlaceholder(in: format) {
            let known = StatusLine.placeholders.map { "{\($0)}" }.joined(separator: " ")
            Console.fail("--format: unknown placeholder {\(unknown)}; use \(known)", status: ExitStatus.usage)
        }
        var status: LiveStatus
        do {
            status = try current()
            // The state is read from the history file: never trusted to be printable.
            status.state = SafeText.escaped(status.state)
        } catch {
            Console.fail("\(error)", status: 1)
        }
        if json {
            print(Self.json(status))
        } else if let format {
            print(StatusLine.render(format, status))
        } else {
            print(StatusLine.standard(status))
        }
    }

    private func current() throws(StoreError) -> LiveStatus {
        let history = try LiveHistory(folder: SettingsLoader.dataFolder(SettingsLoader.load(source, timer, goal)))
        let now = Date()
        guard let session = try history.session() else { return .stopped }
        let day = SystemDayClock().day(of: now)
        // Today from the stored spans only: the running span is added by `live`.
        let stored = try history.days(from: day, through: day, now: now, includingRunning: false)[0]
        return session.live(at: now, today: stored)
    }

    static func json(_ status: LiveStatus) -> String {
        let state = status.state.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        var fields = ["\"state\": \"\(state)\""]
        if status.state != "stopped" {
            fields += [
                "\"posture\": \"\(status.posture.rawValue)\"",
                "\"elapsed_seconds\": \(Int(saturating: status.elapsed.rounded(.down)))",
                "\"remaining_seconds\": \(Int(saturating: status.remaining.rounded(.up)))",
            ]
            if let remaining = status.breakRemaining { fields.append("\"break_remaining_seconds\": \(Int(saturating: remaining.rounded(.up)))") }
        }
        fields += [
            "\"today_sitting_seconds\": \(Int(saturating: status.todaySitting.rounded()))",
            "\"today_standing_seconds\": \(Int(saturating: status.todayStanding.rounded()))",
        ]
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
