/// Reading and writing durations the way people type them: `90s`, `45m`, `1h30m`, `2m30s`, `2d`.
public enum DurationText {
    /// Parses a duration; a bare number means minutes. Returns nil for anything else: signs,
    /// exponents, hex, `inf`. The value may be out of any sensible range (even infinite); the
    /// caller checks its own `DurationLimit`.
    public static func parse(_ text: String) -> Double? {
        let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased()
        guard !trimmed.isEmpty else { return nil }
        if let minutes = Checked.decimal(trimmed) {
            return minutes * 60
        }
        return parseUnits(trimmed)
    }

    private static func parseUnits(_ text: String) -> Double? {
        let scale: [Character: Double] = ["d": 86_400, "h": 3600, "m": 60, "s": 1]
        var total = 0.0
        var number = ""
        var lastScale = Double.infinity
        for character in text {
            if character.isASCII && (character.isNumber || character == ".") {
                number.append(character)
                continue
            }
            // Units must come largest first, each at most once: "1d12h", "1h30m", not "30m1h".
            guard let unit = scale[character], unit < lastScale,
                  let value = Checked.decimal(number) else { return nil }
            total += value * unit
            lastScale = unit
            number = ""
        }
        return number.isEmpty ? total : nil
    }

    /// `m:ss` below an hour, `h:mm:ss` above; negative values are shown as their size.
    public static func clock(_ seconds: Double) -> String {
        let whole = Int(saturating: max(0, seconds).rounded(.down))
        let hours = whole / 3600
        let minutes = (whole % 3600) / 60
        let secs = whole % 60
        if hours > 0 {
            return "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))"
        }
        return "\(minutes):\(twoDigits(secs))"
    }

    /// A countdown: rounds up, so it reads 0:00 only when the time is really up.
    public static func countdown(_ seconds: Double) -> String {
        clock(max(0, seconds).rounded(.up))
    }

    /// A day's total: seconds under a minute (`45s`), else minutes (`12m`, `1h05m`). Rounded to
    /// the nearest second, then the nearest minute, as JSON rounds to the nearest second, so
    /// 4,499.99 s reads `1h15m` where JSON says 4500.
    public static func total(_ seconds: Double) -> String {
        // Clamped before converting: a huge value must not trap.
        let whole = Int(min(max(0, seconds.isFinite ? seconds : 0), 1e12).rounded())
        if whole < 60 { return "\(whole)s" }
        return minutes(Double(whole))
    }

    /// A running total in whole minutes, nearest (`0m`, `12m`, `1h05m`): it changes once a minute
    /// where seconds would redraw it every second (the main screen's today line).
    public static func minutes(_ seconds: Double) -> String {
        let whole = Int(min(max(0, seconds.isFinite ? seconds : 0), 1e12).rounded())
        return minutesText((whole + 30) / 60)
    }

    /// Whole minutes gone by, rounded down as `clock` is (`0m` for 0:59, `12m` for 12:34,
    /// `1h05m`): the main screen's header, so that it agrees with the m:ss of `limber status`.
    public static func elapsedMinutes(_ seconds: Double) -> String {
        minutesText(Int(min(max(0, seconds.isFinite ? seconds : 0), 1e12).rounded(.down)) / 60)
    }

    private static func minutesText(_ minutes: Int) -> String {
        minutes < 60 ? "\(minutes)m" : "\(minutes / 60)h\(twoDigits(minutes % 60))m"
    }

    /// A short human form for settings and prompts: `45m`, `1h30m`, `90s` → `1m30s`.
    public static func short(_ seconds: Double) -> String {
        let whole = Int(saturating: max(0, seconds).rounded())
        let hours = whole / 3600
        let minutes = (whole % 3600) / 60
        let secs = whole % 60
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if secs > 0 || text.isEmpty { text += "\(secs)s" }
        return text
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
