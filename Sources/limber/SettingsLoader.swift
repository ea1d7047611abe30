#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LimberLibrary
import LimberStore

/// Finds and reads the config file and resolves every setting, or exits with one line.
enum SettingsLoader {
    /// `--config`, else `$XDG_CONFIG_HOME/limber/config.toml`, else `~/.config/limber/config.toml`.
    static func configPath(_ source: some ConfigFileOption) -> String {
        if let path = source.config { return path }
        let env = Environment.values
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/limber/config.toml" }
        return (env["HOME"] ?? ".") + "/.config/limber/config.toml"
    }

    /// - Parameters:
    ///   - groups: the other flag groups the command declares.
    static func load(_ source: some ConfigFileOption & SettingFlags, _ groups: any SettingFlags...) -> SettingsResolver.Resolved {
        let path = configPath(source)
        var flags = source.given
        for group in groups { flags.merge(group.given) { first, _ in first } }
        var file: (String, [UInt8])?
        if let data = FileManager.default.contents(atPath: path) {
            file = (path, Array(data))
        } else if source.config != nil {
            Console.fail("--config: cannot read \(path); check the path, or run 'limber config --init' to create the default file",
                         status: ExitStatus.usage)
        }
        do {
            return try SettingsResolver.resolve(fileBytes: file, flags: flags, home: Environment.values["HOME"],
                                                dataDirEnvironment: Environment.values["LIMBER_DATA_DIR"])
        } catch {
            Console.fail("\(error)", status: error.inFile ? ExitStatus.config : ExitStatus.usage)
        }
    }

    /// The history folder. Precedence: `--data-dir`, then `$LIMBER_DATA_DIR`, then the file's
    /// `data_dir` (all three resolved into `dataDir`), then `$XDG_DATA_HOME/limber` or
    /// `~/.local/share/limber`.
    static func dataFolder(_ resolved: SettingsResolver.Resolved) -> String {
        DataDirectory.path(flag: resolved.settings.dataDir, environment: Environment.values)
    }
}
