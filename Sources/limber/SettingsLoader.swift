import LimberCommands
import LimberCore
import LimberLibrary

/// Reads the settings for a command (`SettingsLoading`), or exits with one line.
enum SettingsLoader {
    static func loading(_ source: some ConfigFileOption & SettingFlags, _ groups: [any SettingFlags]) -> SettingsLoading {
        var flags = source.given
        for group in groups { flags.merge(group.given) { first, _ in first } }
        return SettingsLoading(configFlag: source.config, flags: flags, environment: Environment.values)
    }

    /// `--config`, else `$XDG_CONFIG_HOME/limber/config.toml`, else `~/.config/limber/config.toml`.
    static func configPath(_ source: some ConfigFileOption & SettingFlags) -> String {
        loading(source, []).configPath
    }

    /// - Parameters:
    ///   - groups: the other flag groups the command declares.
    static func load(_ source: some ConfigFileOption & SettingFlags, _ groups: any SettingFlags...) -> SettingsResolver.Resolved {
        load(source, groups, fileProblems: .fail)
    }

    static func load(_ source: some ConfigFileOption & SettingFlags, _ groups: [any SettingFlags],
                     fileProblems: SettingsLoading.FileProblems) -> SettingsResolver.Resolved {
        switch loading(source, groups).load(fileProblems: fileProblems) {
        case .success(let (resolved, warning)):
            if let warning { Console.error("limber: \(warning)") }
            return resolved
        case .failure(let failure):
            Console.fail(failure.message, status: failure.inFile ? ExitStatus.config : ExitStatus.usage)
        }
    }

    /// The history folder (`SettingsLoading.dataFolder`).
    static func dataFolder(_ resolved: SettingsResolver.Resolved) -> String {
        SettingsLoading.dataFolder(resolved, environment: Environment.values)
    }
}
