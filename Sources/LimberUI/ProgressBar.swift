/// A horizontal bar with a percentage, e.g. `█████░░░░░  50%`.
enum ProgressBar {
    static func text(fraction: Double, width: Int, glyphs: Glyphs) -> String {
        let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
        let percent = Int(saturating: (clamped * 100).rounded(.down))
        let label = " " + String(repeating: " ", count: 3 - String(percent).count) + "\(percent)%"
        let barWidth = max(0, width - label.count)
        let filled = Int(saturating: (clamped * Double(barWidth)).rounded(.down))
        return String(repeating: String(glyphs.barFull), count: filled)
            + String(repeating: String(glyphs.barEmpty), count: barWidth - filled)
            + label
    }
}
