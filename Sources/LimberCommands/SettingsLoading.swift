import LimberCore
import LimberLibrary
import LimberStore

/// Finding and reading the config file and resolving every setting, as each command does:
/// the settings, a warning to print, or the one line to fail with and whom it blames.
public struct SettingsLoading: Sendable {
    /// `--config`, when given.
    public var configFlag: String?
    /// The flags given, by setting.
    public var flags: [SettingKey: String]
    /// The environment (`XDG_CONFIG_HOME`, `HOME`, `LIMBER_DATA_DIR`, `XDG_DATA_HOME`).
    public var environment: [String: String]

    public init(configFlag: String?, flags: [SettingKey: String], environment: [String: String]) {
        self.configFlag = configFlag
        self.flags = flags
        self.environment = environment
    }

    /// A config file is a few KB; a larger one is refused before it is parsed.
    public static let fileSizeLimit = 256 * 1024

    /// What to do with a problem in the config file: fail (most commands), or say it and go on
    /// without the file (`limber status`: a status bar must not go blank over a typo the
    /// running timer already reported on its screen).
    public enum FileProblems: Sendable { case fail, warn }

    /// Why the settings cannot be had: the line, and whether the config file (rather than a
    /// flag) is at fault, which picks the exit status.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
        public var inFile: Bool
    }

    /// `--config`, else `$XDG_CONFIG_HOME/limber/config.toml`, else `~/.config/limber/config.toml`.
    public var configPath: String {
        if let configFlag { return configFlag }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/limber/config.toml" }
        return (environment["HOME"] ?? ".") + "/.config/limber/config.toml"
    }

    /// The settings, with a warning to print when a file problem was passed over (`.warn`).
    public func load(fileProblems: FileProblems) -> Result<(SettingsResolver.Resolved, warning: String?), Failure> {
        let path = configPath
        // The file a flag named is the flag's fault; the one found by itself, the config's.
        let blameFile = configFlag == nil
        // A config file someone else could have written is not read: its hooks run commands.
        if let problem = SafeFile.untrustedPlacement(path) { return .failure(Failure(message: problem, inFile: blameFile)) }
        var file: (String, [UInt8])?
        do {
            file = (path, try SafeFile.read(path, limit: Self.fileSizeLimit, followLinks: true))
        } catch .missing where configFlag == nil {
            file = nil // no config file: the defaults
        } catch .missing {
            return .failure(Failure(message: "--config: cannot read \(path): it does not exist; check the path, or run 'limber config --init' to create the default file",
                                    inFile: false))
        } catch {
            // A FIFO, a folder, a device or a huge file where the config belongs is named, never
            // waited on, parsed for seconds or silently passed over for the defaults.
            return .failure(Failure(message: "\(error); the config file must be a regular file (move it away, or pass another with --config)",
                                    inFile: blameFile))
        }
        do {
            return .success((try resolve(file), nil))
        } catch where error.inFile && fileProblems == .warn {
            let warning = "\(error) (the file is left out here; fix it before the next start)"
            do {
                return .success((try resolve(nil), warning))
            } catch {
                return .failure(Failure(message: "\(error)", inFile: error.inFile))
            }
        } catch {
            return .failure(Failure(message: "\(error)", inFile: error.inFile))
        }
    }

    private func resolve(_ file: (String, [UInt8])?) throws(ConfigError) -> SettingsResolver.Resolved {
        try SettingsResolver.resolve(fileBytes: file, flags: flags, home: environment["HOME"],
                                     dataDirEnvironment: environment["LIMBER_DATA_DIR"])
    }

    /// The history folder. Precedence: `--data-dir`, then `$LIMBER_DATA_DIR`, then the file's
    /// `data_dir` (all three resolved into `dataDir`), then `$XDG_DATA_HOME/limber` or
    /// `~/.local/share/limber`.
    public static func dataFolder(_ resolved: SettingsResolver.Resolved, environment: [String: String]) -> String {
        DataDirectory.path(flag: resolved.settings.dataDir, environment: environment)
    }
}
