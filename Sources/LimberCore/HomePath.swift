/// Paths in messages, shortened for a narrow pane: `/home/ana/.local/state/limber/hooks.log`
/// reads as `~/.local/state/limber/hooks.log`.
public enum HomePath {
    /// `text` with every path under `home` written from `~`. A home of `/` or nothing is left
    /// alone, and so is a name that only starts like it (`/home/anabel` for `/home/ana`).
    public static func abbreviated(_ text: String, home: String?) -> String {
        guard var home, home.hasPrefix("/") else { return text }
        while home.count > 1, home.hasSuffix("/") { home.removeLast() }
        guard home.count > 1, text.contains(home) else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.firstRange(ofText: home) {
            let after = rest[range.upperBound...]
            let before = rest[..<range.lowerBound]
            let startsPath = before.isEmpty || before.last == " " || before.last == "'" || before.last == "(" || before.last == "\""
            let endsName = after.isEmpty || after.first == "/" || after.first == " " || after.first == "'" || after.first == ")"
            result += before + (startsPath && endsName ? "~" : home)
            rest = after
        }
        return result + rest
    }
}
