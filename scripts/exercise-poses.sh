#!/usr/bin/env bash
# Prints the "Poses" block that docs/EXERCISES.md shows under each exercise given (default:
# every exercise), drawn by limber itself. ExerciseDocsFigureTests checks the document against
# the same output, so after changing a pose, paste the new block in.
# Usage: scripts/exercise-poses.sh [ID...]   (LIMBER_BIN picks the binary; default the debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${LIMBER_BIN:-.build/debug/limber}
export LANG=C.UTF-8 XDG_CONFIG_HOME=/nonexistent
[ -x "$BIN" ] || { echo "exercise-poses: build first (swift build); $BIN is missing" >&2; exit 1; }
if [ $# -eq 0 ]; then set -- $("$BIN" exercises | awk 'NR > 1 {print $1}'); fi
for id in "$@"; do
    printed=$("$BIN" exercises show "$id" --print --figure ascii)
    side=""
    case $(head -1 <<<"$printed") in *"each side"*) side=" (the left side; on the right side the other limbs move, drawn near or far as the camera sees them)" ;; esac
    echo "**Poses**, drawn by \`limber exercises show $id --pose NAME\`$side:"
    echo
    echo '```text'
    sed -n 's/.* -> pose \(.*\)$/\1/p' <<<"$printed" | awk '!seen[$0]++' | while read -r pose; do
        echo "\$ limber exercises show $id --pose $pose --figure ascii --size 64x18"
        "$BIN" exercises show "$id" --pose "$pose" --figure ascii --size 64x18
    done
    echo '```'
    [ $# -eq 1 ] || echo
done
