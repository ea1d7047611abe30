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

    @Test func readsEveryWayOfWritingTheSameTable() throws {
        let forms = [
            "[hooks]\non_skip = [\"logger\", \"skip\"]\nextra.when = 07:30:00",
            "hooks.on_skip = [\"logger\", \"skip\"]\nhooks.extra.when = 07:30:00",
            "hooks = { on_skip = [\"logger\", \"skip\"], extra = { when = 07:30:00 } }",
            "hooks = { on_skip = [\"logger\", \"skip\"], extra.when = 07:30:00 }",
            "\u{FEFF}[hooks]\r\n\"on_skip\" = ['logger', \"\"\"skip\"\"\"]\r\n[hooks.extra]\r\nwhen = 07:30:00\r\n",
        ]
        for text in forms {
            let table = try TOMLParser.parse(text)
            guard case .table(let hooks)? = table["hooks"] else { Issue.record("no hooks in \(text)"); continue }
            #expect(hooks["on_skip"] == .array([.string("logger"), .string("skip")]), "\(text)")
            guard case .table(let extra)? = hooks["extra"] else { Issue.record("no extra in \(text)"); continue }
            let time = TOMLDateTime(time: TOMLDateTime.Time(hour: 7, minute: 30, second: 0, fraction: ""))
            #expect(extra["when"] == .dateTime(time), "\(text)")
        }
    }

    @Test func readsNumbersDatesAndEscapes() throws {
        let table = try TOMLParser.parse(#"""
        hex = 0xDEAD_beef
        octal = 0o755
        binary = -0
        bits = 0b1101
        low = -9223372036854775808
        high = 9_223_372_036_854_775_807
        exponent = 6.626e-34
        forever = -inf
        unknown = nan
        escapes = "\b\t\n\f\r\"\\\u00E9\U0001F600"
        quotes = """say "hi""""
        its = '''it's''''
        joined = """one \
                    two"""
        moment = 1979-05-27T07:32:00.999999-07:00
        local = 1979-05-27 07:32:00
        day = 2024-02-29
        """#)
        #expect(table["hex"] == .integer(0xDEADBEEF) && table["octal"] == .integer(0o755) && table["bits"] == .integer(13))
        #expect(table["binary"] == .integer(0))
        #expect(table["low"] == .integer(Int.min) && table["high"] == .integer(Int.max))
        #expect(table["exponent"] == .float(6.626e-34) && table["forever"] == .float(-.infinity))
        guard case .float(let unknown)? = table["unknown"] else { Issue.record("nan"); return }
        #expect(unknown.isNaN)
        #expect(table["escapes"] == .string("\u{8}\t\n\u{C}\r\"\\é😀"))
        #expect(table["quotes"] == .string("say \"hi\"") && table["its"] == .string("it's'"))
        #expect(table["joined"] == .string("one two"))
        guard case .dateTime(let moment)? = table["moment"], case .dateTime(let local)? = table["local"],
              case .dateTime(let day)? = table["day"] else { Issue.record("dates"); return }
        #expect(moment.description == "1979-05-27T07:32:00.999999-07:00" && moment.offsetMinutes == -420)
        #expect(local.description == "1979-05-27T07:32:00" && local.typeName == "a date and time")
        #expect(day.description == "2024-02-29" && day.typeName == "a date")
    }

    @Test func keepsFileOrderAndThePlaceOfEveryKeyAndValue() throws {
        let table = try TOMLParser.parse("zeta = 1\nalpha =   \"a\"\n  [mid]\n  x.y = 2\n")
        #expect(table.keys == ["zeta", "alpha", "mid"])
        #expect(table.entry("alpha")?.position == TOMLPosition(line: 2, column: 1))
        #expect(table.entry("alpha")?.valuePosition == TOMLPosition(line: 2, column: 11))
        #expect(table.entry("mid")?.position == TOMLPosition(line: 3, column: 4))
        guard case .table(let mid)? = table["mid"] else { Issue.record("no mid"); return }
        #expect(mid.position == TOMLPosition(line: 3, column: 3))
        #expect(mid.entry("x")?.position == TOMLPosition(line: 4, column: 3))
        guard case .table(let x)? = mid["x"] else { Issue.record("no x"); return }
        #expect(x.entry("y")?.position == TOMLPosition(line: 4, column: 5) && x.entry("y")?.valuePosition == TOMLPosition(line: 4, column: 9))
        // Columns count characters, not bytes.
        let wide = try TOMLParser.parse("\"étirer\" = \"é\"")
        #expect(wide.entry("étirer")?.valuePosition == TOMLPosition(line: 1, column: 12))
    }

    @Test(arguments: [
        ("name = Cat", 1, 8, "expected a value (strings need quotes)"),
        ("a = 1\nb = \"open", 2, 5, "a string is not closed"),
        ("a = 1\na = 2", 2, 1, "key 'a' is defined twice (first written on line 1)"),
        ("x = [1, 2", 1, 10, "an array is not closed"),
        ("a = 1 b = 2", 1, 7, "unexpected text after the value"),
        ("\n\ns = \"\\q\"", 3, 6, "'\\q' is not a valid escape"),
        ("m = '''\nnever closed", 1, 5, "a multi-line string is not closed"),
        ("n = 12abc", 1, 5, "'12abc' is not a valid number"),
        ("n = 9223372036854775808", 1, 5, "whole numbers must lie between -9223372036854775808 and 9223372036854775807"),
        ("n = 0x8000000000000000", 1, 5, "whole numbers must lie between"),
        ("n = 01", 1, 5, "leading zeros are not allowed"),
        ("n = 1__0", 1, 5, "an underscore must sit between two digits"),
        ("n = 1.", 1, 5, "the part after the point has no digits"),
        ("n = 1e400", 1, 5, "it is too large"),
        ("n = +0x10", 1, 5, "0x, 0o and 0b numbers take no sign"),
        ("\u{e9}tirer = 1", 1, 1, "a bare key may use only A-Z a-z 0-9 _ -"),
        ("[a]\nb = 1\n[a]", 3, 2, "key 'a' is already defined (first written on line 1)"),
        ("a = 1\n[a.b]", 2, 2, "key 'a' is an integer, not a table"),
        ("fruit = []\n[[fruit]]", 2, 3, "key 'fruit' is already an array written with [ ]"),
        ("[a]\n[[a]]", 2, 3, "key 'a' is already a table, not an array of tables"),
        ("[[a]]\n[a]", 2, 2, "key 'a' is already an array of tables; use [[a]] to add one"),
        ("a.b = 1\n[a]", 2, 2, "key 'a' is already a table made by dotted keys"),
        ("[a.b]\n[a]\nb.c = 1", 3, 1, "key 'b' is already defined, so dotted keys cannot add to it"),
        ("x = { a = 1 }\nx.b = 2", 2, 1, "key 'x' is already defined, so dotted keys cannot add to it"),
        ("x = {a = 1,}", 1, 12, "an inline table cannot end with a comma"),
        ("x = {a = 1\n}", 1, 11, "an inline table must be on one line"),
        ("s = \"a\u{1b}]0;pwned\u{7}\"", 1, 7, "a string contains the control character '\\x1b'"),
        ("# bell \u{7}", 1, 8, "a comment contains the control character '\\x07'"),
        ("a = 1\r", 1, 6, "a carriage return (\\r) must be followed by a line feed"),
        ("d = 2023-02-29", 1, 5, "'2023-02-29' is not a valid date or time"),
        ("t = 24:00:00", 1, 5, "is not a valid date or time"),
        ("s = \"\\uD800\"", 1, 6, "is not a Unicode character"),
        ("k = \"\"\"a\"\"\" = 1", 1, 13, "unexpected text after the value"),
        ("\"\"\"k\"\"\" = 2", 1, 1, "a key cannot be a multi-line string"),
        ("a = ", 1, 5, "expected a value after '='"),
        ("a", 1, 2, "expected '=' and a value after the key"),
        ("[a", 1, 3, "expected ']' to close the [table] header"),
        ("[[a]", 1, 5, "expected ']]' to close the [[table]] header"),
    ])
    func reportsErrorsWithTheirLineAndColumn(text: String, line: Int, column: Int, message: String) {
        do {
            let table = try TOMLParser.parse(text)
            Issue.record("expected an error for \(text), got \(table)")
        } catch {
            #expect(error.line == line && error.column == column, "\(text): \(error)")
            #expect(error.message.contains(message), "\(error.message)")
        }
    }
}
