import ArgumentParser
import LimberLibrary

/// Every setting's flag, shared by `limber` and its subcommands. All are optional: a flag that
/// is not given leaves the config file's value (or the default) in place.
///
/// Subcommands declare this same group rather than a smaller one: ArgumentParser hands a flag
/// to the parent command when a child declares the same name in a different group, so
/// `limber summary --data-dir X` would silently read the default folder.
struct SettingsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Config file (default $XDG_CONFIG_HOME/limber/config.toml).", valueName: "path"))
    var config: String?

    @Option(help: ArgumentHelp("Time in one position before a break is due (default 45m).", valueName: "duration"))
    var interval: String?

    @Option(help: ArgumentHelp("How long a snooze hides the prompt (default 5m).", valueName: "duration"))
    var snooze: String?

    @Option(help: ArgumentHelp("Latest point, from the start of a stretch, that snoozing may push a break to (default 60m).", valueName: "duration"))
    var latest: String?

    @Option(help: ArgumentHelp("Position you start in: sitting or standing (default sitting).", valueName: "posture"))
    var posture: String?

    @Option(name: .customLong("away-after"),
            help: ArgumentHelp("A gap or pause at least this long is time away and ends the stretch (default 5m).", valueName: "duration"))
    var awayAfter: String?

    @Option(name: .customLong("break-length"), help: ArgumentHelp("About how long a break's routine lasts (default 2m).", valueName: "duration"))
    var breakLength: String?

    @Option(help: ArgumentHelp("Room for exercises: desk, or floor to allow floor exercises (default desk).", valueName: "space"))
    var space: String?

    @Option(help: ArgumentHelp("Daily goal for standing and moving, shown in the summary (default 2h).", valueName: "duration"))
    var goal: String?

    @Option(help: ArgumentHelp("Desktop notification when a break is due: off, osc or command (default off).", valueName: "mode"))
    var notify: String?

    @Flag(name: .customLong("reduced-motion"), inversion: .prefixedNo, help: "One still frame of each exercise instead of the animation.")
    var reducedMotion: Bool?

    @Flag(inversion: .prefixedNo, help: "Plain ASCII glyphs, even in a UTF-8 locale.")
    var ascii: Bool?

    @Option(help: ArgumentHelp("How exercise figures are drawn: braille, blocks or ascii (default braille).", valueName: "style"))
    var figure: String?

    @Flag(inversion: .prefixedNo, help: "Colour (NO_COLOR also turns it off).")
    var color: Bool?

    @Flag(inversion: .prefixedNo, help: "Ring the bell when a break is due and every 5 minutes while overdue.")
    var bell: Bool?

    @Option(name: .customLong("data-dir"),
            help: ArgumentHelp("History folder (default $LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber, else ~/.local/share/limber).", valueName: "path"))
    var dataDir: String?

    /// The flags given, as the resolver reads them.
    var given: [SettingKey: String] {
        var flags: [SettingKey: String] = [:]
        let texts: [(SettingKey, String?)] = [
            (.interval, interval), (.snooze, snooze), (.latest, latest), (.posture, posture), (.awayAfter, awayAfter),
            (.breakLength, breakLength), (.space, space), (.goal, goal), (.notify, notify), (.dataDir, dataDir),
            (.figure, figure),
        ]
        for (key, value) in texts { if let value { flags[key] = value } }
        let switches: [(SettingKey, Bool?)] = [(.reducedMotion, reducedMotion), (.ascii, ascii), (.color, color), (.bell, bell)]
        for (key, value) in switches { if let value { flags[key] = value ? "true" : "false" } }
        return flags
    }
}
