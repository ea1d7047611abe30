#!/usr/bin/env python3
"""`limber status` against a running TUI (issue 9's budgets).

Usage: bench/status.py BIN TMUX_SOCKET TUI_PID
1. Latency: 50 sequential `limber status` runs, wall time including process start.
2. Load: a new `limber status` every 10 ms for 10 s (100 a second), while the pane is
   sampled 10 times a second: the big clock must show every second, and the TUI's CPU is
   measured over the window.
"""
import statistics
import subprocess
import sys
import threading
import time

BIN, SOCK, PID = sys.argv[1], sys.argv[2], int(sys.argv[3])


def cpu_ns(pid):
    total = 0
    import glob
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        with open(path) as f:
            total += int(f.read().split()[0])
    return total


def status_once():
    start = time.perf_counter()
    done = subprocess.run([BIN, "status"], capture_output=True, text=True)
    return (time.perf_counter() - start) * 1000, done


times = sorted(status_once()[0] for _ in range(50))
print(f"status    50 runs against the TUI: median {statistics.median(times):.1f} ms, "
      f"p90 {times[44]:.1f} ms, max {times[-1]:.1f} ms (wall, process start included)")

# The header shows the stretch in whole minutes; the seconds are the big clock's, drawn in half
# blocks (BigDigits.swift's font). Every countdown of the bench's 45-minute interval, drawn as
# the TUI draws it, maps back to its seconds.
FONT = {
    "0": ["###", "# #", "# #", "# #", "###"], "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", "###", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
    ":": [" ", "#", " ", "#", " "],
}


def big(text):
    def glyph(pixels):
        rows = []
        for top in (0, 2, 4):
            upper = pixels[top]
            lower = pixels[top + 1] if top + 1 < 5 else " " * len(upper)
            cell = {("#", "#"): "█", ("#", " "): "▀", (" ", "#"): "▄", (" ", " "): " "}
            rows.append("".join(cell[(u, l)] * 2 for u, l in zip(upper, lower)))
        return rows
    drawn = [glyph(FONT[c]) for c in text]
    return tuple("  ".join(g[row] for g in drawn).rstrip() for row in range(3))


CLOCK = {big(f"{left // 60}:{left % 60:02d}"): 2700 - left for left in range(2701)}


def clock_seconds(screen):
    """Seconds since the start, read from the big clock under "Next break in"."""
    lines = screen.split("\n")
    heading = next((i for i, line in enumerate(lines) if "Next break in" in line), None)
    if heading is None:
        return None
    rows = lines[heading + 1:heading + 4]
    indent = min((len(r) - len(r.lstrip(" ")) for r in rows if r.strip()), default=0)
    return CLOCK.get(tuple(r[indent:].rstrip() for r in rows))


seen = []
sample_times = []
stop = threading.Event()


def sample():
    while not stop.is_set():
        screen = subprocess.run(["tmux", "-L", SOCK, "capture-pane", "-p", "-t", "bench"],
                                capture_output=True, text=True).stdout
        sample_times.append(time.perf_counter())
        seconds = clock_seconds(screen)
        if seconds is not None:
            if not seen or seen[-1] != seconds:
                seen.append(seconds)
        time.sleep(0.1)


sampler = threading.Thread(target=sample)
sampler.start()
time.sleep(0.5)
cpu0, wall0 = cpu_ns(PID), time.perf_counter()
running, results, started = [], [], 0
next_start = wall0
while time.perf_counter() - wall0 < 10:
    running.append(subprocess.Popen([BIN, "status"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    started += 1
    for process in [p for p in running if p.poll() is not None]:
        running.remove(process)
        results.append((process.returncode, process.stdout.read()))
    next_start += 0.01
    time.sleep(max(0, next_start - time.perf_counter()))
cpu1, wall1 = cpu_ns(PID), time.perf_counter()
for process in running:
    process.wait()
    results.append((process.returncode, process.stdout.read()))
time.sleep(0.5)
stop.set()
sampler.join()

failed = sum(1 for code, _ in results if code != 0)
silent = sum(1 for _, out in results if "not responding" in out)
skipped = [(a, b) for a, b in zip(seen, seen[1:]) if b - a != 1]
# A skip seen by a sampler that itself was not scheduled for a second proves nothing.
gap = max((b - a for a, b in zip(sample_times, sample_times[1:])), default=0)
print(f"load      {started} status calls in {wall1 - wall0:.1f} s ({started / (wall1 - wall0):.0f}/s): "
      f"TUI CPU {(cpu1 - cpu0) / 1e9 / (wall1 - wall0) * 100:.2f} % of a core; "
      f"{failed} failed, {silent} not responding; countdown {seen[0] if seen else '?'}..{seen[-1] if seen else '?'} s, "
      + ("no second skipped" if not skipped else f"SKIPPED {skipped}")
      + f" (pane sampled every 0.1 s; longest gap between samples {gap:.2f} s)")
