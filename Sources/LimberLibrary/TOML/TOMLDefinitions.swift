/// TOML's rules for where keys and tables may be defined: each key once; a table once, either
/// by a `[header]` or by dotted keys; inline tables and `[...]` arrays closed once written;
/// only arrays made with `[[header]]` take more elements.
extension TOMLParser {
    /// Finds or makes the table a `[path]` or `[[path]]` header names.
    func open(_ path: [KeyPart], isArray: Bool, at place: TOMLPosition, in root: TOMLTableNode) throws(TOMLError) -> TOMLTableNode {
        var table = root
        for part in path.dropLast() {
            if let slot = table.slot(part.name) {
                switch slot.content {
                case .table(let node): table = node
                case .tableArray(let array): table = array.tables[array.tables.count - 1]
                case .value(let value): throw redefinition(part, slot, "is \(value.typeName), not a table")
                }
            } else {
                table = try child(of: table, part, origin: .implicit, at: place)
            }
        }
        let last = path[path.count - 1]
        guard let slot = table.slot(last.name) else {
            let node = try child(of: table, last, origin: .header, at: place, inArray: isArray)
            return node
        }
        switch (slot.content, isArray) {
        case (.tableArray(let array), true):
            let node = TOMLTableNode(origin: .header, position: place, depth: table.depth + 2)
            array.tables.append(node)
            return node
        case (.table(let node), false) where node.origin == .implicit:
            node.origin = .header
            node.position = place
            return node
        case (.table, true):
            throw redefinition(last, slot, "is already a table, not an array of tables")
        case (.table(let node), false):
            throw redefinition(last, slot, node.origin == .dotted ? "is already a table made by dotted keys" : "is already defined")
        case (.tableArray, false):
            throw redefinition(last, slot, "is already an array of tables; use [[\(FileText.quoted(last.name))]] to add one")
        case (.value(let value), _):
            let note = isArray && value.typeName == "an array" ? " written with [ ], which [[ ]] cannot add to" : ""
            throw redefinition(last, slot, "is already \(value.typeName)\(note)")
        }
    }

    /// Adds `key = value` to `table`, making the tables a dotted key names on the way.
    func insert(_ value: TOMLValue, at path: [KeyPart], valuePosition: TOMLPosition, into table: TOMLTableNode) throws(TOMLError) {
        var table = table
        for part in path.dropLast() {
            if let slot = table.slot(part.name) {
                guard case .table(let node) = slot.content, node.origin == .dotted else {
                    throw redefinition(part, slot, "is already defined, so dotted keys cannot add to it")
                }
                table = node
            } else {
                table = try child(of: table, part, origin: .dotted, at: part.position)
            }
        }
        let last = path[path.count - 1]
        if let slot = table.slot(last.name) {
            throw redefinition(last, slot, "is defined twice")
        }
        table.add(TOMLTableNode.Slot(key: last.name, position: last.position, valuePosition: valuePosition,
                                     content: .value(value)))
    }

    private func child(of table: TOMLTableNode, _ part: KeyPart, origin: TOMLTableNode.Origin, at place: TOMLPosition,
                       inArray: Bool = false) throws(TOMLError) -> TOMLTableNode {
        let depth = table.depth + (inArray ? 2 : 1)
        guard depth <= Self.maxDepth else {
            throw failure("tables are nested more than \(Self.maxDepth) levels deep", at: part.offset)
        }
        let node = TOMLTableNode(origin: origin, position: place, depth: depth)
        let content: TOMLTableNode.Content = inArray ? .tableArray(TOMLTableArray(node)) : .table(node)
        table.add(TOMLTableNode.Slot(key: part.name, position: part.position, valuePosition: place, content: content))
        return node
    }

    private func redefinition(_ part: KeyPart, _ slot: TOMLTableNode.Slot, _ problem: String) -> TOMLError {
        failure("key '\(FileText.quoted(part.name))' \(problem) (first written on line \(slot.position.line))", at: part.offset)
    }
}
