import Foundation
import LimberCommands
import LimberCore
import Testing

/// `limber summary`'s days and history folder, checked before anything is read.
@Suite struct SummaryRequestTests {
    static let today = LocalDay(year: 2026, month: 11, day: 18)

    @Test func theDaysAskedFor() {
        #expect(SummaryRequest.days(date: nil, days: nil, today: Self.today) == .success(Self.today...Self.today))
        #expect(SummaryRequest.days(date: "-1", days: nil, today: Self.today)
                == .success(Self.today.adding(days: -1)...Self.today.adding(days: -1)))
        #expect(SummaryRequest.days(date: "2026-11-01", days: nil, today: Self.today)
                == .success(LocalDay(year: 2026, month: 11, day: 1)...LocalDay(year: 2026, month: 11, day: 1)))
        #expect(SummaryRequest.days(date: nil, days: "7", today: Self.today) == .success(Self.today.adding(days: -6)...Self.today))
    }

    @Test func aBadDayIsOneUsageLineNamingTheFlag() {
        #expect(SummaryRequest.days(date: "-1", days: "7", today: Self.today)
                == .failure(ReportError("--date and --days cannot be used together; pick one")))
        for (date, days, flag) in [("tomorrow", nil, "--date: "), (nil, "0", "--days: "), (nil, "x", "--days: "), ("2026-13-01", nil, "--date: ")] {
            guard case .failure(let problem) = SummaryRequest.days(date: date, days: days, today: Self.today) else {
                Issue.record("\(date ?? "-") \(days ?? "-") was taken")
                continue
            }
            #expect(problem.description.hasPrefix(flag))
        }
    }

    @Test func theHistoryFolder() throws {
        let folder = TempFolder()
        #expect(SummaryRequest.folder(folder.path, given: true, source: "--data-dir") == .readable)
        let missing = folder.path + "/nowhere"
        #expect(SummaryRequest.folder(missing, given: false, source: "default")
                == .notYet("no history yet in \(missing) (limber has not recorded anything there)"))
        #expect(SummaryRequest.folder(missing, given: true, source: "command line (--data-dir)")
                == .unusable("no history in \(missing): the folder does not exist (set by command line (--data-dir)); check the path"))
        let file = folder.path + "/file"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        guard case .unusable(let problem) = SummaryRequest.folder(file, given: false, source: "default") else {
            Issue.record("a file was taken for a history folder")
            return
        }
        #expect(problem.contains("it is a file, not a folder"))
    }
}
