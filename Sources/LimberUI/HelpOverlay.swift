/// The keys of the screen underneath (its KeyTable), boxed over it. The box keeps the header
/// (with the stretch) and the footer visible when the pane allows; in a short pane it covers
/// the footer, then the rule under the header, then its own bottom edge, so every key is
/// listed (a 40×12 pane holds the main screen's ten). Only a pane too short even for that
/// ends the list with an ellipsis.
enum HelpOverlay {
    static let title = "Keys"

    static func draw(_ table: KeyTable, _ context: ScreenContext, on canvas: inout Canvas) {
        let lines = table.helpLines
        let longest = lines.map(\.count).max() ?? 0
        // A space inside each edge, unless the pane is too narrow for it.
        let padding = longest + 4 <= canvas.width ? 1 : 0
        let boxWidth = min(longest + 2 + 2 * padding, canvas.width)
        let left = (canvas.width - boxWidth) / 2
        let (top, shown, bottomEdge) = place(lines.count, height: canvas.height)
        var listed = Array(lines.prefix(shown))
        if shown < lines.count, shown > 0 { listed[shown - 1] = context.glyphs.ellipsis }
        let rows = [border(top: true, width: boxWidth, context.glyphs)]
            + listed.map { row($0, width: boxWidth, padding: padding, context.glyphs) }
            + (bottomEdge ? [border(top: false, width: boxWidth, context.glyphs)] : [])
        // Words cut to a letter or two beside the box, or the footer's hints peeking out, are
        // noise: those rows are the box's alone (the rule under the header may run on).
        let blank = String(repeating: " ", count: canvas.width)
        for offset in rows.indices where top + offset >= 2 && top + offset < canvas.height
            && (boxWidth >= canvas.width - 4 || top + offset == canvas.height - 1) {
            canvas.put(blank, x: 0, y: top + offset)
        }
        for (offset, text) in rows.enumerated() where top + offset < canvas.height {
            canvas.put(text, x: left, y: top + offset, style: offset == 0 ? .strong : .plain)
        }
    }

    /// Where the box goes: its top row, how many lines it lists, and whether its bottom edge fits.
    static func place(_ count: Int, height: Int) -> (top: Int, shown: Int, bottomEdge: Bool) {
        let whole = count + 2
        // Row ranges from the most of the screen left showing to the least.
        for (first, rows) in [(2, height - 3), (2, height - 2), (1, height - 1)] where rows >= whole {
            return (first + (rows - whole) / 2, count, true)
        }
        let top = height >= 3 ? 1 : 0
        let rows = height - top
        if rows >= count + 1 { return (top, count, false) }
        return (top, max(0, rows - 1), false)
    }

    private static func border(top: Bool, width: Int, _ glyphs: Glyphs) -> String {
        let corners = glyphs.boxCorners
        let (l, r) = top ? (corners.topLeft, corners.topRight) : (corners.bottomLeft, corners.bottomRight)
        var middle = String(repeating: String(glyphs.boxHorizontal), count: max(0, width - 2))
        if top, middle.count >= title.count + 4 {
            middle = String(glyphs.boxHorizontal) + " \(title) " + middle.dropFirst(title.count + 3)
        }
        return String((String(l) + middle + String(r)).prefix(width))
    }

    private static func row(_ line: String, width: Int, padding: Int, _ glyphs: Glyphs) -> String {
        let inner = max(0, width - 2 - 2 * padding)
        let text = String(line.prefix(inner))
        let space = String(repeating: " ", count: padding)
        let padded = text + String(repeating: " ", count: inner - text.count)
        return String((String(glyphs.boxVertical) + space + padded + space + String(glyphs.boxVertical)).prefix(width))
    }
}
