/// A column of centred lines, laid out in the space between header and footer.
struct Body {
    struct Line {
        var text: String
        var style: Style
        /// Paint the whole row, not just the text (for the due banner).
        var fullRow = false
    }

    var lines: [Line] = []
    /// Text wider than this wraps at spaces, so narrow panes lose words at the end, not the edges.
    let width: Int

    init(width: Int) {
        self.width = max(1, width)
    }

    mutating func add(_ text: String, _ style: Style = .plain, fullRow: Bool = false) {
        for piece in Wrap.lines(text, width: width) {
            lines.append(Line(text: piece, style: style, fullRow: fullRow))
        }
    }

    mutating func gap() { add("") }

    /// The rows available to a body on a canvas: below the header, above notice and footer.
    static func rows(of canvas: Canvas) -> Range<Int> {
        2..<max(2, canvas.height - 2)
    }

    /// Draws the lines centred in `rows`; lines that do not fit are dropped from the end.
    func draw(on canvas: inout Canvas, in rows: Range<Int>) {
        let shown = lines.prefix(rows.count)
        let top = rows.lowerBound + (rows.count - shown.count) / 2
        for (offset, line) in shown.enumerated() {
            let y = top + offset
            if line.fullRow { canvas.paintRow(y, style: line.style) }
            canvas.center(line.text, y: y, style: line.style)
        }
    }
}
