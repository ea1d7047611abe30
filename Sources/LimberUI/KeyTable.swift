import LimberCore

/// What a key asks for: an engine event, or something the program does itself.
public enum KeyAction: Sendable, Equatable {
    case engine(Event)
    /// The key does nothing now; the screen says why.
    case explain(String)
    case toggleHelp
    case closeHelp
    case openSummary
    case closeSummary
    case previousDay
    case nextDay
}

/// One key (or keys) of a screen: what it does now, its footer hint now, and its help line.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How `?` and `--help` name the keys: `Esc, q`.
    public let label: String
    public let help: String
    /// What the key does in this state; nil when it does nothing.
    let action: @Sendable (TimerState) -> KeyAction?
    /// The footer hint in this state; nil when it is not shown.
    let hint: @Sendable (TimerState) -> String?
    /// Whether the hint goes first in this state (`p resume` while paused).
    let leads: @Sendable (TimerState) -> Bool
    /// A hint that does not depend on the timer (the summary screen's).
    let fixedHint: String?

    init(_ keys: [Key], _ label: String, _ help: String, hint: @escaping @Sendable (TimerState) -> String? = { _ in nil },
         leads: @escaping @Sendable (TimerState) -> Bool = { _ in false },
         action: @escaping @Sendable (TimerState) -> KeyAction?) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.hint = hint
        self.leads = leads
        fixedHint = nil
    }

    init(_ keys: [Key], _ label: String, _ help: String, fixedHint: String?, action: KeyAction) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = { _ in action }
        self.hint = { _ in fixedHint }
        self.leads = { _ in false }
        self.fixedHint = fixedHint
    }
}

/// The keys of one screen. The one table drives the handling, the footer hints, the `?` help
/// and the `--help` text, so they cannot drift apart.
public struct KeyTable: Sendable {
    public let title: String
    public let bindings: [KeyBinding]

    /// The action of `key` in `state`, if it does anything.
    public func action(for key: Key, in state: TimerState) -> KeyAction? {
        bindings.first { $0.keys.contains(key) }?.action(state)
    }

    /// The footer hints in `state`, most useful first.
    public func hints(_ state: TimerState) -> [String] {
        let leading = bindings.filter { $0.leads(state) }
        let rest = bindings.filter { !$0.leads(state) }
        return (leading + rest).compactMap { $0.hint(state) }
    }

    /// The hints of a screen whose keys do not depend on the timer (the summary), with the
    /// arrows drawn in the glyph set in use (plain `< >` in ASCII).
    public func fixedHints(_ glyphs: Glyphs) -> [String] {
        bindings.compactMap(\.fixedHint).map { $0.replacing(Self.arrows, with: glyphs.arrows) }
    }

    /// Stands for the left and right arrows in a hint.
    static let arrows = "\u{2190} \u{2192}"

    /// `label  help` lines, the labels in one column.
    public var helpLines: [String] {
        let width = (bindings.map(\.label.count).max() ?? 0) + 2
        return bindings.map { $0.label + String(repeating: " ", count: width - $0.label.count) + $0.help }
    }

    /// The table for what is on screen.
    /// - Parameter practice: one exercise played to try it (`limber exercises show`), not a break.
    public static func current(_ state: TimerState, summaryOpen: Bool, practice: Bool = false) -> KeyTable {
        if summaryOpen { return summary }
        if state.breakProgress == nil { return main }
        return practice ? self.practice : duringBreak
    }

    /// Keys that close the help box, whatever screen is under it.
    public static let help = KeyTable(title: "HELP", bindings: [
        KeyBinding([.escape, .character("?"), .character("q")], "Esc, ?, q", "close the help", fixedHint: nil,
                   action: .closeHelp),
    ])

