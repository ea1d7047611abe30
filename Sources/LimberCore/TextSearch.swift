/// Finding and replacing text, compared byte for byte in UTF-8.
///
/// Why not the standard library's `firstRange(of:)`, `replacing(_:with:)` or `split` on a string:
/// those come from `_StringProcessing`, which is linked as one block of code the linker cannot
/// take apart, so a single call on the timer's start-up path kept ~200 KB of it resident
/// (docs/PERFORMANCE.md, issue 22). Every target here is plain text (a placeholder, a quote, a
/// path); compared as bytes, a match starts and ends between two Unicode scalars, so the pieces
/// around it are valid text. Unlike the character-wise search, a match may end just before a
/// combining mark (`'` in `'\u{301}`), which is what a shell or a template expects.
extension StringProtocol {
    /// The first place `target` occurs, or nil (also for an empty `target`).
    public func firstRange(ofText target: some StringProtocol) -> Range<String.Index>? {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return nil }
        let bytes = utf8
        var from = bytes.startIndex
        while let start = bytes[from...].firstIndex(of: first) {
            var at = start, matched = 0
            while matched < needle.count, at < bytes.endIndex, bytes[at] == needle[matched] {
                at = bytes.index(after: at)
                matched += 1
            }
            if matched == needle.count { return start..<at }
            from = bytes.index(after: start)
        }
        return nil
    }

}

extension String {
    /// Every occurrence of `target` replaced, left to right; the text unchanged for an empty `target`.
    public func replacingAll(_ target: some StringProtocol, with replacement: some StringProtocol) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(ofText: target) {
            // Sliced by scalars: a match may end inside a character (before a combining mark).
            result.unicodeScalars.append(contentsOf: rest.unicodeScalars[..<range.lowerBound])
            result += replacement
            rest = Substring(rest.unicodeScalars[range.upperBound...])
        }
        result.unicodeScalars.append(contentsOf: rest.unicodeScalars)
        return result
    }
}
