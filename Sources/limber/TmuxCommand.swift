import ArgumentParser

/// `limber tmux`: a `.tmux.conf` snippet that starts Limber in a small pane of each new
/// session's first window, puts its status line in tmux's status bar, and binds keys for the
/// commands. Printed, not installed: the user's tmux config is theirs to edit.
struct TmuxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmux",
        abstract: "Print a .tmux.conf snippet: Limber in a small pane, the status bar, key bindings.",
        discussion: """
        Add it with 'limber tmux >> ~/.tmux.conf', then 'tmux source-file ~/.tmux.conf' (the \
        pane opens with the next new session). limber must be on the PATH tmux was started with.
        """
    )

    func run() throws {
        Console.lines(Self.snippet)
    }

    /// Needs tmux 3.0 or newer (braces around nested commands); the popup it describes, 3.2. Keys: capitals that tmux leaves
    /// unbound by default (prefix b, z and p are tmux's own). A key runs the command and shows
    /// its one line (the new status, or why not) as a tmux message, then redraws the status bar.
    static let snippet = """
    # Limber (from 'limber tmux'); tmux 3.0 or newer.
    # Each new session gets Limber in a 12-line pane at the bottom of its first window, unless
    # a timer is already running (one timer per data folder).
    set-hook -g session-created {
        if-shell '[ "$(limber status --format "{state}")" = stopped ]' {
            split-window -d -v -l 12 -t ':^' limber
        }
    }

    # The timer's line in the status bar, like the one limber's pane shows at the top.
    set -g status-interval 5
    set -g status-right-length 80
    set -g status-right '#(limber status) | %H:%M'

    # prefix B: break now; prefix Z: snooze; prefix P: pause, or resume when paused.
    bind-key B run-shell 'tmux display-message "$(limber break 2>&1)"; tmux refresh-client -S'
    bind-key Z run-shell 'tmux display-message "$(limber snooze 2>&1)"; tmux refresh-client -S'
    bind-key P run-shell 'tmux display-message "$(limber pause 2>/dev/null || limber resume 2>&1)"; tmux refresh-client -S'

    # When a break is due and no client shows Limber's pane (another window, another session,
    # nobody attached to Limber's session), a popup on the client you last typed in shows the
    # prompt: Enter plays the break in it, g goes to Limber's pane, z snoozes, x skips. Nothing
    # to set here (notify = "auto" in Limber's config); popups need tmux 3.2 or newer, older
    # tmux shows a message instead. 'limber config' says which.
    """
}
