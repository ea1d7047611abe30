/// Word wrapping for centred text.
enum Wrap {
    /// Splits `text` at spaces into lines of at most `width` characters; a word longer than
    /// the width is cut, or with `breakingWords` (a path in a message) carried on over lines.
    static func lines(_ text: String, width: Int, breakingWords: Bool = false) -> [String] {
        guard text.count > width else { return [text] }
        guard width > 0 else { return [] }
        var result: [String] = []
        var current = ""
        var words = text.split(separator: " ", omittingEmptySubsequences: false)
        if breakingWords {
            words = words.flatMap { word in
                stride(from: 0, to: max(1, word.count), by: width).map { word.dropFirst($0).prefix(width) }
            }
        }
        for word in words {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= width {
                current = candidate
            } else {
                if !current.isEmpty { result.append(current) }
                current = String(word.prefix(width))
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Joins `items` with `separator` into lines of at most `width`, breaking only between
    /// items, so `3 skipped` never ends one line and starts the next; an item wider than a
    /// line is wrapped at its own spaces.
    static func items(_ items: [String], separator: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for item in items {
            let candidate = current.isEmpty ? item : current + separator + item
            if candidate.count <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { result.append(current) }
            let pieces = lines(item, width: width)
            result += pieces.dropLast()
            current = pieces.last ?? ""
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
