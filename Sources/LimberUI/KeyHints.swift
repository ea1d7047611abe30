/// Fitting key hints (and other short parts) into one line.
enum KeyHints {
    /// Joins as many hints as fit in `width`, dropping from the end.
    static func fit(_ hints: [String], width: Int, separator: String) -> String {
        var text = ""
        for hint in hints {
            let candidate = text.isEmpty ? hint : text + separator + hint
            if candidate.count > width { break }
            text = candidate
        }
        return text
    }
}
