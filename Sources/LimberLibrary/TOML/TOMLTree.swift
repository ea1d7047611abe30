/// The tables being filled while a file is read, with what TOML needs to know about how each
/// was made: a table may be defined once, by a `[header]` or by dotted keys, and inline tables
/// and arrays are closed once written. Reference types so nested tables are filled in place
/// (no copy per key); turned into `TOMLTable` values at the end.
final class TOMLTableNode {
    enum Origin {
        /// Made by a header's path (`[a.b]` makes `a`); a later `[a]` may still define it.
        case implicit
        /// Defined by `[header]` or as an element of `[[header]]`.
        case header
        /// Made by a dotted key (`a.b = 1` makes `a`); more dotted keys may add to it.
        case dotted
        /// The top level or an inline table.
        case closed
    }

    enum Content {
        case value(TOMLValue)
        case table(TOMLTableNode)
        case tableArray(TOMLTableArray)
    }

    struct Slot {
        var key: String
        var position: TOMLPosition
        var valuePosition: TOMLPosition
        var content: Content
    }

    var origin: Origin
    var position: TOMLPosition
    let depth: Int
    private(set) var slots: [Slot] = []
    private var index = TOMLKeyIndex()

    init(origin: Origin, position: TOMLPosition, depth: Int) {
        self.origin = origin
        self.position = position
        self.depth = depth
    }

    func slot(_ key: String) -> Slot? {
        index.position(of: key).map { slots[$0] }
    }

    func add(_ slot: Slot) {
        index.append(slot.key)
        slots.append(slot)
    }

    func table() -> TOMLTable {
        let entries = slots.map { slot in
            TOMLTable.Entry(key: slot.key, value: slot.content.value, position: slot.position, valuePosition: slot.valuePosition)
        }
        return TOMLTable(position: position, entries: entries, index: index) // same keys, same order
    }
}

/// The elements of an array written with `[[header]]`; only such arrays take more elements.
final class TOMLTableArray {
    var tables: [TOMLTableNode]

    init(_ first: TOMLTableNode) {
        tables = [first]
    }
}

extension TOMLTableNode.Content {
    var value: TOMLValue {
        switch self {
        case .value(let value): value
        case .table(let node): .table(node.table())
        case .tableArray(let array): .array(array.tables.map { .table($0.table()) })
        }
    }
}
