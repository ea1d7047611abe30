import LimberCore
import Testing
@testable import LimberLibrary

/// Files no one writes by hand but anyone can be sent: each gets a located one-line error in
/// linear time, never a crash, and never echoes terminal sequences or megabytes back.
@Suite struct TOMLHostileInputTests {
    static func failure(_ bytes: [UInt8]) -> TOMLError? {
        do {
            _ = try TOMLParser.parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    static func failure(_ text: String) -> TOMLError? { failure(Array(text.utf8)) }

    @Test func invalidUTF8IsRefusedAtTheFirstBadByte() {
        let cases: [[UInt8]] = [
            Array("a = 1\nb = \"".utf8) + [0xFF] + Array("\"".utf8), // not a lead byte
            Array("a = 1\nb = \"".utf8) + [0xC0, 0xAF] + Array("\"".utf8), // overlong '/'
            Array("a = 1\nb = \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"".utf8), // a surrogate
            Array("a = 1\nb = \"".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("\"".utf8), // past U+10FFFF
            Array("a = 1\nb = \"".utf8) + [0xE2, 0x82], // cut short at the end
        ]
        for bytes in cases {
            let error = Self.failure(bytes)
            #expect(error?.line == 2 && error?.column == 6, "\(bytes): \(String(describing: error))")
            #expect(error?.message.contains("not valid UTF-8") == true)
        }
    }

    @Test func aByteOrderMarkIsAcceptedOnlyAtTheStart() throws {
        let table = try TOMLParser.parse(bytes: TOMLEncoding.byteOrderMark + Array("a = 1".utf8))
        #expect(table["a"] == .integer(1) && table.entry("a")?.position == TOMLPosition(line: 1, column: 1))
        #expect(Self.failure(Array("a = ".utf8) + TOMLEncoding.byteOrderMark + Array("1".utf8)) != nil)
        #expect(Self.failure(TOMLEncoding.byteOrderMark + TOMLEncoding.byteOrderMark + Array("a = 1".utf8)) != nil)
    }

    @Test func nestingIsLimitedWithALocatedError() throws {
        let deep = "a = " + String(repeating: "[", count: 50_000)
        let error = try #require(Self.failure(deep))
        #expect(error.line == 1 && error.column == 5 + TOMLParser.maxDepth)
        #expect(error.message.contains("nested more than 64 levels deep"))
        let inline = String(repeating: "a = {", count: 50_000)
        #expect(Self.failure(inline)?.message.contains("nested more than 64 levels deep") == true)
        let mixed = "a = " + String(repeating: "[{b = ", count: 25_000)
        #expect(Self.failure(mixed)?.message.contains("nested more than 64 levels deep") == true)
        let dotted = Array(repeating: "a", count: 50_000).joined(separator: ".") + " = 1"
        #expect(Self.failure(dotted)?.message.contains("more than 64 parts") == true)
        let header = "[" + Array(repeating: "a", count: 50_000).joined(separator: ".") + "]"
        #expect(Self.failure(header)?.message.contains("more than 64 parts") == true)
        let stacked = (0..<40).map { "[" + Array(repeating: "a", count: $0 + 1).joined(separator: ".") + "]\nb.c.d.e.f.g.h.i = 1" }
        #expect(Self.failure(stacked.joined(separator: "\n") + "\nz = " + String(repeating: "[", count: 40))?
            .message.contains("nested more than 64 levels deep") == true)
        // Exactly at the limit is fine.
        let limit = "a = " + String(repeating: "[", count: TOMLParser.maxDepth) + String(repeating: "]", count: TOMLParser.maxDepth)
        #expect(try TOMLParser.parse(limit)["a"] != nil)
        #expect(Self.failure("a = " + String(repeating: "[", count: TOMLParser.maxDepth + 1)
            + String(repeating: "]", count: TOMLParser.maxDepth + 1)) != nil)
    }

    @Test func manyKeysKeepTheirOrderAndADuplicateIsFound() throws {
        let lines = (0..<100_000).map { "key\($0) = \($0)" }
        let table = try TOMLParser.parse(lines.joined(separator: "\n"))
        #expect(table.entries.count == 100_000 && table.keys.last == "key99999" && table["key500"] == .integer(500))
        #expect(table.line(of: "key99999") == 100_000)
        let error = try #require(Self.failure((lines + ["key0 = 1"]).joined(separator: "\n")))
        #expect(error.line == 100_001 && error.message == "key 'key0' is defined twice (first written on line 1)")
        // Many keys on one line stay linear too (columns are counted on from the last one).
        let wide = "t = {" + (0..<100_000).map { "k\($0) = 1" }.joined(separator: ", ") + "}"
        guard case .table(let inline)? = try TOMLParser.parse(wide)["t"] else { Issue.record("no table"); return }
        #expect(inline.entries.count == 100_000 && inline.entry("k1")?.position == TOMLPosition(line: 1, column: 14))
    }

    @Test func errorsQuoteFileTextShortAndEscaped() throws {
        let huge = try #require(Self.failure("n = 1" + String(repeating: "x", count: 5_000_000)))
        #expect(huge.message.count < 200 && huge.message.contains("…"), "\(huge.message.count)")
        let key = "\"\\u001B]52;c;cHduZWQ=\\u0007\""
        let sequence = try #require(Self.failure("\(key) = 1\n\(key) = 2"))
        #expect(sequence.message.hasPrefix("key '\\x1b]52;c;cHduZWQ=\\x07' is defined twice"))
        #expect(!sequence.message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        let escape = try #require(Self.failure("s = \"\\\u{9b}\""))
        #expect(escape.message.contains("'\\\\x9b' is not a valid escape"), "\(escape.message)")
    }

    @Test func fileTextIsEscapedAndCut() {
        #expect(FileText.quoted("a\u{1b}[2Jb\u{9b}c\n\t") == "a\\x1b[2Jb\\x9bc\\n\\t")
        #expect(FileText.quoted(String(repeating: "é", count: 100)) == String(repeating: "é", count: 60) + "…")
        #expect(FileText.quoted(String(repeating: "x", count: 60)) == String(repeating: "x", count: 60))
        #expect(FileText.escaped("\u{202E}evil") == "\\u{202e}evil")
    }

    /// One escaper: a file's text in a message and any text printed or drawn are escaped by
    /// the same rule (`SafeText.escape`), breaks aside, which messages name (`\\n`). Before,
    /// printed text let a bidirectional override through that messages escaped.
    @Test func messagesAndPrintedTextEscapeAlike() {
        let breaks: Set<Unicode.Scalar> = ["\n", "\t", "\r"]
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value), !breaks.contains(scalar) else { continue }
            #expect(FileText.escaped(String(scalar)) == SafeText.escaped(String(scalar)), "U+\(String(value, radix: 16))")
        }
        #expect(SafeText.escaped("\u{202E}evil") == "\\u{202e}evil")
        #expect(SafeText.escaped("a\nb") == "a\\x0ab")
        #expect(FileText.escaped("a\nb") == "a\\nb")
    }
}
