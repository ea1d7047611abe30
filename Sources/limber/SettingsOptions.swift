import ArgumentParser
import LimberLibrary

/// The flags that set a setting, in three groups so each command shows only what it uses:
/// `SourceOptions` (where settings and history live), `GoalOption` and `TimerOptions`.
/// Help texts, defaults and ranges come from `SettingKey`.
///
/// ArgumentParser parses the parent command's options from the whole command line first and
/// hands a group on to a subcommand that declares the same group type. So a subcommand that
/// does not use a group still declares it, hidden: the values are then checked the same way
/// everywhere (`limber summary --interval 1e18` is an error, not ignored) without showing
/// fifteen unused flags in `limber help summary`. Durations are read `.unconditional`, so
/// `--interval -5` reaches our parser (and its message) instead of looking like a flag.
protocol SettingFlags {
    /// The flags given, as the resolver reads them.
    var given: [SettingKey: String] { get }
}

struct SourceOptions: ParsableArguments, SettingFlags {
    @Option(help: ArgumentHelp("Config file (default $XDG_CONFIG_HOME/limber/config.toml, else ~/.config/limber/config.toml).",
                               valueName: "path"), completion: .file(extensions: ["toml"]))
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

    @Flag(name: .customLong("reduced-motion"), inversion: .prefixedNo, help: ArgumentHelp(SettingKey.reducedMotion.help))
    var reducedMotion: Bool?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(SettingKey.ascii.help))
    var ascii: Bool?

    @Option(help: ArgumentHelp(SettingKey.figure.help, valueName: "style"), completion: .list(SettingKey.figure.choices))
    var figure: String?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(SettingKey.color.help))
    var color: Bool?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(SettingKey.bell.help))
    var bell: Bool?

    var given: [SettingKey: String] {
        var flags: [SettingKey: String] = [:]
        let texts: [(SettingKey, String?)] = [
            (.interval, interval), (.snooze, snooze), (.latest, latest), (.posture, posture), (.awayAfter, awayAfter),
            (.breakLength, breakLength), (.space, space), (.notify, notify),
            (.figure, figure),
            (.presence, presence), (.idleAfter, idleAfter),
        ]
        for (key, value) in texts { if let value { flags[key] = value } }
        let switches: [(SettingKey, Bool?)] = [(.reducedMotion, reducedMotion), (.ascii, ascii), (.color, color), (.bell, bell)]
        for (key, value) in switches { if let value { flags[key] = value ? "true" : "false" } }
        return flags
    }
}
