import LimberCore
import Testing
@testable import LimberLibrary

/// `figure` in the config file and `--figure` on the command line.
@Suite struct FigureSettingTests {
    @Test func theFileAndTheFlagPickTheStyle() throws {
        #expect(try SettingsResolver.resolve(file: nil, flags: [:], home: nil).settings.figure == .braille)
        let file = try SettingsResolver.resolve(file: ("/cfg/config.toml", "figure = \"blocks\"\n"), flags: [:], home: nil)
        #expect(file.settings.figure == .blocks)
        #expect(file.source(.figure) == .file("/cfg/config.toml", line: 1))
        let flag = try SettingsResolver.resolve(file: ("/cfg/config.toml", "figure = \"blocks\"\n"), flags: [.figure: "ascii"], home: nil)
        #expect(flag.settings.figure == .ascii)
        #expect(SettingKey.figure.flag == "--figure")
        #expect(DefaultConfigFile.text.contains("# figure = \"braille\""))
    }

    @Test func aBadStyleIsNamed() {
        do {
            _ = try SettingsResolver.resolve(file: ("/cfg/config.toml", "figure = \"dots\"\n"), flags: [:], home: nil)
            Issue.record("accepted a bad style")
        } catch {
            #expect(error.description.contains("/cfg/config.toml:1"))
            #expect(error.description.contains("one of \"braille\", \"blocks\", \"ascii\""), "\(error.description)")
        }
        do {
            _ = try SettingsResolver.resolve(file: nil, flags: [.figure: "dots"], home: nil)
            Issue.record("accepted a bad flag")
        } catch {
            #expect(error.description.contains("--figure"), "\(error.description)")
        }
    }
}
