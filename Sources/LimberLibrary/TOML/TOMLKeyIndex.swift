/// Where each key of a table is, in file order. Most tables have a handful of keys, so they
/// are scanned; a table that grows past `scanLimit` gets a hash as well, which keeps 100k keys
/// linear without paying for a dictionary in every small table.
struct TOMLKeyIndex: Sendable, Equatable {
    static let scanLimit = 8

    private(set) var keys: [String] = []
    private var hashed: [String: Int] = [:]

    func position(of key: String) -> Int? {
        if keys.count <= Self.scanLimit { return keys.firstIndex(of: key) }
        return hashed[key]
    }

    mutating func append(_ key: String) {
        keys.append(key)
        if keys.count == Self.scanLimit + 1 {
            for (position, key) in keys.enumerated() { hashed[key] = position }
        } else if keys.count > Self.scanLimit {
            hashed[key] = keys.count - 1
        }
    }
}
