/// Word wrapping for centred text, by the cells text takes on a terminal (`DisplayWidth`).
enum Wrap {
    /// Splits `text` at spaces into lines of at most `width` cells. A word wider than a line
    /// (a path, or a sentence in a language written without spaces) is carried on over lines;
    /// with `breakingWords` every word is, so a long path fills each line.
    static func lines(_ text: String, width: Int, breakingWords: Bool = false) -> [String] {
        guard DisplayWidth.of(text) > width else { return [text] }
        guard width > 0 else { return [] }
        var result: [String] = []
        var current = ""
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if breakingWords { words = words.flatMap { pieces($0, width: width) } }
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { result.append(current) }
                var parts = pieces(word, width: width)
                current = parts.removeLast()
                result += parts
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
            if DisplayWidth.of(candidate) <= width {
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

    /// `word` in pieces of at most `width` cells.
    private static func pieces(_ word: String, width: Int) -> [String] {
        var pieces: [String] = [], rest = Substring(word)
        repeat {
            var piece = DisplayWidth.prefix(rest, cells: width)
            if piece.isEmpty, let first = rest.first { piece = String(first) } // wider than the width
            pieces.append(piece)
            rest = rest.dropFirst(piece.count)
        } while !rest.isEmpty
        return pieces
    }
}
