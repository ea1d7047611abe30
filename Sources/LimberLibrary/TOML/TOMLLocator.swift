/// Turns byte offsets into line and column (in characters) on demand, so the parser's hot
/// loops never count lines. Offsets are asked for mostly in increasing order: it counts on
/// from the last answer, which keeps a file with 100k keys on one line linear.
final class TOMLLocator {
    private let bytes: [UInt8]
    private let start: Int
    private var offset: Int
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.start = start
        self.offset = start
    }

    func position(at target: Int) -> TOMLPosition {
        let target = min(max(target, start), bytes.count)
        if target < offset {
            (offset, line, column) = (start, 1, 1)
        }
        var i = offset
        while i < target {
            let byte = bytes[i]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 { // not a UTF-8 continuation byte: a new character
                column += 1
            }
            i += 1
        }
        offset = target
        return TOMLPosition(line: line, column: column)
    }
}
