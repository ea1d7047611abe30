import LimberCore

/// Turns the text of the timer options into settings, or a one-line error that names the
/// option and shows a good value.
enum SettingsBuilder {
    static func duration(_ text: String, option: String, example: String) throws -> Double {
        guard let seconds = DurationText.parse(text) else {
            throw UsageError(message: "\(option): '\(text)' is not a duration; use a value like \(example) (units h, m, s; a bare number is minutes)")
        }
        guard seconds >= 1 else {
            throw UsageError(message: "\(option): '\(text)' is too short; use a value like \(example)")
        }
        return seconds
    }

    static func posture(_ text: String) throws -> Posture {
        guard let posture = Posture(rawValue: text.lowercased()) else {
            throw UsageError(message: "--posture: '\(text)' is not a posture; use --posture sitting or --posture standing")
        }
        return posture
    }

    static func space(_ text: String) throws -> RoutinePlanner.Space {
        guard let space = RoutinePlanner.Space(rawValue: text.lowercased()) else {
            throw UsageError(message: "--space: '\(text)' is not a space; use --space desk or --space floor")
        }
        return space
    }

    static func settings(interval: String, snooze: String, latest: String, awayAfter: String,
                         breakLength: String = "2m", space: String = "desk") throws -> TimerSettings {
        let settings = TimerSettings(
            interval: try duration(interval, option: "--interval", example: "45m"),
            snooze: try duration(snooze, option: "--snooze", example: "5m"),
            latest: try duration(latest, option: "--latest", example: "60m"),
            awayAfter: try duration(awayAfter, option: "--away-after", example: "5m"),
            breakLength: try duration(breakLength, option: "--break-length", example: "2m"),
            space: try self.space(space))
        guard settings.latest >= settings.interval else {
            let suggestion = DurationText.short(settings.interval + 15 * 60)
            throw UsageError(message: "--latest: \(latest) is shorter than --interval \(interval); use a --latest of at least the interval, e.g. --latest \(suggestion)")
        }
        return settings
    }
}
