import Foundation
import LimberCommands
import LimberLibrary
import Testing

/// Finding and reading the config file for a command: where it is looked for, a missing one,
/// a bad one (fail, or warn for `status`), one that is not a file or that others could write.
@Suite struct SettingsLoadingTests {
    static func loading(_ folder: TempFolder, flag: String? = nil, flags: [SettingKey: String] = [:]) -> SettingsLoading {
        SettingsLoading(configFlag: flag, flags: flags, environment: ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"])
    }

    static func write(_ text: String, in folder: TempFolder) -> String {
        mkdir(folder.path + "/config", 0o700)
        mkdir(folder.path + "/config/limber", 0o700)
        let path = folder.path + "/config/limber/config.toml"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        return path
    }

    @Test func theFileIsLookedForByFlagThenXDGThenHome() {
        #expect(SettingsLoading(configFlag: "/x.toml", flags: [:], environment: ["XDG_CONFIG_HOME": "/c"]).configPath == "/x.toml")
        #expect(SettingsLoading(configFlag: nil, flags: [:], environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]).configPath
                == "/c/limber/config.toml")
        #expect(SettingsLoading(configFlag: nil, flags: [:], environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]).configPath
                == "/h/.config/limber/config.toml")
    }

    @Test func noFileMeansTheDefaultsButANamedOneMustExist() throws {
        let folder = TempFolder()
        let (resolved, warning) = try Self.loading(folder).load(fileProblems: .fail).get()
        #expect(warning == nil)
        #expect(resolved.settings.timer.interval == 45 * 60)
        guard case .failure(let failure) = Self.loading(folder, flag: folder.path + "/nope.toml").load(fileProblems: .fail) else {
            Issue.record("a missing --config file was taken")
            return
        }
        #expect(!failure.inFile)
        #expect(failure.message.hasPrefix("--config: cannot read \(folder.path)/nope.toml: it does not exist"))
    }

    @Test func theFileAndTheFlagsAreRead() throws {
        let folder = TempFolder()
        _ = Self.write("interval = \"50m\"\n", in: folder)
        #expect(try Self.loading(folder).load(fileProblems: .fail).get().0.settings.timer.interval == 50 * 60)
        #expect(try Self.loading(folder, flags: [.interval: "20m"]).load(fileProblems: .fail).get().0.settings.timer.interval == 20 * 60)
        guard case .failure(let failure) = Self.loading(folder, flags: [.interval: "soon"]).load(fileProblems: .warn) else {
            Issue.record("a bad flag was taken")
            return
        }
        #expect(!failure.inFile)
    }

    /// `status` warns and goes on without the file; every other command fails on it.
    @Test func aBadFileFailsOrIsLeftOutWithAWarning() throws {
        let folder = TempFolder()
        let path = Self.write("interval = \"soon\"\n", in: folder)
        guard case .failure(let failure) = Self.loading(folder).load(fileProblems: .fail) else {
            Issue.record("a bad file was taken")
            return
        }
        #expect(failure.inFile)
        #expect(failure.message.hasPrefix(path))
        let (resolved, warning) = try Self.loading(folder).load(fileProblems: .warn).get()
        #expect(resolved.settings.timer.interval == 45 * 60)
        #expect(warning?.hasSuffix("(the file is left out here; fix it before the next start)") == true)
    }

    @Test func aFileThatIsNotOneOrThatOthersCouldWriteIsRefused() {
        let folder = TempFolder()
        let path = Self.write("", in: folder)
        unlink(path)
        mkfifo(path, 0o600)
        guard case .failure(let fifo) = Self.loading(folder).load(fileProblems: .warn) else {
            Issue.record("a FIFO was read as the config file")
            return
        }
        #expect(fifo.inFile && fifo.message.contains("the config file must be a regular file"))
        unlink(path)
        _ = Self.write("", in: folder)
        chmod(folder.path + "/config/limber", 0o777)
        guard case .failure(let placed) = Self.loading(folder).load(fileProblems: .warn) else {
            Issue.record("a config file others could have written was read")
            return
        }
        #expect(placed.inFile)
    }
}
