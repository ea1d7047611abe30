#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LimberCore

/// What `limber summary` is asked for, checked: the days (`--date`, `--days`) and whether the
/// history folder can be read from.
public enum SummaryRequest {
    /// The first and last day asked for: one day by `--date`, the last N by `--days`, else
    /// today; the one-line usage error otherwise.
    public static func days(date: String?, days: String?, today: LocalDay) -> Result<ClosedRange<LocalDay>, ReportError> {
        if date != nil, days != nil { return .failure(ReportError("--date and --days cannot be used together; pick one")) }
        if let date {
            return DayArgument.date(date, today: today).map { $0...$0 }.mapError { ReportError("--date: \($0.message)") }
        }
        guard let days else { return .success(today...today) }
        return DayArgument.days(days).map { today.adding(days: 1 - $0)...today }.mapError { ReportError("--days: \($0.message)") }
    }

    /// What a history folder allows.
    public enum Folder: Sendable, Equatable {
        case readable
        /// Missing where limber keeps it by default: it has not run yet; the zeros follow this note.
        case notYet(String)
        /// Not usable: exit 1 with this line.
        case unusable(String)
    }

    /// A history folder that is not a folder is an error. A missing one is an error too when
    /// it was named (`given`: a flag, `$LIMBER_DATA_DIR` or `data_dir`, most likely a typo;
    /// `source` says which); the default folder missing only means limber has not run yet.
    public static func folder(_ folder: String, given: Bool, source: String) -> Folder {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            return given ? .unusable("no history in \(folder): the folder does not exist (set by \(source)); check the path")
                : .notYet("no history yet in \(folder) (limber has not recorded anything there)")
        }
        if (info.st_mode & S_IFMT) != S_IFDIR {
            return .unusable("no history in \(folder): it is a file, not a folder; check --data-dir, $LIMBER_DATA_DIR or data_dir")
        }
        return .readable
    }
}
