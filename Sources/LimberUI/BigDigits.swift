/// Large clock digits, 5 rows tall, for a countdown that reads from across the room.
enum BigDigits {
    static let height = 5

    /// A 3×5 font; each pixel is drawn two cells wide so digits look square.
    private static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        "+": ["   ", " # ", "###", " # ", "   "],
    ]

    /// The rows of `text` in big digits; characters without a glyph are skipped.
    static func rows(_ text: String, pixel: Character) -> [String] {
        let glyphs = text.compactMap { font[$0] }
        return (0..<height).map { row in
            glyphs.map { glyph in
                String(glyph[row].flatMap { $0 == "#" ? [pixel, pixel] : [" ", " "] })
            }.joined(separator: " ")
        }
    }

    static func width(_ text: String) -> Int {
        rows(text, pixel: "#").first?.count ?? 0
    }
}
