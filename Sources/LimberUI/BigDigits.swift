import Synchronization

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

    /// The rows of `text` in big digits; characters without a glyph are skipped. Each
    /// character's rows are drawn once per glyph set and joined: the clock is drawn every second.
    static func rows(_ text: String, glyphs: Glyphs) -> [String] {
        let drawn = text.compactMap { character in font[character].map { _ in drawnGlyph(character, glyphs) } }
        guard let height = drawn.first?.count else { return [] }
        // The one-pixel gap between characters, two cells wide like every pixel.
        return (0..<height).map { row in drawn.map { $0[row] }.joined(separator: "  ") }
    }

    /// One character's rows in `glyphs`, cached (a few dozen strings).
    private static func drawnGlyph(_ character: Character, _ glyphs: Glyphs) -> [String] {
        let key = "\(character)\(glyphs.pixel)" + (glyphs.halfBlocks.map { "\($0.upper)\($0.lower)\($0.full)" } ?? "")
        if let rows = cache.withLock({ $0[key] }) { return rows }
        let rows = drawnRows(String(character), glyphs: glyphs)
        cache.withLock { $0[key] = rows }
        return rows
    }

    private static let cache = Mutex<[String: [String]]>([:])

    private static func drawnRows(_ text: String, glyphs: Glyphs) -> [String] {
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
        let glyphs = text.compactMap { bitmaps[$0] }
        guard !glyphs.isEmpty else { return 0 }
        return (glyphs.reduce(0) { $0 + $1[0].count } + glyphs.count - 1) * 2
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

    /// The font as pixels, worked out once: the clock is drawn every second.
    private static let bitmaps: [Character: [[Bool]]] = font.mapValues { rows in rows.map { $0.map { $0 == "#" } } }

    /// The pixel grid of `text`: 5 rows, one column gap between characters.
    private static func pixels(_ text: String) -> [[Bool]] {
        let glyphs = text.compactMap { bitmaps[$0] }
        return (0..<5).map { row in
            var line: [Bool] = []
            for (index, glyph) in glyphs.enumerated() {
                if index > 0 { line.append(false) }
                line += glyph[row]
            }
            return line
        }
    }
}
