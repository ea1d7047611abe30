import Foundation
import Testing
@testable import LimberLibrary

/// docs/EXERCISES.md stays in step with the library.
@Suite struct ExerciseDocsTests {
    static let docs = (try? String(contentsOf: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/EXERCISES.md"), encoding: .utf8)) ?? ""

    @Test func everyBuiltInIsDocumentedWithItsSteps() throws {
        for file in BuiltinExercises.files {
            let exercise = try ExerciseDecoder.decode(file.text, file: file.name)
            #expect(Self.docs.contains("(`\(exercise.id)`)"), "\(exercise.id) has a section")
            for step in exercise.steps { #expect(Self.docs.contains(step), "\(exercise.id): \(step)") }
        }
        for reference in ["Gou", "Jandre Reis", "Park", "not medical advice"] {
            #expect(Self.docs.localizedCaseInsensitiveContains(reference))
        }
    }

    @Test func theExampleFileIsValid() throws {
        let start = try #require(Self.docs.range(of: "```toml\n"))
        let end = try #require(Self.docs.range(of: "```", range: start.upperBound..<Self.docs.endIndex))
        let exercise = try ExerciseDecoder.decode(String(Self.docs[start.upperBound..<end.lowerBound]), file: "example.toml")
        #expect(exercise.id == "neck-turns")
    }
}