    public static let main = KeyTable(title: "KEYS", bindings: [
        KeyBinding([.enter], "Enter", "start a break now", hint: { state in
            switch state.phase {
            case .working, .snoozed: "Enter break now"
            case .due: "Enter start break"
            default: nil
            }
        }) { _ in .engine(.startBreak) },
        // Space starts only a break that is due: a stray Space must not start one.
        KeyBinding([.character(" ")], "Space", "start the break when due") { state in
            state.isDue ? .engine(.startBreak) : .explain("No break is due: Enter starts one")
        },
        KeyBinding([.character("z")], "z", "snooze the prompt",
                   hint: { $0.isDue && $0.canSnooze ? "z snooze" : nil }) { _ in .engine(.snooze) },
        KeyBinding([.character("x")], "x", "skip this break", hint: { state in
            switch state.phase {
            case .due, .snoozed: "x skip"
            default: nil
            }
        }) { _ in .engine(.skip) },
        KeyBinding([.character("t")], "t", "switch sitting / standing",
                   hint: { state in
                       guard state.posture == .sitting else { return "t sit down" }
                       return state.settings.standingDesk ? "t stand up" : nil
                   }) { _ in .engine(.togglePosture) },
        KeyBinding([.character("p")], "p", "pause or resume", hint: { $0.isPaused ? "p resume" : "p pause" },
                   leads: { $0.isPaused }) { _ in .engine(.togglePause) },
        KeyBinding([.character("u")], "u", "I was here (undo away)",
                   hint: { $0.welcome != nil || $0.away != nil ? "u I was here" : nil },
                   leads: { $0.welcome != nil || $0.away != nil }) { state in
            state.welcome != nil || state.away != nil ? .engine(.back(wasHere: true)) : nil
        },
        KeyBinding([.character("d")], "d", "summary of the day") { _ in .openSummary },
        KeyBinding([.character("?")], "?", "this help", hint: { _ in KeyHints.help }) { _ in .toggleHelp },
        KeyBinding([.character("q")], "q", "quit", hint: { _ in "q quit" }) { _ in .engine(.quit) },
    ])

    public static let duringBreak = KeyTable(title: "DURING A BREAK", bindings: [
        KeyBinding([.character("n")], "n", "next exercise",
                   hint: { playing($0) ? "n next" : nil }) { _ in .engine(.nextExercise) },
        KeyBinding([.character(" ")], "Space", "pause or resume the break", hint: { state in
            guard playing(state) else { return nil }
            return state.breakProgress?.isPaused == true ? "Space resume" : "Space pause"
        }) { state in playing(state) ? .engine(.toggleBreakPause) : nil },
        KeyBinding([.escape, .character("q")], "Esc, q", "end the break early",
                   hint: { $0.breakProgress?.isDone == false ? "Esc end break" : nil }) { _ in .engine(.endBreak) },
        KeyBinding([.enter], "Enter", "continue (done screen)",
                   hint: { $0.breakProgress?.isDone == true ? "Enter continue" : nil }) { state in
            state.breakProgress?.isDone == true ? .engine(.endBreak) : nil
        },
        KeyBinding([.character("t")], "t", "come back the other way", hint: { state in
            guard state.breakProgress?.returnPosture == .sitting else { return "t come back sitting" }
            return state.settings.standingDesk ? "t come back standing" : nil
        }) { _ in .engine(.togglePosture) },
        KeyBinding([.character("?")], "?", "this help",
                   hint: { _ in KeyHints.help }) { _ in .toggleHelp },
    ])

    /// Trying one exercise: no break to end, no routine to move through, no stretch to come
    /// back to; the program closes when it is over.
    public static let practice = KeyTable(title: "TRYING AN EXERCISE", bindings: [
        KeyBinding([.character(" ")], "Space", "pause or resume", hint: { state in
            guard playing(state) else { return nil }
            return state.breakProgress?.isPaused == true ? "Space resume" : "Space pause"
        }) { state in playing(state) ? .engine(.toggleBreakPause) : nil },
        KeyBinding([.escape, .character("q")], "Esc, q", "stop and close",
                   hint: { $0.breakProgress?.isDone == false ? "Esc stop" : nil }) { _ in .engine(.endBreak) },
        KeyBinding([.enter], "Enter", "close now (done screen)",
                   hint: { $0.breakProgress?.isDone == true ? "Enter close" : nil }) { state in
            state.breakProgress?.isDone == true ? .engine(.endBreak) : nil
        },
        KeyBinding([.character("?")], "?", "this help",
                   hint: { _ in KeyHints.help }) { _ in .toggleHelp },
    ])

    public static let summary = KeyTable(title: "SUMMARY", bindings: [
        KeyBinding([.left], "Left", "the day before", fixedHint: arrows + " other days", action: .previousDay),
        KeyBinding([.right], "Right", "the day after (not past today)", fixedHint: nil, action: .nextDay),
        KeyBinding([.escape], "Esc", "back to the timer", fixedHint: "Esc back", action: .closeSummary),
        KeyBinding([.character("d")], "d", "back to the timer", fixedHint: "d back", action: .closeSummary),
        KeyBinding([.character("q")], "q", "back to the timer", fixedHint: nil, action: .closeSummary),
        KeyBinding([.character("?")], "?", "this help", fixedHint: KeyHints.help, action: .toggleHelp),
    ])

    /// A routine with exercises still to play.
    private static func playing(_ state: TimerState) -> Bool {
        guard let progress = state.breakProgress else { return false }
        return !progress.isDone && !progress.routine.items.isEmpty
    }
}
