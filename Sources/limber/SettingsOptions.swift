import ArgumentParser
import LimberLibrary

/// The flags that set a setting, in groups so each command takes only what changes what it
/// does: `SourceOptions` (where settings and history live) or just `ConfigOption`,
/// `GoalOption`, `AsciiOption`, `LookOptions` (how figures are drawn) and `TimerOptions`.
/// Help texts, defaults and ranges come from `SettingKey`.
///
/// The root command declares every group, so `limber --interval 3s` works. ArgumentParser
/// would also read the root's flags after a subcommand's name and drop the ones that command
/// does not declare (`limber status --interval 5m` would do nothing, silently); so
/// `Limber.main` parses a subcommand again under `LimberSubcommands`, a root with no options,
/// where any flag the command does not declare is a usage error. Durations are read
/// `.unconditional`, so `--interval -5` reaches our parser (and its message) instead of
/// looking like a flag.
protocol SettingFlags {
    /// The flags given, as the resolver reads them.
    var given: [SettingKey: String] { get }
}

/// A command that reads the config file, and can be pointed at another one.
protocol ConfigFileOption {
    var config: String? { get }
}

private let configHelp = ArgumentHelp("Config file (default $XDG_CONFIG_HOME/limber/config.toml, else ~/.config/limber/config.toml).",
                                      valueName: "path")

/// `--config` alone, for a command that reads settings but no history.
struct ConfigOption: ParsableArguments, ConfigFileOption, SettingFlags {
    @Option(help: configHelp, completion: .file(extensions: ["toml"]))
    var config: String?

    var given: [SettingKey: String] { [:] }
}

struct SourceOptions: ParsableArguments, ConfigFileOption, SettingFlags {
    @Option(help: configHelp, completion: .file(extensions: ["toml"]))
    var config: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp(SettingKey.dataDir.help, valueName: "path"), completion: .directory)
    var dataDir: String?

    var given: [SettingKey: String] { dataDir.map { [.dataDir: $0] } ?? [:] }
}

struct GoalOption: ParsableArguments, SettingFlags {
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.goal.help, valueName: "duration"))
    var goal: String?

    var given: [SettingKey: String] { goal.map { [.goal: $0] } ?? [:] }
}

struct TimerOptions: ParsableArguments, SettingFlags {
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.interval.help, valueName: "duration"))
    var interval: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.snooze.help, valueName: "duration"))
    var snooze: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.latest.help, valueName: "duration"))
    var latest: String?

    @Option(help: ArgumentHelp(SettingKey.posture.help, valueName: "posture"), completion: .list(SettingKey.posture.choices))
    var posture: String?

    @Option(name: .customLong("away-after"), parsing: .unconditional, help: ArgumentHelp(SettingKey.awayAfter.help, valueName: "duration"))
    var awayAfter: String?

    @Option(help: ArgumentHelp(SettingKey.presence.help, valueName: "sources"), completion: .list(SettingKey.presence.choices))
    var presence: String?

    @Option(name: .customLong("idle-after"), parsing: .unconditional, help: ArgumentHelp(SettingKey.idleAfter.help, valueName: "duration"))
    var idleAfter: String?

    @Option(name: .customLong("break-length"), parsing: .unconditional, help: ArgumentHelp(SettingKey.breakLength.help, valueName: "duration"))
    var breakLength: String?

    @Option(help: ArgumentHelp(SettingKey.space.help, valueName: "space"), completion: .list(SettingKey.space.choices))
    var space: String?

    @Option(help: ArgumentHelp(SettingKey.notify.help, valueName: "mode"), completion: .list(SettingKey.notify.choices))
    var notify: String?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(SettingKey.bell.help))
    var bell: Bool?

    @Flag(name: .customLong("standing-desk"), inversion: .prefixedNo, help: ArgumentHelp(SettingKey.standingDesk.help))
    var standingDesk: Bool?

    var given: [SettingKey: String] {
        var flags: [SettingKey: String] = [:]
        let texts: [(SettingKey, String?)] = [
            (.interval, interval), (.snooze, snooze), (.latest, latest), (.posture, posture), (.awayAfter, awayAfter),
            (.breakLength, breakLength), (.space, space), (.notify, notify),
            (.presence, presence), (.idleAfter, idleAfter),
        ]
        for (key, value) in texts { if let value { flags[key] = value } }
        for (key, value) in [(SettingKey.bell, bell), (.standingDesk, standingDesk)] {
            if let value { flags[key] = value ? "true" : "false" }
        }
        return flags
    }
}

/// `--ascii`: the screens' glyphs, and the summary table's.
struct AsciiOption: ParsableArguments, SettingFlags {
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(SettingKey.ascii.help))
    var ascii: Bool?

    var given: [SettingKey: String] { ascii.map { [.ascii: $0 ? "true" : "false"] } ?? [:] }
}

/// How the screens and figures are drawn.
struct LookOptions: ParsableArguments, SettingFlags {
    @Flag(name: .customLong("reduced-motion"), inversion: .prefixedNo, help: ArgumentHelp(SettingKey.reducedMotion.help))
    var reducedMotion: Bool?

    @Option(help: ArgumentHelp(SettingKey.figure.help, valueName: "style"), completion: .list(SettingKey.figure.choices))
    var figure: String?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(SettingKey.color.help))
    var color: Bool?

    var given: [SettingKey: String] {
        var flags: [SettingKey: String] = [:]
        if let figure { flags[.figure] = figure }
        for (key, value) in [(SettingKey.reducedMotion, reducedMotion), (.color, color)] {
            if let value { flags[key] = value ? "true" : "false" }
        }
        return flags
    }
}
