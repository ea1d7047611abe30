import LimberCore
import Testing
@testable import LimberUI

/// The terminal is sent only the changed span of a row; the span must cover every cell that
/// differs, and a wide character whole.
@Suite struct ChangedCellsTests {
    static func canvas(_ rows: [String], width: Int = 12) -> Canvas {
        var canvas = Canvas(Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { canvas.put(row, x: 0, y: y) }
        return canvas
    }

    @Test func anUnchangedRowSendsNothing() {
        let a = Self.canvas(["sitting 0:08", "44:52"])
        #expect(a.changedColumns(from: a, row: 0) == nil)
        #expect(a.changedColumns(from: a, row: 1) == nil)
    }

    @Test func theSpanRunsFromTheFirstToTheLastChangedCell() {
        let before = Self.canvas(["sitting 0:08"]), after = Self.canvas(["sitting 0:09"])
        #expect(after.changedColumns(from: before, row: 0) == 11..<12)
        let wider = Self.canvas(["xitting 0:09"])
        #expect(wider.changedColumns(from: before, row: 0) == 0..<12)
    }

    @Test func aStyleAloneIsAChange() {
        let before = Self.canvas(["break due"])
        var after = before
        after.paintRow(0, style: .alarm)
        #expect(after.changedColumns(from: before, row: 0) == 0..<12)
    }

    /// A wide character replaced by two narrow ones, or the other way: both halves are sent.
    @Test func aWideCharacterIsSentWhole() {
        let before = Self.canvas(["ab猫d"]), after = Self.canvas(["abxyd"])
        #expect(after.changedColumns(from: before, row: 0) == 2..<4)
        #expect(before.changedColumns(from: after, row: 0) == 2..<4)
        var second = before
        second.put("z", x: 3, y: 0) // over the second half: the first half is cleared too
        #expect(second.changedColumns(from: before, row: 0) == 2..<4)
    }

    @Test func theRuleFillsTheRowLikeText() {
        var filled = Canvas(Size(width: 10, height: 1)), put = filled
        filled.fill("─", y: 0, style: .faint)
        put.put(String(repeating: "─", count: 10), x: 0, y: 0, style: .faint)
        #expect(filled == put)
        var wide = Canvas(Size(width: 10, height: 1))
        wide.fill("猫", y: 0)
        #expect(wide == Canvas(Size(width: 10, height: 1)))
    }
}
