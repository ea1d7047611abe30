import LimberCore
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

    /// A config file is a few KB; a larger one is refused before it is parsed.
    static let fileSizeLimit = 256 * 1024

    /// - Parameters:
    ///   - groups: the other flag groups the command declares.
    static func load(_ source: some ConfigFileOption & SettingFlags, _ groups: any SettingFlags...) -> SettingsResolver.Resolved {
        load(source, groups, fileProblems: .fail)
    }

    /// What to do with a problem in the config file: exit (most commands), or say it on stderr
    /// and go on without the file (`limber status`: a status bar must not go blank over a typo
    /// the running timer already reported on its screen).
    enum FileProblems { case fail, warn }

    static func load(_ source: some ConfigFileOption & SettingFlags, _ groups: [any SettingFlags],
                     fileProblems: FileProblems) -> SettingsResolver.Resolved {
        let path = configPath(source)
        var flags = source.given
        for group in groups { flags.merge(group.given) { first, _ in first } }
        var file: (String, [UInt8])?
        // A config file someone else could have written is not read: its hooks run commands.
        if let problem = SafeFile.untrustedPlacement(path) {
            Console.fail(problem, status: source.config == nil ? ExitStatus.config : ExitStatus.usage)
        }
        do {
            file = (path, try SafeFile.read(path, limit: fileSizeLimit, followLinks: true))
        } catch .missing where source.config == nil {
            file = nil // no config file: the defaults
        } catch .missing {
            Console.fail("--config: cannot read \(path): it does not exist; check the path, or run 'limber config --init' to create the default file",
                         status: ExitStatus.usage)
        } catch {
            // A FIFO, a folder, a device or a huge file where the config belongs is named, never
            // waited on, parsed for seconds or silently passed over for the defaults.
            Console.fail("\(error); the config file must be a regular file (move it away, or pass another with --config)",
                         status: source.config == nil ? ExitStatus.config : ExitStatus.usage)
        }
        do {
            return try SettingsResolver.resolve(fileBytes: file, flags: flags, home: Environment.values["HOME"],
                                                dataDirEnvironment: Environment.values["LIMBER_DATA_DIR"])
        } catch where error.inFile && fileProblems == .warn {
            Console.error("limber: \(error) (the file is left out here; fix it before the next start)")
            return load(nil, flags: flags)
        } catch {
            Console.fail("\(error)", status: error.inFile ? ExitStatus.config : ExitStatus.usage)
        }
    }

    private static func load(_ file: (String, [UInt8])?, flags: [SettingKey: String]) -> SettingsResolver.Resolved {
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
