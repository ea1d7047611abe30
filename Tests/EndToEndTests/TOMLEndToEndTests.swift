import Foundation
import Testing

/// The TOML reader through the real binaries: `toml-decode` speaks toml-test's decoder
/// interface, and limber reads any TOML 1.0 form of its config file.
@Suite struct TOMLEndToEndTests {
    static let decoder = TmuxPane.packageRoot.appendingPathComponent(".build/debug/toml-decode").path

    static func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limber-toml-\(UUID().uuidString).toml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func tomlDecodeSpeaksTheTomlTestInterface() throws {
        let good = try Self.file(Array("a.b = 1\nc = { d = 2024-01-02 }\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: good) }
        let ok = try TmuxPane.run(["/bin/sh", "-c", "exec \"$0\" < \"$1\"", Self.decoder, good])
        #expect(ok.status == 0 && ok.error.isEmpty)
        #expect(ok.output == #"{"a":{"b":{"type":"integer","value":"1"}},"c":{"d":{"type":"date-local","value":"2024-01-02"}}}"# + "\n")
        let bad = try Self.file(Array("a = 1\nb = 01\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let refused = try TmuxPane.run(["/bin/sh", "-c", "exec \"$0\" < \"$1\"", Self.decoder, bad])
        #expect(refused.status == 1 && refused.output.isEmpty)
        #expect(refused.error == "toml-decode: line 2, column 5: '01' is not a valid number: leading zeros are not allowed\n")
    }

    /// Issue 16: 40 MB took toml-decode 16 s; input over 8 MB is refused as it is read.
    @Test func tomlDecodeRefusesAHugeInput() throws {
        let huge = try Self.file(Array(("a = [" + String(repeating: "1,", count: 4_500_000) + "]\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: huge) }
        let refused = try TmuxPane.run(["/bin/sh", "-c", "exec \"$0\" < \"$1\"", Self.decoder, huge])
        #expect(refused.status == 2 && refused.output.isEmpty)
        #expect(refused.error == "toml-decode: input over 8 MB; not a TOML file this reader takes\n")
    }

    @Test func limberReadsDottedAndInlineHooksAndRefusesBrokenBytes() throws {
        let config = try Self.file(Array("hooks.on_skip = [\"logger\", \"skipped\"]\nhooks.on_snooze = ['echo', \"\\u001B]0;x\"]\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: config) }
        let shown = try TmuxPane.run([TmuxPane.binary, "config", "--config", config])
        #expect(shown.status == 0, "\(shown.error)")
        #expect(shown.output.range(of: #"hooks\.on_skip\s+logger skipped\s+\#(config):1"#, options: .regularExpression) != nil, "\(shown.output)")
        #expect(shown.output.contains(#"echo \x1b]0;x"#) && !shown.output.contains("\u{1b}"))
        let broken = try Self.file(Array("interval = \"45m\"\nposture = \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: broken) }
        let refused = try TmuxPane.run([TmuxPane.binary, "summary", "--config", broken])
        #expect(refused.status == 78)
        #expect(refused.error == "limber: \(broken):2:12: the file is not valid UTF-8 (byte 0xc3)\n")
        // A status bar does not go blank over it: the line on stdout, the problem on stderr, exit 0.
        let status = try TmuxPane.run([TmuxPane.binary, "status", "--config", broken])
        #expect(status.status == 0)
        #expect(status.output.hasPrefix("stopped · today sitting "), "\(status.output)")
        #expect(status.error.hasPrefix("limber: \(broken):2:12: the file is not valid UTF-8 (byte 0xc3)"), "\(status.error)")
    }
}
