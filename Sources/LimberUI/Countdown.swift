/// A clock value drawn in big digits when there is room, else as plain text.
enum Countdown {
    /// Adds `clock` to `body`, big if `roomy` and it fits the width.
    static func add(_ clock: String, to body: inout Body, width: Int, roomy: Bool, glyphs: Glyphs, style: Style) {
        if roomy, BigDigits.width(clock) + 2 <= width {
            for row in BigDigits.rows(clock, glyphs: glyphs) {
                body.add(row, style)
            }
        } else {
            body.add(clock, style)
        }
    }

    /// Whether a body area has room for big digits plus the lines around them.
    static func roomy(rows: Int, otherLines: Int, glyphs: Glyphs) -> Bool {
        rows >= otherLines + BigDigits.height(glyphs)
    }
}
