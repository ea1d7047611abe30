import ArgumentParser

/// `--data-dir`, shared by the TUI, `summary` and `status`.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"),
            help: ArgumentHelp("Folder of the history (default $LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber, else ~/.local/share/limber).",
                               valueName: "path"))
    var dataDir: String?
}
