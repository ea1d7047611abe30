import Foundation
import LimberUI
import Testing

/// Golden-file checks for screens. Set LIMBER_RECORD_GOLDEN=1 to write the files anew (those
/// checks then fail on purpose), review the diff like code, and run again without it.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The canvas as text, framed so trailing spaces and the size are visible.
    static func framed(_ canvas: Canvas) -> String {
        let edge = "+" + String(repeating: "-", count: canvas.width) + "+"
        let rows = canvas.lines.map { line in
            "|" + line + String(repeating: " ", count: canvas.width - DisplayWidth.of(line)) + "|"
        }
        return ([edge] + rows + [edge]).joined(separator: "\n") + "\n"
    }

    static func check(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = framed(canvas)
        if ProcessInfo.processInfo.environment["LIMBER_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            // Recording never passes: a run with the variable left set must not go green.
            Issue.record("recorded \(name).txt; review the diff, then run without LIMBER_RECORD_GOLDEN",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing golden file \(name).txt; run with LIMBER_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen differs from \(name).txt", sourceLocation: sourceLocation)
    }
}
