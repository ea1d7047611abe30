import Foundation

/// A private temporary folder, removed at the end of the test.
final class TempFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("limber-store-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func bytes(_ name: String) -> Data? { FileManager.default.contents(atPath: file(name)) }
}
