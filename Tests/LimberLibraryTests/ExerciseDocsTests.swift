import Foundation
import LimberCore
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
            // issue 18 item 14: the minimum the file states, in its section.
            let side = exercise.sided ? " on each side" : ""
            let minimum = exercise.minimumDose.summary.hasSuffix(" s") ? "hold \(exercise.minimumDose.summary)" : exercise.minimumDose.summary
            let section = Self.docs.components(separatedBy: "(`\(exercise.id)`)").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
            #expect(section.contains("- **At least:** \(minimum)\(side) — "), "\(exercise.id): no '- **At least:** \(minimum)\(side)'")
        }
        for reference in ["Gou", "Jandre Reis", "Park", "not medical advice"] {
            #expect(Self.docs.localizedCaseInsensitiveContains(reference))
        }
    }

    /// Every TOML example in the document decodes (and passes the figure linter): one drawn with
    /// the 3D body, one with joints placed by hand, one with frames.
    @Test func theExampleFilesAreValid() throws {
        var examples: [Exercise] = []
        var rest = Self.docs[...]
        while let start = rest.range(of: "```toml\n") {
            let end = try #require(rest.range(of: "```", range: start.upperBound..<rest.endIndex))
            examples.append(try ExerciseDecoder.decode(String(rest[start.upperBound..<end.lowerBound]), file: "example.toml"))
            rest = rest[end.upperBound...]
        }
        #expect(examples.map(\.id) == ["seated-leg-raise", "seated-leg-lift", "neck-turns"])
        if case .body = examples.first?.look {} else { Issue.record("the first example is drawn with the 3D body") }
        if case .skeleton = examples.dropFirst().first?.look {} else { Issue.record("the second example places joints by hand") }
        if case .frames = examples.last?.look {} else { Issue.record("the second example uses frames") }
    }
}
