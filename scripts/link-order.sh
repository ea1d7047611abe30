#!/usr/bin/env bash
# Writes scripts/link-order.txt: the functions limber runs, in the order the linker should place
# them (`make build` passes it to lld as --symbol-ordering-file). Why: the kernel maps a binary's
# code in 64 KB runs around each page touched, so an idle timer whose few hundred KB of code were
# spread over the whole 10 MB text kept most of it resident. Placed together, the code the idle
# timer runs fills a few contiguous runs. See docs/PERFORMANCE.md (issue 22).
#
# Each scenario runs the release binary under valgrind's callgrind in a private tmux pane with a
# temporary HOME holding a year of history (bench/year.sql); every function it entered is listed, scenario after scenario, each function
# once: the idle countdown first (start-up included), then away, a break with a moving figure,
# the timer answering `limber status`, the `status` and `summary` commands themselves.
#
# Usage: scripts/link-order.sh [BIN]   (default .build/release/limber; needs valgrind and tmux)
# Regenerate after changes that move the idle path (the bench's per-module line shows it), then
# relink: rm .build/release/limber && make build.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-.build/release/limber}")
ORDER=scripts/link-order.txt
for tool in valgrind tmux python3 sqlite3; do
    command -v $tool >/dev/null || { echo "link-order: needs $tool" >&2; exit 1; }
done
OUT=$(mktemp -d /tmp/limber-order.XXXXXX)
SOCK=limber-order-$$
trap 'tmux -L $SOCK kill-server 2>/dev/null || true; rm -rf "$OUT"' EXIT
export HOME=$OUT XDG_CONFIG_HOME=$OUT/config XDG_DATA_HOME=$OUT/data XDG_STATE_HOME=$OUT/state \
    XDG_RUNTIME_DIR=$OUT/run LANG=C.UTF-8
mkdir -m 700 "$XDG_RUNTIME_DIR"
mkdir -p "$OUT/ttys"; : > "$OUT/ttys/0"; touch -a -d '1 hour ago' "$OUT/ttys/0"
GRIND="valgrind --tool=callgrind --demangle=no"

wait_for() { # text, timeout seconds (valgrind runs the program ~50 times slower)
    local deadline=$((SECONDS + $2))
    until tmux -L "$SOCK" capture-pane -p -t order | grep -q "$1"; do
        [ $SECONDS -lt $deadline ] || { echo "link-order: timed out waiting for '$1'" >&2; exit 1; }
        sleep 0.2
    done
}
# Starts `command` in the pane; the pane's process is limber itself (exec).
pane() { tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 -s order "exec env $1"; }
# Quits the pane's limber with q and waits until the profile is written.
quit_pane() { # profile file
    tmux -L "$SOCK" send-keys -t order q
    local deadline=$((SECONDS + 60))
    until [ -s "$1" ] || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
    tmux -L "$SOCK" kill-server 2>/dev/null || true
    sleep 0.5
}

# A year of history, as `make bench` has it: start-up reads it (today's totals, the last
# routine), and those paths must be in the hot part too.
pane "$BIN --interval 45m --presence off"
wait_for "Next break in" 20
tmux -L "$SOCK" send-keys -t order q; sleep 0.5; tmux -L "$SOCK" kill-server 2>/dev/null || true
start=$(date -d "$(date +%Y-%m-%d) -365 days" +%s)
sqlite3 "$XDG_DATA_HOME/limber/limber.db" -cmd ".parameter set :start $start" < bench/year.sql

# 1. The idle countdown, start-up included.
pane "LIMBER_TTY_DIR= $GRIND --callgrind-out-file=$OUT/1-idle $BIN --interval 45m --presence auto"
wait_for "Next break in" 120; sleep 15; quit_pane "$OUT/1-idle"
# 2. Away: the terminal source sees one terminal unused for an hour; away after 10 s.
pane "LIMBER_TTY_DIR=$OUT/ttys $GRIND --callgrind-out-file=$OUT/2-away $BIN --interval 45m --presence terminal --idle-after 10s"
wait_for "(no input)" 120; sleep 10; quit_pane "$OUT/2-away"
# 3. A break: due after a second, accepted, 20 s of the routine.
pane "$GRIND --callgrind-out-file=$OUT/3-break $BIN --interval 1s --break-length 10m --presence off"
wait_for "Break due" 120; tmux -L "$SOCK" send-keys -t order Enter; wait_for "1 of " 60; sleep 20
quit_pane "$OUT/3-break"
# 4. The timer answering `limber status` (the command run normally).
pane "$GRIND --callgrind-out-file=$OUT/4-answer $BIN --interval 45m --presence off"
wait_for "Next break in" 120
for _ in 1 2 3; do "$BIN" status >/dev/null; "$BIN" status --json >/dev/null; done
quit_pane "$OUT/4-answer"
# 5. The commands: status against a running timer, then the summaries over its history.
pane "$BIN --interval 45m --presence off"
wait_for "Next break in" 20
$GRIND --callgrind-out-file="$OUT/5-status" "$BIN" status >/dev/null 2>&1
$GRIND --callgrind-out-file="$OUT/6-summary" "$BIN" summary --days 365 --format json >/dev/null 2>&1
$GRIND --callgrind-out-file="$OUT/7-summary" "$BIN" summary >/dev/null 2>&1
tmux -L "$SOCK" kill-server 2>/dev/null || true

# Names defined more than once (local helpers such as `objectdestroyTm`, one per file): the
# linker would move every copy, and with it each copy's whole section, into the hot part.
nm --defined-only "$BIN" | awk '{print $3}' | sort | uniq -d > "$OUT/repeated"
python3 - "$(basename "$BIN")" "$OUT/repeated" "$OUT"/[1-7]-* > "$ORDER.new" <<'EOF'
import re, sys
# Every function of the binary that a profile names, in the order first named, each once.
binary, repeated, profiles = sys.argv[1], sys.argv[2], sys.argv[3:]
seen = set(line.strip() for line in open(repeated))
for path in profiles:
    objects, functions, current, called = {}, {}, None, None
    def name(table, text):
        m = re.match(r"\((\d+)\)(?: (.*))?", text)
        if not m:
            return text
        if m.group(2) is not None:
            table[m.group(1)] = m.group(2)
        return table.get(m.group(1), "")
    for line in open(path, errors="replace"):
        key, _, value = line.rstrip("\n").partition("=")
        if key == "ob":
            current = name(objects, value)
        elif key == "cob":
            called = name(objects, value)
        elif key in ("fn", "cfn"):
            where = current if key == "fn" else (called or current)
            called = None if key == "cfn" else called
            function = re.sub(r"'\d+$", "", name(functions, value))  # callgrind's recursion marks
            if where and where.endswith("/" + binary) and function and not function.startswith(("0x", "(")) \
                    and function not in seen:
                seen.add(function)
                print(function)
EOF
mv "$ORDER.new" "$ORDER"
echo "link-order: $(wc -l < "$ORDER") functions in $ORDER"
