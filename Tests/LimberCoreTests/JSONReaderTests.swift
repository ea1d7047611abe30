import Testing
@testable import LimberCore

/// The reader beside the one JSON writer: what the writer writes reads back the same, and
/// anything that is not exactly one JSON value is nil, never a trap.
@Suite struct JSONReaderTests {
    static func read(_ text: String) -> JSONValue? { JSONReader.value(Array(text.utf8)) }

    @Test func whatTheWriterWritesReadsBack() {
        let value = JSONValue.object([
            ("text", .string("tab\t quote\" backslash\\ bell\u{07} csi\u{9b} é 日本 👍")),
            ("whole", .integer(-42)), ("big", .integer(Int.max)), ("fraction", .number(0.1)),
            ("tiny", .number(5e-324)), ("huge", .number(1.7976931348623157e308)),
            ("yes", .bool(true)), ("no", .bool(false)),
            ("list", .array([.array([]), .object([]), .string("")])),
        ])
        #expect(Self.read(value.text()) == value)
        #expect(Self.read(value.text(spaced: true)) == value)
    }

    @Test func escapesAndSpaceAsRFC8259Has() {
        #expect(Self.read(#" { "a" : [ 1 , 2.5e1 , -0 ] , "b" : "\u00e9\ud83d\udc4d\/\b\f\r" } "#)
            == .object([("a", .array([.integer(1), .number(25), .integer(0)])), ("b", .string("é👍/\u{08}\u{0C}\r"))]))
        #expect(Self.read("null") == .null)
        #expect(Self.read(#"{"a":null}"#)?["a"] == nil)
        #expect(Self.read("12345678901234567890")?.doubleValue == 12345678901234567890)
    }

    @Test(arguments: [
        "", " ", "{", "}", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "01", "1.", ".5", "-", "1e", "+1",
        "1e999", "-1e999", "NaN", "Infinity", "tru", "nul", "truex", "[1] [2]", "\"abc", "\"a\tb\"", "\"\\x\"",
        "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "'a'",
        String(repeating: "[", count: 100_000), String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
    ])
    func whatIsNotOneValueIsNil(text: String) {
        #expect(Self.read(text) == nil)
    }

    @Test func invalidUTF8InAStringIsNil() {
        #expect(JSONReader.value([0x22, 0xC3, 0x28, 0x22]) == nil)
        #expect(JSONReader.value([0x22, 0xC3, 0xA9, 0x22]) == .string("é"))
    }
}
