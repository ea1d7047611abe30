#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberCore

/// What to do with the session a previous run left behind. Pure: the snapshot and the time
/// in, the history to write and the stretch to resume out.
public struct Recovery: Sendable, Equatable {
    public var spans: [Span] = []
    public var events: [HistoryEvent] = []
    public var resume: Resume?

    /// - A run that died mid-span left that span open: it is closed at its last heartbeat.
    /// - Back within `awayAfter`: the old stretch goes on (same posture, same countdown), and the
    ///   minutes in between count as that posture, as any short gap does. A prompt that was
    ///   showing or snoozed shows again only while the stretch is still past `interval` (the new
    ///   run's, which may be longer than the old one's); otherwise that prompt ends here as a
    ///   natural break after the prompt, so it still ends exactly once, and the stretch goes on
    ///   counting toward the new interval.
    /// - Back later: the gap is time away, the old stretch ends, and that is a natural break
    ///   (which ends the prompt, if one was open).
    /// - A break or a pause is not resumed: the next run starts a new stretch. A paused stretch
    ///   left for at least `awayAfter` ended as a long pause does: a natural break.
    /// - A run that quit recorded its stretch then (`TimerEngine.quit`); only a run that died
    ///   has it recorded here, and a resumed stretch counted long at the quit is not counted
    ///   long again.
    public static func plan(previous: SessionSnapshot?, now: Date, awayAfter: Double, interval: Double) -> Recovery {
        guard let previous else { return Recovery() }
        var recovery = Recovery()
        if previous.running, let open = previous.openSpan, open.seconds > 0 {
            recovery.spans.append(open)
        }
        // A wall clock set back since then must not produce a negative gap.
        let gap = max(0, now.timeIntervalSince(previous.updated))
        let counting = previous.state.isCounting
        let promptOpen = previous.state == .due || previous.state == .snoozed
        if counting, gap < awayAfter {
            let elapsed = previous.stretchSeconds + gap
            let stillDue = elapsed >= interval
            recovery.resume = Resume(posture: previous.posture, stretchElapsed: elapsed, promptOpen: promptOpen && stillDue,
                                     countedLong: !previous.running && previous.stretchSeconds > previous.interval)
            if gap > 0 { recovery.spans.append(Span(activity: Activity(previous.posture), start: previous.updated, seconds: gap)) }
            if promptOpen, !stillDue { recovery.events.append(HistoryEvent(at: now, kind: .naturalBreak, result: .afterPrompt)) }
            return recovery
        }
        if gap > 0 {
            recovery.spans.append(Span(activity: .away, start: previous.updated, seconds: gap))
            recovery.events.append(HistoryEvent(at: now, kind: .away, seconds: gap))
        }
        if counting || (previous.state == .paused && gap >= awayAfter) {
            if previous.running {
                recovery.events.append(HistoryEvent(at: previous.updated, kind: .stretchEnd, posture: previous.posture,
                                                    seconds: previous.stretchSeconds,
                                                    result: previous.stretchSeconds > previous.interval ? .long : nil))
            }
            recovery.events.append(HistoryEvent(at: now, kind: .naturalBreak, result: promptOpen ? .afterPrompt : nil))
        }
        return recovery
    }
}
