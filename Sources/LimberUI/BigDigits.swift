/// Large clock digits for a countdown that reads from across the room.
///
/// With Unicode glyphs, two pixel rows share one text row through half blocks (▀ ▄ █), so a
/// digit is 3 rows tall; that also keeps the bytes sent per second small. ASCII draws each
/// pixel row on its own row, 5 tall.
enum BigDigits {
    static func height(_ glyphs: Glyphs) -> Int {
        glyphs.halfBlocks == nil ? 5 : 3
    }

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
    static func rows(_ text: String, glyphs: Glyphs) -> [String] {
        let pixelRows = pixels(text)
        guard let half = glyphs.halfBlocks else {
            return pixelRows.map { draw($0) { $0 ? glyphs.pixel : " " } }
        }
        return stride(from: 0, to: pixelRows.count, by: 2).map { top in
            let upper = pixelRows[top]
            let lower = top + 1 < pixelRows.count ? pixelRows[top + 1] : Array(repeating: false, count: upper.count)
            return draw(Array(zip(upper, lower))) { pair in
                switch pair {
                case (true, true): half.full
                case (true, false): half.upper
                case (false, true): half.lower
                case (false, false): " "
                }
            }
        }
    }

    static func width(_ text: String) -> Int {
        (pixels(text).first?.count ?? 0) * 2
    }

    /// Each pixel is two cells wide so the digits look square.
    private static func draw<T>(_ row: [T], _ cell: (T) -> Unicode.Scalar) -> String {
        var scalars = String.UnicodeScalarView()
        for value in row {
            let scalar = cell(value)
            scalars.append(scalar)
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The pixel grid of `text`: 5 rows, one column gap between characters.
    private static func pixels(_ text: String) -> [[Bool]] {
        let glyphs = text.compactMap { font[$0] }
        return (0..<5).map { row in
            var line: [Bool] = []
            for (index, glyph) in glyphs.enumerated() {
                if index > 0 { line.append(false) }
                line += glyph[row].map { $0 == "#" }
            }
            return line
        }
    }
}
