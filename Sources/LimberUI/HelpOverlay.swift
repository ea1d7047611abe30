/// The keys of the screen underneath (its KeyTable), boxed over it, below the header when it fits.
enum HelpOverlay {
    static let title = "Keys"

    static func draw(_ table: KeyTable, _ context: ScreenContext, on canvas: inout Canvas) {
        let lines = table.helpLines
        let boxWidth = min((lines.map(\.count).max() ?? 0) + 4, canvas.width)
        // Keep the header (with the stretch) and the footer visible when the pane allows.
        let room = canvas.height - 3
        let boxHeight = min(lines.count + 2, room >= 3 ? room : canvas.height)
        let left = (canvas.width - boxWidth) / 2
        let top = room >= 3 ? 2 + (room - boxHeight) / 2 : 0
        let rows = [border(top: true, width: boxWidth, context.glyphs)]
            + lines.prefix(max(0, boxHeight - 2)).map { row($0, width: boxWidth, context.glyphs) }
            + [border(top: false, width: boxWidth, context.glyphs)]
        for (offset, text) in rows.enumerated() where offset < boxHeight {
            canvas.put(text, x: left, y: top + offset, style: offset == 0 ? .strong : .plain)
        }
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

    private static func row(_ line: String, width: Int, _ glyphs: Glyphs) -> String {
        let inner = max(0, width - 4)
        let text = String(line.prefix(inner))
        let padded = text + String(repeating: " ", count: inner - text.count)
        return String((String(glyphs.boxVertical) + " " + padded + " " + String(glyphs.boxVertical)).prefix(width))
    }
}
