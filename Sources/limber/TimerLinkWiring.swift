import LimberCommands
import LimberLibrary

extension TimerLink {
    /// The link to the timer of the data folder these settings name, with this process's
    /// runtime folder and warnings on stderr.
    init(_ settings: SettingsResolver.Resolved) {
        self.init(folder: SettingsLoader.dataFolder(settings), runtimeDirectory: Environment.values["XDG_RUNTIME_DIR"],
                  warn: Console.historyWarning)
    }
}
