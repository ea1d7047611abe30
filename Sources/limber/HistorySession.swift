#if canImport(Glibc)
import Glibc
#endif
import LimberCore
import LimberLibrary
import LimberStore

/// The history opened for a TUI run: the lock, the recorder, the summary screen's loader, and
/// what the last run left (today's figures, a stretch to resume, the last routine).
struct HistorySession {
    /// Held for the whole run: one TUI per data folder.
    let lock: InstanceLock
    let recorder: HistoryRecorder
    let summary: SummaryLoader
    let today: DayTotals
    let resume: Resume?
    let lastRoutine: [String]

    /// Opens the history in `folder`, or exits with one line (another limber runs there, a file
    /// there is not Limber's, is not a regular file, or cannot be read). A history that cannot
    /// be written is not an exit: the recorder keeps everything in memory and shows a warning.
    static func open(_ folder: String, settings: Settings, library: ExerciseLibrary, at start: Moment) -> HistorySession {
        do {
            let lock = try InstanceLock(folder: folder)
            let store = try HistoryStore(folder: folder)
            let recovery = Recovery.plan(previous: try store.session(), now: start.wall, awayAfter: settings.timer.awayAfter,
                                         interval: settings.timer.interval)
            let recorder = HistoryRecorder(store: store)
            recorder.write(recovery)
            let history = History(store: store, helps: library.helps)
            return HistorySession(
                lock: lock, recorder: recorder,
                summary: SummaryLoader(history: history, goal: settings.goal, names: library.names),
                today: try recorder.totals(of: history.builder.days.day(of: start.wall), builder: history.builder),
                resume: recovery.resume, lastRoutine: try store.lastRoutine())
        } catch StoreError.alreadyRunning(let pid) {
            // The message is the issue's own words, without the usual "limber:" prefix.
            Console.error("\(StoreError.alreadyRunning(pid))")
            exit(1)
        } catch {
            Console.fail("\(error)", status: 1)
        }
    }
}
