import Testing
@testable import LimberLibrary

@Suite struct TOMLParserTests {
    @Test func readsTheValuesLimberUses() throws {
        let table = try TOMLParser.parse(#"""
        # a comment
        name = "Cat-cow" # trailing comment
        literal = 'C:\path'
        count = 8
        seconds = 1.5
        big = 1_000
        on = true
        list = [
          "a", # first
          "b\tc",
        ]
        multi = """
        line one
        line "two"\
        """
        raw = '''
         \o/
        '''
        [hooks]
        on_break = ["notify-send", "Break"]
        [[frame]]
        art = "x"
        [[frame]]
        art = "y"
        """#)
        #expect(table["name"] == .string("Cat-cow"))
        #expect(table["literal"] == .string(#"C:\path"#))
        #expect(table["count"] == .integer(8))
        #expect(table["seconds"] == .float(1.5))
        #expect(table["big"] == .integer(1000))
        #expect(table["on"] == .boolean(true))
        #expect(table["list"] == .array([.string("a"), .string("b\tc")]))
        #expect(table["multi"] == .string("line one\nline \"two\""))
        #expect(table["raw"] == .string(" \\o/\n"))
        guard case .table(let hooks)? = table["hooks"] else { Issue.record("no hooks table"); return }
        #expect(hooks["on_break"] == .array([.string("notify-send"), .string("Break")]))
        #expect(hooks.line(of: "on_break") == 20)
        guard case .array(let frames)? = table["frame"] else { Issue.record("no frames"); return }
        #expect(frames.count == 2)
        #expect(table.line(of: "count") == 4)
    }

    @Test(arguments: [
        ("name = Cat", 1, "expected a value (strings need quotes)"),
        ("a = 1\nb = \"open", 2, "is not closed"),
        ("a = 1\na = 2", 2, "key 'a' is defined twice"),
        ("x = [1, 2", 1, "expected ',' or ']' in an array"),
        ("a = 1 b = 2", 1, "unexpected text after the value"),
        ("a.b = 1", 1, "dotted keys are not supported"),
        ("t = { a = 1 }", 1, "inline tables are not supported"),
        ("\n\ns = \"\\q\"", 3, "is not a valid escape"),
        ("m = '''\nnever closed", 1, "a multi-line string is not closed"),
        ("n = 12abc", 1, "unexpected text after the value"),
    ])
    func reportsErrorsWithTheirLine(text: String, line: Int, message: String) {
        do {
            _ = try TOMLParser.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }
}
