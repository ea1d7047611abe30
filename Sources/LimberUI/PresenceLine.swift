import LimberCore

/// The main screen's line about time away: while away, what limber concluded and why; after
/// the return, the welcome back with the way to undo it.
public enum PresenceLine {
    public static func text(_ state: TimerState, at now: Moment, glyphs: Glyphs) -> String? {
        let awayAfter = state.settings.awayAfter
        if let spell = state.away {
            // Only an absence of at least away_after ends the stretch (see TimerEngine+Presence).
            let away = now.uptime - spell.since.uptime
            let counted = away >= awayAfter ? "counted as a movement break" : "a movement break from \(DurationText.short(awayAfter))"
            return "Away \(length(away)) (\(because(spell.reason)))\(glyphs.separator)\(counted)"
        }
        guard let welcome = state.welcome else { return nil }
        let undo = KeyTable.main.phrase(for: .character("u"), in: state).map { glyphs.separator + $0 } ?? ""
        let counted = welcome.endedStretch ? "counted as a movement break" : "too short for a break"
        return "Welcome back: away \(length(welcome.awaySeconds)), \(counted)" + undo
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
