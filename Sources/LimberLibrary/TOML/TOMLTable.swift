/// A table that keeps its keys in file order and where each key and value was written, so
/// errors can point at `file:line: key`. Lookups by key are constant-time.
public struct TOMLTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: TOMLValue
        /// Where the key was written; for a table made by a header or a dotted key, where it
        /// first appeared.
        public var position: TOMLPosition
        /// Where the value starts (for a table, its header or its first dotted key).
        public var valuePosition: TOMLPosition

        public var line: Int { position.line }
        public var column: Int { position.column }
    }

    public private(set) var entries: [Entry] = []
    private var index = TOMLKeyIndex()
    /// Where the table starts: its header, its first dotted key, or its `{` (1:1 for the top level).
    public var position: TOMLPosition

    public init(position: TOMLPosition = TOMLPosition(line: 1, column: 1)) {
        self.position = position
    }

    /// The line of the table's header (1 for the top level).
    public var line: Int { position.line }

    public subscript(key: String) -> TOMLValue? {
        index.position(of: key).map { entries[$0].value }
    }

    /// The line `key` was written on, or the table's own line when it is missing.
    public func line(of key: String) -> Int {
        index.position(of: key).map { entries[$0].line } ?? line
    }

    public func entry(_ key: String) -> Entry? {
        index.position(of: key).map { entries[$0] }
    }

    public var keys: [String] { index.keys }

    init(position: TOMLPosition, entries: [Entry], index: TOMLKeyIndex) {
        self.position = position
        self.entries = entries
        self.index = index
    }
}
