import LimberCore
import Testing

/// The byte-wise search that stands in for `_StringProcessing`'s (kept off the timer's path).
@Suite struct TextSearchTests {
    @Test func findsTheFirstOccurrence() {
        let text = "a $<5> b $<2>"
        let range = text.firstRange(ofText: "$<")
        #expect(range.map { text[..<$0.lowerBound] } == "a ")
        #expect(range.map { text[$0.upperBound...] } == "5> b $<2>")
        #expect("abc".firstRange(ofText: "") == nil)
        #expect("abc".firstRange(ofText: "abcd") == nil)
        #expect("aab".firstRange(ofText: "ab").map { "aab"[$0] } == "ab")
        #expect("caf\u{E9} \u{2192} x".firstRange(ofText: "\u{2192}").map { "caf\u{E9} \u{2192} x"[$0.upperBound...] } == " x")
    }

    @Test func replacesEveryOccurrenceLeftToRight() {
        #expect("it's".replacingAll("'", with: "'\\''") == "it'\\''s")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("{doing} {next} {doing}".replacingAll("{doing}", with: "sitting 1:00") == "sitting 1:00 {next} sitting 1:00")
        #expect("none here".replacingAll("x", with: "y") == "none here")
        #expect("keep".replacingAll("", with: "y") == "keep")
        #expect("na\u{EF}ve \u{1F600}!".replacingAll("!", with: "?") == "na\u{EF}ve \u{1F600}?")
    }

    /// Bytes, not characters: a quote before a combining mark is still a quote to a shell.
    @Test func matchesBeforeACombiningMark() {
        #expect("'\u{301}".replacingAll("'", with: "Q") == "Q\u{301}")
    }
}
