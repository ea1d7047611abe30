#!/usr/bin/env python3
"""`limber status` against a running TUI (issue 9's budgets).

Usage: bench/status.py BIN TMUX_SOCKET TUI_PID
1. Latency: 50 sequential `limber status` runs, wall time including process start.
2. Load: a new `limber status` every 10 ms for 10 s (100 a second), while the pane is
   sampled 10 times a second: the countdown must show every second, and the TUI's CPU is
   measured over the window.
"""
import re
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

seen = []
sample_times = []
stop = threading.Event()


def sample():
    while not stop.is_set():
        screen = subprocess.run(["tmux", "-L", SOCK, "capture-pane", "-p", "-t", "bench"],
                                capture_output=True, text=True).stdout
        sample_times.append(time.perf_counter())
        match = re.search(r"sitting (\d+):(\d\d)", screen)
        if match:
            seconds = int(match.group(1)) * 60 + int(match.group(2))
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
