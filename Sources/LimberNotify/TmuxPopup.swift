import LimberCore
import LimberLibrary
import LimberProcess

/// The tmux channel: when limber runs in a tmux pane that no attached client shows, a due
/// break opens a popup (`display-popup`, tmux 3.2 and later) running `limber prompt`, which
/// shows the prompt and sends the answer to this timer over the control socket; older tmux
/// shows a message instead. Whether the pane is visible is decided by tmux itself, in the same
/// command (`if-shell -F` on a format that looks at every session), so a prompt costs one
/// tmux process. The popup closes itself when the prompt ends anywhere (`limber prompt`
/// follows the status).
///
/// Which client gets the popup is tmux's choice of "current client" for a command from
/// outside: the tmux command is started without `$TMUX_PANE`, so tmux takes the session the
/// person last typed in and its most recently active client (any client, when that session
/// has none). So the popup reaches the person in another session of the same server, even
/// when nobody is attached to limber's own.
public final class TmuxPopup: PromptChannel {
    public let channel = NotifyChannel.tmux
    private let pane: String
    private let version: TmuxVersion
    /// The shell command the popup runs; nil when its paths cannot be passed safely (a message then).
    private let promptCommand: String?
    private let spawn: ([String]) -> Int32?
    /// A popup was opened for the prompt showing now.
    private var opened = false
    /// The tmux client that opened it: it stays until the popup closes, and is reaped then.
    private var client: Int32?

    /// - Parameters:
    ///   - pane: `$TMUX_PANE` (`%3`).
    ///   - prompt: the argv of `limber prompt` for this timer (its executable and data folder).
    ///   - spawn: starts a process without waiting for it, returning its pid.
    public init(pane: String, version: TmuxVersion, prompt: [String],
                spawn: @escaping ([String]) -> Int32? = TmuxPopup.startClient) {
        self.pane = pane
        self.version = version
        promptCommand = Self.shellCommand(prompt)
        self.spawn = spawn
    }

    public func ring(_ view: PromptView, first: Bool) {
        // One popup per prompt: the overdue reminder rings the bell, not tmux again.
        guard first, !opened else { return }
        opened = true
        settle()
        if client == nil { client = spawn(command(view)) }
    }

    public func update(_ view: PromptView) {
        // Snoozed: the popup closes itself; the prompt coming back is a new one.
        if view.stage == .snoozed { opened = false }
    }

    public func end() {
        opened = false
    }

    public func settle() {
        if let pid = client, ChildProcess.reap(pid) { client = nil }
    }

    public var pollRequest: (fd: Int32, events: Int16)? { nil }
    public func take() -> [PromptAnswer] { [] }
    public func takeWarnings() -> [String] { [] }

    /// Non-empty when some attached client shows the pane: for each session with a client,
    /// the panes of its current window, one of them this pane and either the window's active
    /// pane or no pane zoomed. A window linked into several sessions is seen through each.
    static func visible(_ pane: String) -> String {
        "#{S:#{?session_attached,#{P:#{?#{&&:#{==:#{pane_id},\(pane)},#{||:#{pane_active},#{!=:#{window_zoomed_flag},1}}},1,}},}}"
    }

    /// Starts the tmux client that opens the popup, without waiting: it stays until the popup
    /// closes (so it is not one of the hooks' runs, stopped after 10 seconds), in a group of its
    /// own, and without `$TMUX_PANE` so that tmux picks the client the person last typed in.
    public static func startClient(_ argv: [String]) -> Int32? {
        try? ChildProcess.spawn(argv, ChildProcess.Options(group: .own, environment: .inheritedWithout(["TMUX_PANE"]))).get()
    }

    /// The one tmux command for a prompt: if the pane is hidden, the popup (or the message).
    func command(_ view: PromptView) -> [String] {
        let hidden = "#{?\(Self.visible(pane)),0,1}"
        let action: String
        if version.hasPopups, let promptCommand {
            // Room for the break's figure when the person plays it there.
            action = "display-popup -E -w 80% -h 80% -t \(pane) \(Self.tmuxQuoted(promptCommand, formats: false))"
        } else {
            let text = "Limber: \(view.title) - in window #{window_index} (#{window_name}); limber break, snooze or skip"
            action = "display-message -d 10000 -t \(pane) \(Self.tmuxQuoted(text, formats: true))"
        }
        return ["tmux", "if-shell", "-F", "-t", pane, hidden, action]
    }

    /// Words for `sh -c`, each in single quotes.
    static func shellCommand(_ argv: [String]) -> String? {
        guard !argv.isEmpty, !argv.contains(where: { $0.contains("\0") || $0.contains("\n") }) else { return nil }
        return argv.map { "'" + $0.replacingAll("'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// A string as one argument in a tmux command line: in double quotes, with `\`, `"` and `$`
    /// escaped; without `formats`, `#` is doubled, since tmux expands the text as a format.
    static func tmuxQuoted(_ text: String, formats: Bool) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\\", "\"", "$": quoted += "\\" + String(character)
            case "#" where !formats: quoted += "##"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}

/// tmux's version, from `tmux -V` ("tmux 3.3a", "tmux next-3.4", "tmux master").
public struct TmuxVersion: Sendable, Equatable {
    public var text: String
    public var major: Int
    public var minor: Int

    public init?(_ output: String) {
        let word = output.split(separator: " ").last.map(String.init) ?? ""
        text = word.trimmingNewline()
        let digits = text.drop { !$0.isNumber }
        let parts = digits.split(separator: ".", maxSplits: 1)
        guard let first = parts.first, let major = Int(first.prefix { $0.isNumber }) else {
            // A build from git says "master": the newest there is.
            guard text == "master" else { return nil }
            self.major = 99
            minor = 0
            return
        }
        self.major = major
        minor = parts.count > 1 ? Int(parts[1].prefix { $0.isNumber }) ?? 0 : 0
    }

    /// `display-popup` came with tmux 3.2.
    public var hasPopups: Bool { major > 3 || (major == 3 && minor >= 2) }

    /// Asks the tmux on PATH (once, at start).
    public static func installed() -> TmuxVersion? {
        CommandOutput.read(["tmux", "-V"]).flatMap(TmuxVersion.init)
    }
}

extension String {
    func trimmingNewline() -> String {
        var text = self
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return text
    }
}

extension TmuxPopup {
    /// Switches the client this runs on (the popup's) to the pane, its window and session.
    public static func show(pane: String) -> Bool {
        guard pane.hasPrefix("%"), pane.dropFirst().allSatisfy(\.isNumber), pane.count > 1 else { return false }
        return CommandOutput.read(["tmux", "switch-client", "-t", pane]) != nil
    }

    /// Where a pane is, as `session:window.pane (window name)`, asked of tmux (for the popup's text).
    public static func place(of pane: String) -> String? {
        guard pane.hasPrefix("%"), pane.dropFirst().allSatisfy(\.isNumber), pane.count > 1 else { return nil }
        let text = CommandOutput.read(["tmux", "display-message", "-p", "-t", pane,
                                       "#{session_name}:#{window_index}.#{pane_index} (#{window_name})"])
        return text.map { $0.trimmingNewline() }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
