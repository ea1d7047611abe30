import Foundation
import LimberCore
import Testing
@testable import LimberLibrary

/// issue 18 item 20: the duration ranges in the man page and the user guide are made from
/// `DurationLimit`, the table the parsers check with, and every other range named in the docs
/// is the one its setting really has. `LIMBER_RECORD_DOCS=1` rewrites the generated blocks (and
/// fails, so a recording run never passes by accident).
@Suite struct DurationLimitDocsTests {
    static let begin = "duration ranges: made from DurationLimit"
    static let end = "end of duration ranges"

    /// What each limit covers, as the docs name it.
    static func names(_ limit: DurationLimit) -> [String] {
        limit == .pauseFor ? ["pause --for"] : SettingKey.allCases.filter { $0.durationLimit == limit }.map(\.rawValue)
    }

    static func guideBlock() -> [String] {
        ["| duration | range |", "| --- | --- |"]
            + DurationLimit.allCases.map { limit in
                "| " + names(limit).map { "`\($0)`" }.joined(separator: ", ") + " | \(limit.text) |"
            }
    }

    static func manBlock() -> [String] {
        DurationLimit.allCases.flatMap { limit in
            let names = names(limit).map { "\\fB" + $0.replacingOccurrences(of: "-", with: "\\-") + "\\fR" }
            return [names.joined(separator: ", ") + ": \(limit.text).", ".br"]
        }
    }

    @Test(arguments: [("docs/USER-GUIDE.md", false), ("docs/limber.1", true)])
    func generatedRangesMatchTheTable(path: String, isManPage: Bool) throws {
        let text = UserGuideTests.read(path)
        var lines = text.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.contains(Self.begin) }, "\(path) has no generated ranges block")
        let last = try #require(lines.firstIndex { $0.contains(Self.end) }, "\(path) has no end of the ranges block")
        let expected = isManPage ? Self.manBlock() : Self.guideBlock()
        if ProcessInfo.processInfo.environment["LIMBER_RECORD_DOCS"] != nil {
            lines.replaceSubrange((first + 1)..<last, with: expected)
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            try lines.joined(separator: "\n").write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); run again without LIMBER_RECORD_DOCS")
            return
        }
        #expect(Array(lines[(first + 1)..<last]) == expected, "\(path): run LIMBER_RECORD_DOCS=1 swift test --filter DurationLimitDocs")
    }

    /// Outside the generated blocks, a range such as `10s to 24h` or `1s–24h` may only stand on
    /// a line that names its setting, and must be that setting's range.
    @Test(arguments: ["README.md", "docs/USER-GUIDE.md", "docs/limber.1", "docs/EXERCISES.md"])
    func rangesInProseAreTheTablesRanges(path: String) throws {
        let range = try Regex(#"\b\d+[smhd] ?(?:to|–|and) ?\d+(?:[smhd]\b| days)"#)
        var inBlock = false
        for line in UserGuideTests.read(path).components(separatedBy: "\n") {
            if line.contains(Self.begin) { inBlock = true }
            if line.contains(Self.end) { inBlock = false }
            let plain = line.replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\fB", with: "")
                .replacingOccurrences(of: "\\fR", with: "")
            let found = plain.matches(of: range).map { String(plain[$0.range]) }
            guard !inBlock, !found.isEmpty else { continue }
            let named = DurationLimit.allCases.filter { limit in
                Self.names(limit).contains { name in
                    plain.contains(name) || plain.contains("--" + name.replacingOccurrences(of: "_", with: "-"))
                }
            }
            for phrase in found {
                let normal = phrase.replacingOccurrences(of: "–", with: " to ")
                #expect(named.contains { $0.text == normal }, "\(path): '\(phrase)' in: \(line)")
            }
        }
    }

    @Test func durationsReadDays() {
        #expect(DurationText.parse("2d") == 172_800.0)
        #expect(DurationText.parse("1d12h") == 129_600.0)
        #expect(DurationText.parse("12h1d") == nil)
        #expect(DurationLimit.pauseFor.text == "1s to 7d")
        #expect(DurationLimit.setting.text == "1s to 24h")
    }
}
