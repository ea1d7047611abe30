import ArgumentParser
import LimberClock
import LimberCommands
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
        let asked: ClosedRange<LocalDay>
        switch SummaryRequest.days(date: date, days: days, today: SystemDayClock().day(of: Date())) {
        case .success(let range): asked = range
        case .failure(let problem): Console.fail(problem.description, status: ExitStatus.usage)
        }
        let (first, last) = (asked.lowerBound, asked.upperBound)
        guard let output = SummaryFormat(rawValue: format.lowercased()) else {
            Console.fail("--format: '\(format)' is not a format; use text, json or csv", status: ExitStatus.usage)
        }
        let resolved = SettingsLoader.load(source, goal, ascii)
        let goalSeconds = resolved.settings.goal
        let folder = SettingsLoader.dataFolder(resolved)
        switch SummaryRequest.folder(folder, given: resolved.settings.dataDir != nil, source: "\(resolved.source(.dataDir))") {
        case .readable: break
        case .notYet(let note): Console.error("limber: \(note)")
        case .unusable(let problem): Console.fail(problem, status: 1)
        }
        let totals: [DayTotals]
        // Only the text table names the exercises and the areas worked, which needs the library.
        let library = output == .text
            ? ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
            : nil
        do {
            totals = try LiveHistory(folder: folder, warn: Console.historyWarning).days(from: first, through: last, now: Date(),
                                                          helps: library?.helps ?? [:])
        } catch {
            Console.fail("\(error)", status: 1)
        }
        let glyphs: Glyphs = Terminal.localeIsUTF8() && !resolved.settings.ascii ? .unicode : .ascii
        Console.lines(output.render(totals, goal: goalSeconds, names: library?.names ?? [:], glyphs: glyphs))
    }
}
