import ArgumentParser
import LimberCore
import LimberLibrary
import LimberStore
import LimberUI

@main
struct Limber: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "limber",
        abstract: "A movement-break timer for your terminal pane.",
        discussion: """
        Counts how long you have been sitting or standing and asks you to move when the \
        interval is up; a break plays a short routine of animated exercises. Durations look \
        like 90s, 45m, 1h30m or 2m30s; a bare number is minutes. Settings come from the flags, \
        then the config file (see 'limber config'), then the defaults. The commands break, \
        snooze, skip, pause, resume, sit and stand act on the running timer from another pane.

        \(keyHelp)
        """,
        version: Version.number,
        subcommands: [ExercisesCommand.self, SummaryCommand.self, StatusCommand.self, ConfigCommand.self] + TimerCommands.all
            + [TmuxCommand.self, PromptCommand.self]
    )

    /// The keys, from the same tables that handle them.
    static let keyHelp = [KeyTable.main, KeyTable.duringBreak, KeyTable.summary].map { table in
        table.title + "\n" + table.helpLines.map { "  " + $0 }.joined(separator: "\n")
    }.joined(separator: "\n\n")

    @OptionGroup var timer: TimerOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var ascii: AsciiOption
    @OptionGroup var goal: GoalOption
    @OptionGroup var source: SourceOptions

    /// ArgumentParser's own, but its errors (which quote what was typed) go through Console so
    /// they follow the locale like every other message. Help, --version and completion scripts
    /// are printed by ArgumentParser unchanged.
    static func main() {
        do {
            var command = try parseAsRoot()
            if LimberSubcommands.isOwn(command) {
                command = try LimberSubcommands.reparse(Array(CommandLine.arguments.dropFirst()), as: type(of: command))
            }
            try command.run()
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            let message = fullMessage(for: error) // empty for a bare ExitCode
            if !message.isEmpty { Console.errorLines(message) }
            // Not ArgumentParser's `exit`, which would print the message again.
            Console.quit(exitCode(for: error).rawValue)
        }
    }

    func run() throws {
        let resolved = SettingsLoader.load(source, timer, look, ascii, goal)
        let library = ExerciseLibrary.load(userDirectory: ExerciseLibrary.userDirectory(environment: Environment.values))
        Interface.run(Interface.Options(settings: resolved.settings,
                                        postureIsExplicit: resolved.source(.posture) != .defaultValue,
                                        library: library, dataFolder: SettingsLoader.dataFolder(resolved)))
    }
}

/// The subcommands under a root with no options of its own, so a flag that a subcommand does
/// not declare (`limber status --interval 5m`) is a usage error instead of being read by the
/// root and ignored (see SettingsOptions.swift). Help, completion scripts and the TUI still
/// come from `Limber`.
struct LimberSubcommands: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "limber", subcommands: Limber.configuration.subcommands)

    /// Parses `arguments` again with the subcommand's name first and any options typed before
    /// it (`limber --data-dir D summary`) after it, so they are checked against what that
    /// command takes. A flag it does not take is a one-line usage error.
    static func reparse(_ arguments: [String], as wanted: ParsableCommand.Type) throws -> ParsableCommand {
        let names = Set(configuration.subcommands.map { $0._commandName })
        var errors: [any Error] = []
        for (index, name) in arguments.enumerated() where names.contains(name) {
            let ordered = Array(arguments[index...]) + Array(arguments[..<index])
            do {
                let command = try parseAsRoot(ordered)
                if ObjectIdentifier(type(of: command)) == ObjectIdentifier(wanted) { return command }
            } catch {
                errors.append(error)
            }
        }
        guard let first = errors.first else { return try parseAsRoot(arguments) }
        if let flag = unknownOption(in: message(for: first)) {
            let path = ([wanted] + parents(of: wanted)).reversed().map { $0._commandName }.joined(separator: " ")
            Console.fail("\(flag) does not apply to 'limber \(path)'; 'limber \(path) --help' lists the options it takes",
                         status: ExitStatus.usage)
        }
        throw first
    }

    /// The flag in ArgumentParser's "Unknown option '--interval'".
    private static func unknownOption(in message: String) -> String? {
        let marker = "Unknown option '"
        guard let start = message.firstRange(ofText: marker)?.upperBound,
              let end = message[start...].firstIndex(of: "'") else { return nil }
        return String(message[start..<end])
    }

    /// The commands above `command` (`exercises` above `show`), nearest first.
    private static func parents(of command: ParsableCommand.Type) -> [ParsableCommand.Type] {
        func search(_ types: [ParsableCommand.Type], _ trail: [ParsableCommand.Type]) -> [ParsableCommand.Type]? {
            for type in types {
                if type == command { return trail }
                if let found = search(type.configuration.subcommands, [type] + trail) { return found }
            }
            return nil
        }
        return search(configuration.subcommands, []) ?? []
    }

    /// Every command of ours below the root; ArgumentParser's own (`help`) are left as parsed.
    static func isOwn(_ command: ParsableCommand) -> Bool {
        func all(_ types: [ParsableCommand.Type]) -> [ParsableCommand.Type] {
            types.flatMap { [$0] + all($0.configuration.subcommands) }
        }
        let own = Set(all(configuration.subcommands).map { ObjectIdentifier($0) })
        return own.contains(ObjectIdentifier(type(of: command)))
    }
}
