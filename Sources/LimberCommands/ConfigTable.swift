import LimberCore
import LimberLibrary

/// The effective settings as aligned columns: key, value, source.
public enum ConfigTable {
    public static func text(_ resolved: SettingsResolver.Resolved, dataFolder: String) -> String {
        let s = resolved.settings
        let hours = s.timer.activeHours
        let values: [(SettingKey, String)] = [
            (.interval, DurationText.short(s.timer.interval)), (.snooze, DurationText.short(s.timer.snooze)),
            (.latest, DurationText.short(s.timer.latest)), (.awayAfter, DurationText.short(s.timer.awayAfter)),
            (.posture, s.posture.rawValue), (.standingDesk, "\(s.timer.standingDesk)"), (.breakLength, DurationText.short(s.timer.breakLength)),
            (.space, s.timer.space.rawValue), (.goal, DurationText.short(s.goal)),
            (.reducedMotion, "\(s.reducedMotion)"), (.ascii, "\(s.ascii)"), (.figure, s.figure.rawValue), (.color, "\(s.color)"), (.bell, "\(s.bell)"),
            (.notify, s.notify.text), (.notifyCommand, s.notifyCommand.joined(separator: " ")),
            (.activeHours, hours.map { "\(clock($0.start))-\(clock($0.end))" } ?? "always"),
            (.activeDays, hours.map { days($0.days) } ?? "every day"),
            (.dataDir, dataFolder),
            (.presence, s.presence.rawValue), (.idleAfter, DurationText.short(s.timer.idleAfter)),
        ]
        // Values came from a file or the command line: escape control characters for the terminal.
        var rows = values.map { [$0.0.rawValue, FileText.escaped($0.1), FileText.escaped(resolved.source($0.0).description)] }
        for event in HookEvent.allCases {
            let command = s.hooks[event].map { FileText.escaped($0.joined(separator: " ")) } ?? "(none)"
            rows.append(["hooks.\(event.rawValue)", command, FileText.escaped((resolved.hookSources[event] ?? .defaultValue).description)])
        }
        // Values and paths come from the file and the environment: escaped before widths are measured.
        rows = rows.map { $0.map(SafeText.escaped) }
        let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row[0] + String(repeating: " ", count: widths[0] - row[0].count) + "  "
                + row[1] + String(repeating: " ", count: widths[1] - row[1].count) + "  " + row[2]
        }.joined(separator: "\n")
    }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    static func days(_ days: Set<Int>) -> String {
        days == ActiveHours.everyDay ? "every day" : days.sorted().map { ActiveHours.dayNames[$0 - 1] }.joined(separator: ",")
    }
}
