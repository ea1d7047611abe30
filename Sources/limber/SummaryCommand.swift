import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberClock
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

    // Unconditional, so `--date -3` reads -3 as the value rather than as a flag.
    @Option(parsing: .unconditional, help: ArgumentHelp("The day to show: YYYY-MM-DD (1970 to today), today, yesterday, or -N for N days back (0 to \(DayArgument.maxDays)).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Show the last N days, ending today (1 to \(DayArgument.maxDays)).", valueName: "n"))
    var days: String?

    @Option(help: ArgumentHelp("text, json or csv.", valueName: "format"), completion: .list(SummaryFormat.allCases.map(\.rawValue)))
    var format = "text"

    @OptionGroup var goal: GoalOption
    @OptionGroup var ascii: AsciiOption
    @OptionGroup var source: SourceOptions

    func run() throws {
        let clock = SystemDayClock()
        let (first, last) = range(clock)
        guard let output = SummaryFormat(rawValue: format.lowercased()) else {
            Console.fail("--format: '\(format)' is not a format; use text, json or csv", status: ExitStatus.usage)
        }
        let resolved = SettingsLoader.load(source, goal, ascii)
        let goalSeconds = resolved.settings.goal
        let folder = SettingsLoader.dataFolder(resolved)
        checkFolder(folder, given: resolved.settings.dataDir != nil, from: resolved.source(.dataDir))
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
        Console.lines(output.render(totals, goal: goalSeconds, names: library?.names ?? [:], glyphs: glyphs))
    }

    /// A history folder that is not a folder is an error (exit 1). A missing one is an error
    /// too when it was named (flag, `$LIMBER_DATA_DIR` or `data_dir`: most likely a typo); the
    /// default folder missing only means limber has not run yet, so the zeros are printed
    /// after a note on stderr.
    private func checkFolder(_ folder: String, given: Bool, from source: SettingSource) {
        var info = stat()
        let exists = stat(folder, &info) == 0
        if exists, (info.st_mode & S_IFMT) != S_IFDIR {
            Console.fail("no history in \(folder): it is a file, not a folder; check --data-dir, $LIMBER_DATA_DIR or data_dir",
                         status: 1)
        }
        guard !exists else { return }
        if given {
            Console.fail("no history in \(folder): the folder does not exist (set by \(source)); check the path", status: 1)
        }
        Console.error("limber: no history yet in \(folder) (limber has not recorded anything there)")
    }

    private func range(_ clock: SystemDayClock) -> (LocalDay, LocalDay) {
        let today = clock.day(of: Date())
        if date != nil, days != nil {
            Console.fail("--date and --days cannot be used together; pick one", status: ExitStatus.usage)
        }
        if let date {
            switch DayArgument.date(date, today: today) {
            case .success(let day): return (day, day)
            case .failure(let problem): Console.fail("--date: \(problem.message)", status: ExitStatus.usage)
            }
        }
        guard let text = days else { return (today, today) }
        switch DayArgument.days(text) {
        case .success(let count): return (today.adding(days: 1 - count), today)
        case .failure(let problem): Console.fail("--days: \(problem.message)", status: ExitStatus.usage)
        }
    }
}
