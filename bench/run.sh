#!/usr/bin/env bash
# Measures the release binary in a real tmux pane: CPU per minute, peak memory, bytes sent to
# the terminal per minute, and time to the first full frame. Prints a table for
# docs/PERFORMANCE.md. Usage: bench/run.sh [seconds]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${LIMBER_BIN:-$PWD/.build/release/limber}
SECONDS_TO_RUN=${1:-60}
OUT=$(mktemp -d /tmp/limber-bench.XXXXXX)
SOCK=limber-bench-$$
trap 'tmux -L $SOCK kill-server 2>/dev/null || true; rm -rf "$OUT"' EXIT

export HOME=$OUT XDG_CONFIG_HOME=$OUT/config XDG_DATA_HOME=$OUT/data XDG_STATE_HOME=$OUT/state LANG=C.UTF-8
# The control socket lives here, as under a desktop session (every scenario has it listening).
export XDG_RUNTIME_DIR=$OUT/run
mkdir -m 700 "$XDG_RUNTIME_DIR"

# CPU time in nanoseconds, all threads (schedstat is exact; /proc/PID/stat counts 10 ms ticks).
cpu_ns() { cat /proc/"$1"/task/*/schedstat | awk '{s += $1} END {print s}'; }
peak_rss_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }
size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }
wait_for_screen() { # text, timeout seconds
    local deadline=$((SECONDS + $2))
    until tmux -L "$SOCK" capture-pane -p -t bench | grep "$1" >/dev/null; do
        [ $SECONDS -lt $deadline ] || { echo "bench: timed out waiting for '$1'" >&2; exit 1; }
        sleep 0.05
    done
}
limber_pid() { tmux -L "$SOCK" display -p -t bench '#{pane_pid}'; } # the pane runs limber with exec
# Ends the pane and waits until limber is gone: the next scenario's limber must not find this
# one still holding the data folder while it quits (saving, stopping hooks).
stop_pane() { # pid
    tmux -L "$SOCK" kill-server 2>/dev/null || true
    local deadline=$((SECONDS + 10))
    while kill -0 "$1" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.05; done
}

# Run one scenario: name, limber arguments, keys to send once it shows `ready_text`.
measure() {
    local name=$1 args=$2 ready=$3 keys=${4:-}
    : > "$OUT/$name.bytes"
    tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 -s bench "exec env LIMBER_TTY_DIR='${LIMBER_TTY_DIR:-}' $BIN $args"
    tmux -L "$SOCK" pipe-pane -o -t bench "cat >> $OUT/$name.bytes"
    wait_for_screen "$ready" 20
    [ -z "$keys" ] || { tmux -L "$SOCK" send-keys -t bench $keys; wait_for_screen "${5:-$ready}" 10; }
    local pid; pid=$(limber_pid)
    sleep 2 # let the first full frame settle; only the steady state is measured
    local cpu0 bytes0 cpu1 bytes1 writes0 writes1
    cpu0=$(cpu_ns "$pid"); bytes0=$(size_of "$OUT/$name.bytes")
    # Once a second, look for child processes: an idle timer (presence sources included) starts none.
    local children=0 end=$((SECONDS + SECONDS_TO_RUN))
    while [ $SECONDS -lt $end ]; do
        pgrep -P "$pid" >/dev/null && children=$((children + 1))
        sleep 1
    done
    cpu1=$(cpu_ns "$pid"); bytes1=$(size_of "$OUT/$name.bytes")
    local rss; rss=$(peak_rss_kb "$pid")
    local mappings; mappings=$(bench/rss_by_mapping.sh "$pid")
    # What the binary's resident part is made of (Swift modules, the C runtime): which code a
    # change brought in, or which the link order (scripts/link-order.sh) no longer groups.
    local modules; modules=$(python3 bench/resident_by_module.py "$pid" 2>/dev/null || echo "binary resident by module: not available")
    stop_pane "$pid"
    awk -v name="$name" -v c=$((cpu1 - cpu0)) -v b=$((bytes1 - bytes0)) -v s="$SECONDS_TO_RUN" -v rss="$rss" -v kids="$children" 'BEGIN {
        printf "%-10s cpu %6.1f ms/min (%.2f%% of a core)   bytes %6.0f /min (%.0f B/s)   peak RSS %5.1f MB   seconds with a child %d\n",
            name, c / 1e6 * 60 / s, c / 1e9 / s * 100, b * 60 / s, b / s, rss / 1024, kids }'
    echo "          $mappings"
    echo "          $modules"
}

# First frame: `script` records when each chunk of output arrived after it started the program.
first_frame() {
    tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 -s bench \
        "script -q -f -T $OUT/timing -c '$BIN --interval 45m' $OUT/typescript"
    wait_for_screen "Next break in" 10
    tmux -L "$SOCK" send-keys -t bench q
    sleep 0.5
    tmux -L "$SOCK" kill-server 2>/dev/null || true
    # Sum the delays until the chunk that completes the frame (its footer, "q quit").
    local total header
    total=$(awk '{s += $2} END {print s}' "$OUT/timing")
    header=$(( $(size_of "$OUT/typescript") - total ))
    local offset; offset=$(grep -abo "q quit" "$OUT/typescript" | head -1 | cut -d: -f1)
    awk -v want=$((offset - header)) '{ t += $1; n += $2; if (n > want) { printf "first frame %.1f ms after start\n", t * 1000; exit } }' "$OUT/timing"
}

# The break played in the tmux popup's player as well (`limber prompt`, in a second window of
# the same size): the timer answers its `watch` requests, ten a second while the figure moves.
# Both processes are measured: the timer (compare the break scenario) and the player.
popup_player() {
    tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 -s bench "exec $BIN --interval 1s --break-length 10m --notify off"
    wait_for_screen "Break due" 20
    tmux -L "$SOCK" send-keys -t bench Enter
    wait_for_screen "1 of " 10
    tmux -L "$SOCK" new-window -d -t bench -n player "exec $BIN prompt"
    local deadline=$((SECONDS + 10))
    until tmux -L "$SOCK" capture-pane -p -t bench:player | grep -q "1 of "; do
        [ $SECONDS -lt $deadline ] || { echo "bench: the player never showed the break" >&2; exit 1; }
        sleep 0.05
    done
    local pid player; pid=$(limber_pid); player=$(tmux -L "$SOCK" display -p -t bench:player '#{pane_pid}')
    sleep 2
    local cpu0 play0 cpu1 play1
    cpu0=$(cpu_ns "$pid"); play0=$(cpu_ns "$player")
    sleep "$SECONDS_TO_RUN"
    cpu1=$(cpu_ns "$pid"); play1=$(cpu_ns "$player")
    local rss; rss=$(peak_rss_kb "$player")
    stop_pane "$pid"
    awk -v c=$((cpu1 - cpu0)) -v p=$((play1 - play0)) -v s="$SECONDS_TO_RUN" -v rss="$rss" 'BEGIN {
        printf "popup     timer cpu %6.1f ms/min while the popup plays the break   player cpu %6.1f ms/min   player peak RSS %5.1f MB\n",
            c / 1e6 * 60 / s, p / 1e6 * 60 / s, rss / 1024 }'
}

# `limber status` against a running TUI: latency, and 100 calls a second (bench/status.py).
status_against_tui() {
    tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 -s bench "exec $BIN --interval 45m"
    wait_for_screen "Next break in" 10
    sleep 2
    local pid; pid=$(limber_pid)
    python3 bench/status.py "$BIN" "$SOCK" "$pid"
    stop_pane "$pid"
}

# A year of history: create the database with limber itself, then fill it with bench/year.sql.
year_of_history() {
    local dir=$OUT/data/limber
    tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 -s bench "exec $BIN"
    wait_for_screen "Next break in" 10
    tmux -L "$SOCK" send-keys -t bench q
    sleep 0.5; tmux -L "$SOCK" kill-server 2>/dev/null || true
    local start; start=$(date -d "$(date +%Y-%m-%d) -365 days" +%s)
    sqlite3 "$dir/limber.db" -cmd ".parameter set :start $start" < bench/year.sql
    sqlite3 "$dir/limber.db" "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;" >/dev/null
    local events spans bytes
    events=$(sqlite3 "$dir/limber.db" "SELECT count(*) FROM events")
    spans=$(sqlite3 "$dir/limber.db" "SELECT count(*) FROM spans")
    bytes=$(size_of "$dir/limber.db")
    awk -v e="$events" -v s="$spans" -v b="$bytes" 'BEGIN { printf "history   %d events and %d spans over 365 days: database %.1f MB\n", e, s, b / 1048576 }'
    # Median of 7 runs of the summary over the whole year.
    local times=()
    for _ in 1 2 3 4 5 6 7; do
        local t0 t1; t0=$(date +%s%N)
        "$BIN" summary --days 365 --format json > "$OUT/summary.json"
        t1=$(date +%s%N); times+=($(( (t1 - t0) / 1000000 )))
    done
    local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
    echo "summary   --days 365 --format json: median $(echo $sorted | cut -d' ' -f4) ms (runs: $sorted)"
}

# The TOML reader: median parse time (toml-decode --time, in-process, reading not counted) of a
# generated 1 MB config-like file and of 100k keys. Budgets: 100 ms and 500 ms.
toml_reader() {
    local decoder=${TOML_DECODE_BIN:-$(dirname "$BIN")/toml-decode}
    [ -x "$decoder" ] || { echo "toml      skipped: $decoder is missing (swift build -c release --product toml-decode)"; return; }
    awk 'BEGIN {
        for (i = 0; size < 1048576; i++) {
            s = sprintf("# section %d: hand-written settings\n[section_%d]\nname = \"Exercise number %d\"\ninterval = \"45m\"\nreps = %d\nhold = %d.5\nenabled = true\nsteps = [\"Sit tall.\", \"Roll slowly, %d times.\", \x27Breathe\x27]\nhooks.on_skip = [\"logger\", \"skipped %d\"]\nwhere = { place = \"desk\", since = 2024-01-%02dT09:30:00Z }\nart = \"\"\"\n  o\n /|\\\\\n / \\\\\n\"\"\"\n\n", i, i, i, i % 100, i % 60, i, i, i % 28 + 1)
            printf "%s", s; size += length(s)
        } }' > "$OUT/config-like.toml"
    awk 'BEGIN { for (i = 0; i < 100000; i++) printf "key_%d = %d\n", i, i }' > "$OUT/keys.toml"
    local config keys
    config=$("$decoder" --time 7 < "$OUT/config-like.toml")
    keys=$("$decoder" --time 7 < "$OUT/keys.toml")
    awk -v c="$config" -v k="$keys" -v size="$(size_of "$OUT/config-like.toml")" 'BEGIN {
        printf "toml      %.2f MB config-like file: median %.1f ms (budget 100); 100k keys: median %.1f ms (budget 500)\n", size / 1048576, c, k }'
}

[ -x "$BIN" ] || { echo "bench: build first (make build); $BIN is missing" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench: needs the sqlite3 command (apt-get install sqlite3)" >&2; exit 1; }
echo "limber benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $SECONDS_TO_RUN s per scenario, 80x24 tmux pane"
first_frame
year_of_history
toml_reader
measure countdown "--interval 45m --presence off" "Next break in"
# Presence on: every source this machine has (the terminals; logind where there is a system bus),
# then the same while away (no input for idle-after: the away line counts up).
measure presence "--interval 45m --presence auto" "Next break in"
# Away: the terminal source looks at one fake terminal last used an hour ago (this machine's
# real terminals may be busy), so the timer goes away 10 s in and the away line counts.
mkdir -p "$OUT/ttys"; : > "$OUT/ttys/0"; touch -a -d '1 hour ago' "$OUT/ttys/0"
LIMBER_TTY_DIR=$OUT/ttys measure away "--interval 45m --presence terminal --idle-after 10s" "(no input)"
measure break "--interval 1s --break-length 10m" "Break due" Enter "1 of "
popup_player
status_against_tui
