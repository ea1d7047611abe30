import Foundation
import Testing

/// Under `LANG=C LC_ALL=C` every byte limber prints is ASCII: a `·` or `…` there reaches the
/// terminal as garbage (and a status bar may drop the rest of its line). In UTF-8 the glyphs stay.
@Suite struct LocaleEndToEndTests {
    static let cLocale = ["LANG=C", "LC_ALL=C"]

    @Test func everyCommandPrintsASCIIInTheCLocale() throws {
        let timer = try ControlEndToEndTests.Timer(["--interval", "1h", "--break-length", "1m"])
        timer.pane.waitFor("sitting 0m")
        try FileManager.default.createDirectory(atPath: "\(timer.pane.home.path)/config/limber", withIntermediateDirectories: true)
        let commands: [[String]] = [
            ["status"], ["status", "--json"], ["config"], ["exercises"], ["exercises", "show", "cat-cow", "--print"],
            ["exercises", "show", "bird-dog", "--print"], ["summary"], ["summary", "--days", "7"], ["stand"], ["sit"],
            ["pause"], ["status"], ["resume"], ["break"], ["status"], ["skip"], ["snooze"], ["help", "summary"],
            ["--interval", "soon"], ["--f\u{00F6}\u{00F6}"], ["--posture", "\u{00DF}"], ["exercises", "show", "cat-cwo"], ["summary", "--date", "2999-01-01"],
        ]
        for command in commands {
            let result = try timer.limber(Self.cLocale, command)
            #expect(!(result.output + result.error).isEmpty, "\(command)")
            Self.expectASCII(result.output, "stdout of \(command)")
            Self.expectASCII(result.error, "stderr of \(command)")
        }
        // Text from a file with non-ASCII characters, quoted in an error.
        try "posture = \"s\u{00EE}tting \u{00B7} \u{2026}\"\n".write(toFile: "\(timer.pane.home.path)/config/limber/config.toml",
                                                                      atomically: true, encoding: .utf8)
        let bad = try timer.limber(Self.cLocale, ["config"])
        #expect(bad.status == 78)
        #expect(bad.error.contains("s?tting - ..."), "\(bad.error)")
        Self.expectASCII(bad.error, "a config error")
    }

    @Test func aUTF8LocaleKeepsTheGlyphs() throws {
        let timer = try ControlEndToEndTests.Timer(["--interval", "1h"])
        timer.pane.waitFor("sitting 0m")
        let status = try timer.limber(["LANG=C.UTF-8", "LC_ALL=C.UTF-8"], ["status"])
        #expect(status.output.contains(" \u{00B7} break in "), "\(status.output)")
        let plain = try timer.limber(Self.cLocale, ["status"])
        #expect(plain.output.contains(" - break in "), "\(plain.output)")
    }

    static func expectASCII(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let high = text.utf8.filter { $0 > 0x7f }
        #expect(high.isEmpty, "\(what) has bytes above 0x7f:\n\(text)", sourceLocation: sourceLocation)
    }
}
