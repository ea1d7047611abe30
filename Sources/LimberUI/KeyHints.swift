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

    /// The hint that opens the help: a footer keeps it whatever else has to go, since the
    /// help lists every key the footer had no room for.
    static let help = "? help"

    /// A footer: as many hints as fit, and `? help` at the end whenever the screen has it.
    static func footer(_ hints: [String], width: Int, separator: String) -> String {
        guard hints.contains(help), help.count <= width else { return fit(hints, width: width, separator: separator) }
        let others = fit(hints.filter { $0 != help }, width: width - help.count - separator.count, separator: separator)
        return others.isEmpty ? help : others + separator + help
    }
}
