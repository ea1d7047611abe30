import LimberCore

/// The main screen's line about time away: while away, what limber concluded and why; after
/// the return, the welcome back with the way to undo it.
public enum PresenceLine {
    public static func text(_ state: TimerState, at now: Moment, glyphs: Glyphs) -> String? {
        if let spell = state.away {
            return "Away \(length(now.uptime - spell.since.uptime)) (\(because(spell.reason)))\(glyphs.separator)counted as a movement break"
        }
        guard let welcome = state.welcome else { return nil }
        let undo = KeyTable.main.phrase(for: .character("u"), in: state).map { glyphs.separator + $0 } ?? ""
        return "Welcome back: away \(length(welcome.awaySeconds)), counted as a movement break" + undo
    }

    /// Whole minutes once there is a minute: the line is read at a glance.
    static func length(_ seconds: Double) -> String {
        DurationText.short(seconds >= 60 ? (seconds / 60).rounded(.down) * 60 : seconds)
    }

    static func because(_ reason: AwaySpell.Reason) -> String {
        switch reason {
        case .idle: "no input"
        case .locked: "screen locked"
        case .told: "limber away"
        }
    }
}
