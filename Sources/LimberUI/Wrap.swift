/// Word wrapping for centred text.
enum Wrap {
    /// Splits `text` at spaces into lines of at most `width` characters; a word longer than
    /// the width is cut.
    static func lines(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
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
}
