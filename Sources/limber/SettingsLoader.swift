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
    static func configPath(_ options: SettingsOptions) -> String {
        if let path = options.config { return path }
        let env = Environment.values
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/limber/config.toml" }
        return (env["HOME"] ?? ".") + "/.config/limber/config.toml"
    }

    static func load(_ options: SettingsOptions) -> SettingsResolver.Resolved {
        let path = configPath(options)
        var file: (String, [UInt8])?
        if let data = FileManager.default.contents(atPath: path) {
            file = (path, Array(data))
        } else if options.config != nil {
            Console.fail("--config: cannot read \(path); check the path, or run 'limber config --init' to create the default file",
                         status: ExitStatus.usage)
        }
        do {
            return try SettingsResolver.resolve(fileBytes: file, flags: options.given, home: Environment.values["HOME"])
        } catch {
            Console.fail("\(error)", status: error.inFile ? ExitStatus.config : ExitStatus.usage)
        }
    }

    /// The history folder: the flag or file's `data_dir`, else the environment's default.
    /// Precedence: `--data-dir`, then `$LIMBER_DATA_DIR`, then the file's `data_dir`, then
    /// `$XDG_DATA_HOME/limber` or `~/.local/share/limber`.
    static func dataFolder(_ resolved: SettingsResolver.Resolved) -> String {
        let env = Environment.values
        if case .flag = resolved.source(.dataDir), let dir = resolved.settings.dataDir { return dir }
        if let dir = env["LIMBER_DATA_DIR"], !dir.isEmpty { return dir }
        return DataDirectory.path(flag: resolved.settings.dataDir, environment: env)
    }
}
