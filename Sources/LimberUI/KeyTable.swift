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

/// One key (or keys) of a screen: what it does now, its words now, and its help line. Every
/// "<key> <verb>" phrase on a screen (footer hints, the prompt's choices, notices) is built
/// here, from the key's name and the binding's verb, so a screen cannot name a key that does
/// something else.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How `?` and `--help` name the keys: `Esc, q`.
    public let label: String
    public let help: String
    /// What the key does in this state; nil when it does nothing.
    let action: @Sendable (TimerState) -> KeyAction?
    /// The verb in this state (`snooze`, `resume`); nil when the key is not offered.
    let verb: @Sendable (TimerState) -> String?
    /// Whether the hint goes first in this state (`p resume` while paused).
    let leads: @Sendable (TimerState) -> Bool
    /// A hint that does not depend on the timer (the summary screen's).
    let fixedHint: String?

    init(_ keys: [Key], _ label: String, _ help: String, verb: @escaping @Sendable (TimerState) -> String? = { _ in nil },
         leads: @escaping @Sendable (TimerState) -> Bool = { _ in false },
         action: @escaping @Sendable (TimerState) -> KeyAction?) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.verb = verb
        self.leads = leads
        fixedHint = nil
    }

    init(_ keys: [Key], _ label: String, _ help: String, fixedHint: String?, action: KeyAction) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = { _ in action }
        self.verb = { _ in nil }
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

}

extension KeyBinding {
    /// The key's name in a phrase: the first of the label's (`Esc` of `Esc, q`).
    public var name: String { String(label.split(separator: ",").first ?? Substring(label)) }

    /// `z snooze`: the key's name and its verb in `state`; nil when it is not offered.
    public func phrase(_ state: TimerState) -> String? {
        verb(state).map { name + " " + $0 }
    }
}

extension KeyTable {
    /// The footer hints in `state`, most useful first; `except` leaves out keys a screen
    /// already offers in its own words (the prompt's choices).
    public func hints(_ state: TimerState, except: [Key] = []) -> [String] {
        // One pass, each binding asked once: the footer is worked out every second.
        var leading: [String] = [], rest: [String] = []
        for binding in bindings where except.isEmpty || !binding.keys.contains(where: except.contains) {
            guard let phrase = binding.phrase(state) else { continue }
            if binding.leads(state) { leading.append(phrase) } else { rest.append(phrase) }
        }
        return leading + rest
    }

    /// The phrase for `key` in `state` (`Space resume`), as the footer would give it.
    public func phrase(for key: Key, in state: TimerState) -> String? {
        bindings.first { $0.keys.contains(key) }?.phrase(state)
    }

