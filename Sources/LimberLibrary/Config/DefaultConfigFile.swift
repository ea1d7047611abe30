/// The commented file `limber config --init` writes: every key, at its default, commented out.
public enum DefaultConfigFile {
    public static let text = #"""
    # Limber's settings. Uncomment a line to change it; command-line flags still win.
    # Durations look like "90s", "45m", "1h30m"; a bare number is minutes.

    # Time in one position before a break is due.
    # interval = "45m"
    # How long a snooze hides the prompt.
    # snooze = "5m"
    # The latest point, from the start of a stretch, that snoozing may push a break to.
    # latest = "60m"
    # A gap (sleep, Ctrl-Z) or pause at least this long is time away and ends the stretch.
    # away_after = "5m"
    # The position you start in: "sitting" or "standing".
    # posture = "sitting"

    # About how long a break's routine lasts, and whether floor exercises are offered.
    # break_length = "2m"
    # space = "desk"            # or "floor"
    # Daily goal for standing and moving, shown in the summary.
    # goal = "2h"

    # Looks.
    # reduced_motion = false    # one still frame per exercise
    # ascii = false             # plain ASCII glyphs even in a UTF-8 locale
    # figure = "braille"        # exercise figures: "braille", "blocks" or "ascii"
    # color = true              # NO_COLOR in the environment also turns colour off

    # Prompting. The pane title always shows the countdown or "Break due".
    # bell = true               # when a break becomes due, and every 5 minutes while overdue
    # notify = "off"            # "osc": OSC 777/9 desktop notification; "command": run notify_command
    # notify_command = ["notify-send", "--app-name=limber", "Limber"]

    # Prompt only in these hours and on these days; outside them limber keeps recording.
    # active_hours = "09:00-18:00"
    # active_days = "mon-fri"

    # Where the history is kept.
    # data_dir = "~/.local/share/limber"

    # Commands to run on events, as argument arrays (no shell). They get LIMBER_EVENT,
    # LIMBER_POSTURE and LIMBER_STRETCH_SECONDS, are stopped after 10 seconds, and their output
    # goes to $XDG_STATE_HOME/limber/hooks.log.
    [hooks]
    # on_break_due = ["notify-send", "Time to move"]
    # on_break_start = ["playerctl", "pause"]
    # on_break_end = ["playerctl", "play"]
    # on_snooze = ["logger", "limber: snoozed"]
    # on_skip = ["logger", "limber: skipped"]
    """#
}
