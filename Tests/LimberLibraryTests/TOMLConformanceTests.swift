import Foundation
import Testing
@testable import LimberLibrary

/// The official TOML 1.0.0 conformance cases (toml-lang/toml-test, copied with their license
/// into Tests/Fixtures/toml-test): every valid file gives exactly the expected value, every
/// invalid one is refused. Run in-process; a trap would end the test run.
@Suite struct TOMLConformanceTests {
    static let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/toml-test")

    /// The cases the suite lists for TOML 1.0.0, relative to its `tests` folder.
    static func cases(_ kind: String) throws -> [String] {
        let list = try String(contentsOf: suite.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
        return list.split(separator: "\n").map(String.init).filter { $0.hasPrefix(kind + "/") && $0.hasSuffix(".toml") }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: suite.appendingPathComponent("tests/" + path)))
    }

    @Test func everyValidFileGivesTheExpectedValue() throws {
        let cases = try Self.cases("valid")
        #expect(cases.count == 210)
        for path in cases {
            let bytes = try Self.bytes(path)
            let table: TOMLTable
            do {
                table = try TOMLParser.parse(bytes: bytes)
            } catch {
                Issue.record("\(path) refused: \(error)")
                continue
            }
            let expected = try JSONSerialization.jsonObject(with: Data(try Self.bytes(String(path.dropLast(4)) + "json")))
            let got = try JSONSerialization.jsonObject(with: Data(TOMLTaggedJSON.encode(table).utf8))
            if let difference = TaggedJSON.difference(expected, got, at: "") {
                Issue.record("\(path): \(difference)")
            }
        }
    }

    @Test func everyInvalidFileIsRefused() throws {
        let cases = try Self.cases("invalid")
        #expect(cases.count == 499)
        for path in cases {
            let bytes = try Self.bytes(path)
            do {
                let table = try TOMLParser.parse(bytes: bytes)
                Issue.record("\(path) accepted: \(TOMLTaggedJSON.encode(table))")
            } catch {
                #expect(error.line >= 1 && error.column >= 1, "\(path)")
            }
        }
    }

    @Test func theComparisonItselfTellsValuesApart() {
        func tag(_ type: String, _ value: String) -> [String: String] { ["type": type, "value": value] }
        #expect(TaggedJSON.difference(tag("float", "0.1"), tag("float", "1e-1"), at: "") == nil)
        #expect(TaggedJSON.difference(tag("datetime", "1987-07-05T17:45:56.600Z"), tag("datetime", "1987-07-05 17:45:56.6+00:00"), at: "") == nil)
        #expect(TaggedJSON.difference(tag("string", "a"), tag("string", "a "), at: "") != nil)
        #expect(TaggedJSON.difference(tag("integer", "1"), tag("float", "1"), at: "") != nil)
        #expect(TaggedJSON.difference(["a": tag("bool", "true")], ["b": tag("bool", "true")], at: "") != nil)
        #expect(TaggedJSON.difference([tag("bool", "true")], [tag("bool", "true"), tag("bool", "true")], at: "") != nil)
    }
}

/// Compares toml-test's tagged JSON as toml-test does: integers and floats by value,
/// date-times after normalising, strings exactly.
enum TaggedJSON {
    static func difference(_ expected: Any, _ got: Any, at path: String) -> String? {
        if let expected = expected as? [String: Any], let type = expected["type"] as? String,
           let value = expected["value"] as? String, expected.count == 2 {
            guard let got = got as? [String: Any], got["type"] as? String == type, let gotValue = got["value"] as? String else {
                return "\(path): expected a \(type), got \(got)"
            }
            return same(type, value, gotValue) ? nil : "\(path): expected \(type) \(value), got \(gotValue)"
        }
        if let expected = expected as? [String: Any] {
            guard let got = got as? [String: Any], Set(got.keys) == Set(expected.keys) else {
                return "\(path): expected keys \(expected.keys.sorted()), got \(got)"
            }
            for (key, value) in expected {
                if let difference = difference(value, got[key]!, at: path + "." + key) { return difference }
            }
            return nil
        }
        if let expected = expected as? [Any] {
            guard let got = got as? [Any], got.count == expected.count else { return "\(path): expected \(expected.count) items, got \(got)" }
            for (number, pair) in zip(expected, got).enumerated() {
                if let difference = difference(pair.0, pair.1, at: "\(path)[\(number)]") { return difference }
            }
            return nil
        }
        return "\(path): unexpected \(expected)"
    }

    static func same(_ type: String, _ expected: String, _ got: String) -> Bool {
        switch type {
        case "integer": Int(expected) != nil && Int(expected) == Int(got)
        case "float": sameFloat(expected, got)
        case "datetime", "datetime-local", "date-local", "time-local": normalised(expected) == normalised(got)
        default: expected == got
        }
    }

    static func sameFloat(_ expected: String, _ got: String) -> Bool {
        func number(_ text: String) -> Double? {
            switch text {
            case "inf", "+inf": .infinity
            case "-inf": -.infinity
            case "nan", "+nan", "-nan": .nan
            default: Double(text)
            }
        }
        guard let a = number(expected), let b = number(got) else { return false }
        return a == b || (a.isNaN && b.isNaN)
    }

    /// `1987-07-05 17:45:56.600z` → `1987-07-05T17:45:56.6+00:00`.
    static func normalised(_ text: String) -> String {
        var scalars = Array(text.uppercased().unicodeScalars)
        if scalars.count > 10, scalars[10] == " " { scalars[10] = "T" }
        var result = String(String.UnicodeScalarView(scalars)).replacingOccurrences(of: "Z", with: "+00:00")
        if let dot = result.firstIndex(of: ".") {
            let digitsEnd = result[result.index(after: dot)...].firstIndex { !$0.isNumber } ?? result.endIndex
            var digits = String(result[result.index(after: dot)..<digitsEnd])
            while digits.hasSuffix("0") { digits.removeLast() }
            result = String(result[..<dot]) + (digits.isEmpty ? "" : "." + digits) + result[digitsEnd...]
        }
        return result
    }
}
