import ArgumentParser
import LimberCommands
import LimberCore
import LimberLibrary
import LimberNotify
import LimberPresence
import LimberStore

/// `limber config`: the effective settings and where each came from; `--init` writes the
/// commented default file, never over an existing one.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings and their sources, or create the config file.",
        discussion: "Flags beat the config file; the file beats the defaults."
    )

    @Flag(name: .customLong("init"), help: "Write a commented default config file (never overwrites one).")
    var initialize = false

    @OptionGroup var timer: TimerOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var ascii: AsciiOption
    @OptionGroup var goal: GoalOption
    @OptionGroup var source: SourceOptions

    func run() throws {
        let path = SettingsLoader.configPath(source)
        if initialize {
            try writeDefault(to: path)
            return
        }
        let resolved = SettingsLoader.load(source, timer, look, ascii, goal)
        let exists = FileManager.default.fileExists(atPath: path)
        Console.line("config file: \(path)\(exists ? "" : " (none; 'limber config --init' creates it)")")
        Console.lines(ConfigTable.text(resolved, dataFolder: SettingsLoader.dataFolder(resolved)))
        Console.lines(Self.presenceText(resolved.settings))
        Console.lines(Self.channelText(resolved.settings))
    }

    /// Each notify channel: on and what it does, or off and why.
    static func channelText(_ settings: Settings) -> String {
        let opened = NotifyChannels.open(settings.notify, environment: Environment.values, prompt: [],
                                         checkLibrary: true) { _ in }
        return opened.statuses.map { "notify channel \($0.channel.rawValue): \($0.text)" }.joined(separator: "\n")
    }

    /// Each presence source the setting asks for: active, or off and why.
    static func presenceText(_ settings: Settings) -> String {
        let env = Environment.values
        let opened = PresenceSources.open(settings.presence, idleAfter: settings.timer.idleAfter,
                                          terminalFolder: env["LIMBER_TTY_DIR"].flatMap { $0.isEmpty ? nil : $0 }, sessionID: env["XDG_SESSION_ID"])
        guard !opened.statuses.isEmpty else { return "presence sources: none (presence = \"off\")" }
        return opened.statuses.map { "presence source \($0.kind.rawValue): \($0.text)" }.joined(separator: "\n")
    }

    private func writeDefault(to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            Console.fail("\(path) already exists; it was not overwritten (edit it, or move it away first)", status: 1)
        }
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        do {
            if !folder.isEmpty { try DataDirectory.prepare(folder) }
            try Data(DefaultConfigFile.text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Console.fail("cannot write \(path): \(error)", status: 1)
        }
        Console.line("wrote \(path)")
    }
}