    /// The hints of a screen whose keys do not depend on the timer (the summary), with the
    /// arrows drawn in the glyph set in use (plain `< >` in ASCII).
    public func fixedHints(_ glyphs: Glyphs) -> [String] {
        bindings.compactMap(\.fixedHint).map { $0.replacingAll(Self.arrows, with: glyphs.arrows) }
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
        KeyBinding([.enter], "Enter", "start a break now", verb: { state in
            switch state.phase {
            // Away, a key brings the person back first: Enter then starts a break.
            case .working, .snoozed, .away: "break now"
            case .due: "start the break"
            default: nil
            }
        }) { _ in .engine(.startBreak) },
        // Space starts only a break that is due: a stray Space must not start one.
        KeyBinding([.character(" ")], "Space", "start the break when due") { state in
            state.isDue ? .engine(.startBreak) : .explain("No break is due: Enter starts one")
        },
        KeyBinding([.character("z")], "z", "snooze the prompt",
                   verb: { $0.isDue && $0.canSnooze ? "snooze \(DurationText.short($0.settings.snooze))" : nil }) { _ in .engine(.snooze) },
        KeyBinding([.character("x")], "x", "skip this break", verb: { state in
            switch state.phase {
            case .due: "skip this break"
            case .snoozed: "skip"
            default: nil
            }
        }) { _ in .engine(.skip) },
        KeyBinding([.character("t")], "t", "switch sitting / standing",
                   verb: { state in
                       guard state.posture == .sitting else { return "sit down" }
                       return state.settings.standingDesk ? "stand up" : nil
                   }) { _ in .engine(.togglePosture) },
        KeyBinding([.character("p")], "p", "pause or resume", verb: { $0.isPaused ? "resume" : "pause" },
                   leads: { $0.isPaused }) { _ in .engine(.togglePause) },
        KeyBinding([.character("u")], "u", "I was here (undo away)",
                   verb: { $0.welcome != nil || $0.away != nil ? "I was here" : nil },
                   leads: { $0.welcome != nil || $0.away != nil }) { state in
            state.welcome != nil || state.away != nil ? .engine(.back(wasHere: true)) : nil
        },
        KeyBinding([.character("d")], "d", "summary of the day") { _ in .openSummary },
        KeyBinding([.character("?")], "?", "this help", verb: { _ in "help" }) { _ in .toggleHelp },
        KeyBinding([.character("q")], "q", "quit", verb: { _ in "quit" }) { _ in .engine(.quit) },
    ])

    public static let duringBreak = KeyTable(title: "DURING A BREAK", bindings: [
        KeyBinding([.character("n")], "n", "next exercise",
                   verb: { playing($0) ? "next" : nil }) { _ in .engine(.nextExercise) },
        KeyBinding([.character(" ")], "Space", "pause or resume the break", verb: { state in
            guard playing(state) else { return nil }
            return state.breakProgress?.isPaused == true ? "resume" : "pause"
        }) { state in playing(state) ? .engine(.toggleBreakPause) : nil },
        KeyBinding([.escape, .character("q")], "Esc, q", "end the break early",
                   verb: { $0.breakProgress?.isDone == false ? "end break" : nil }) { _ in .engine(.endBreak) },
        KeyBinding([.enter], "Enter", "continue (done screen)",
                   verb: { $0.breakProgress?.isDone == true ? "continue" : nil }) { state in
            state.breakProgress?.isDone == true ? .engine(.endBreak) : nil
        },
        KeyBinding([.character("t")], "t", "come back the other way", verb: { state in
            guard state.breakProgress?.returnPosture == .sitting else { return "come back sitting" }
            return state.settings.standingDesk ? "come back standing" : nil
        }) { _ in .engine(.togglePosture) },
        KeyBinding([.character("?")], "?", "this help", verb: { _ in "help" }) { _ in .toggleHelp },
    ])

    /// Trying one exercise: no break to end, no routine to move through, no stretch to come
    /// back to; the program closes when it is over.
    public static let practice = KeyTable(title: "TRYING AN EXERCISE", bindings: [
        KeyBinding([.character(" ")], "Space", "pause or resume", verb: { state in
            guard playing(state) else { return nil }
            return state.breakProgress?.isPaused == true ? "resume" : "pause"
        }) { state in playing(state) ? .engine(.toggleBreakPause) : nil },
        KeyBinding([.escape, .character("q")], "Esc, q", "stop and close",
                   verb: { $0.breakProgress?.isDone == false ? "stop" : nil }) { _ in .engine(.endBreak) },
        KeyBinding([.enter], "Enter", "close now (done screen)",
                   verb: { $0.breakProgress?.isDone == true ? "close" : nil }) { state in
            state.breakProgress?.isDone == true ? .engine(.endBreak) : nil
        },
        KeyBinding([.character("?")], "?", "this help",
                   verb: { _ in "help" }) { _ in .toggleHelp },
    ])

    public static let summary = KeyTable(title: "SUMMARY", bindings: [
        KeyBinding([.left], "Left", "the day before", fixedHint: arrows + " other days", action: .previousDay),
        KeyBinding([.right], "Right", "the day after (not past today)", fixedHint: nil, action: .nextDay),
        KeyBinding([.escape], "Esc", "back to the timer", fixedHint: "Esc back", action: .closeSummary),
        KeyBinding([.character("d")], "d", "back to the timer", fixedHint: "d back", action: .closeSummary),
        KeyBinding([.character("q")], "q", "back to the timer", fixedHint: nil, action: .closeSummary),
    ])

    /// A routine with exercises still to play.
    private static func playing(_ state: TimerState) -> Bool {
        guard let progress = state.breakProgress else { return false }
        return !progress.isDone && !progress.routine.items.isEmpty
    }
}
