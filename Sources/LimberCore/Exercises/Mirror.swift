/// Mirrors ASCII stick figures left to right, swapping characters that have a direction.
public enum Mirror {
    private static let swaps: [Character: Character] = [
        "/": "\\", "\\": "/", "(": ")", ")": "(", "<": ">", ">": "<", "[": "]", "]": "[",
        "{": "}", "}": "{", "`": "'", "'": "`", "d": "b", "b": "d", "p": "q", "q": "p",
    ]

    public static func frame(_ rows: [String]) -> [String] {
        let width = rows.map(\.count).max() ?? 0
        return rows.map { row in
            let padded = row + String(repeating: " ", count: width - row.count)
            return String(padded.reversed().map { swaps[$0] ?? $0 })
        }
    }
}
