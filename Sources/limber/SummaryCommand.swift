import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore
import LimberLibrary
import LimberStore
import LimberTerminal
import LimberUI

/// `limber summary`: day figures from the history, as text, JSON or CSV.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the movement summary of a day or of the last days.",
        discussion: "Works while the TUI runs; it only reads the history."
    )

    @Option(help: ArgumentHelp("The day to show, as YYYY-MM-DD.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Show the last N days, ending today.", valueName: "n"))
    var days: String?

    @Option(help: ArgumentHelp("text, json or csv.", valueName: "format"))
    var format = "text"

    @OptionGroup var options: SettingsOptions

    func run() throws {
        let clock = SystemDayClock()
        let (first, last) = range(clock)
        guard let output = SummaryFormat(rawValue: format.lowercased()) else {
            Console.fail("--format: '\(format)' is not a format; use text, json or csv", status: ExitStatus.usage)
        }
        let resolved = SettingsLoader.load(options)
        let goalSeconds = resolved.settings.goal
        let folder = SettingsLoader.dataFolder(resolved)
        let totals: [DayTotals]
        // Only the text table names the exercises and the areas worked, which needs the library.
        let library = output == .text
            ? ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
            : nil
        do {
            totals = try LiveHistory(folder: folder).days(from: first, through: last, now: Date(),
                                                          helps: library?.helps ?? [:])
        } catch {
            Console.fail("\(error)", status: 1)
        }
        let glyphs: Glyphs = Terminal.localeIsUTF8() && !resolved.settings.ascii ? .unicode : .ascii
        print(output.render(totals, goal: goalSeconds, names: library?.names ?? [:], glyphs: glyphs))
    }

    private func range(_ clock: SystemDayClock) -> (LocalDay, LocalDay) {
        let today = clock.day(of: Date())
        if date != nil, days != nil {
            Console.fail("--date and --days cannot be used together; pick one", status: ExitStatus.usage)
        }
        if let date {
            guard let day = LocalDay(iso: date) else {
                Console.fail("--date: '\(date)' is not a date; use YYYY-MM-DD, e.g. \(today)", status: ExitStatus.usage)
            }
            return (day, day)
        }
        guard let text = days else { return (today, today) }
        guard let count = Int(text), (1...3660).contains(count) else {
            Console.fail("--days: '\(text)' is not a number of days; use 1 to 3660, e.g. --days 7", status: ExitStatus.usage)
        }
        var first = today
        for _ in 1..<count { first = clock.day(before: first) }
        return (first, today)
    }
}
