#if canImport(Glibc)
import Glibc
#endif
import LimberCommands
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
    /// What the screen should say at start: entries recovered from a journal, or a journal
    /// that could not be read.
    let notices: [String]

    /// Opens the history in `folder`, or exits with one line (another limber runs there, a file
    /// there is not Limber's, is not a regular file, or cannot be read). A history that cannot
    /// be written is not an exit: the recorder keeps everything in memory and shows a warning.
    static func open(_ folder: String, settings: Settings, library: ExerciseLibrary, at start: Moment,
                     lock: InstanceLock, stateFolder: String?) -> HistorySession {
        do {
            let store = try HistoryStore(folder: folder)
            // What the last run could not write is written first, and its session (newer than
            // the one in the database) is the one the recovery starts from.
            let kept = RecoveryJournal.find(folder: folder, stateFolder: stateFolder)
            var previous = try store.session()
            if let session = kept.journal.session, session.updated >= previous?.updated ?? .distantPast { previous = session }
            let history = History(store: store, helps: library.helps)
            let recovery = Recovery.plan(previous: previous, now: start.wall, awayAfter: settings.timer.awayAfter,
                                         days: history.builder.days)
            let recorder = HistoryRecorder(store: store)
            recorder.write(kept.journal)
            recorder.write(recovery)
            if !kept.paths.isEmpty {
                recorder.afterFirstSave = { for path in kept.paths { unlink(path) } }
            }
            var notices = kept.problems
            if !kept.journal.isEmpty {
                notices.append("Recovered \(kept.journal.events.count + kept.journal.spans.count) history entries the last run could not save")
            }
            return HistorySession(
                lock: lock, recorder: recorder,
                summary: SummaryLoader(history: history, goal: settings.goal, names: library.names),
                today: try recorder.totals(of: history.builder.days.day(of: start.wall), builder: history.builder),
                resume: recovery.resume, lastRoutine: try store.lastRoutine(), notices: notices)
        } catch {
            Console.fail("\(error)", status: 1)
        }
    }
}
