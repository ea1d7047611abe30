#!/usr/bin/env bash
# Attributes a process's resident memory by mapping: the limber binary, each shared library,
# and anonymous memory (heap, stacks), from /proc/PID/smaps. Run on a live process just before it
# ends, so every page the run touched is counted (VmHWM is the peak of the sum; for an idle
# timer the two agree within a few pages). Usage: bench/rss_by_mapping.sh PID
set -euo pipefail
pid=$1
awk '
    /^[0-9a-f]+-[0-9a-f]+ / {
        # A mapping header: the path is the 6th field; none (or [heap], [stack]…) is anonymous.
        name = ($6 == "" || $6 ~ /^\[/) ? "anonymous" : $6
        n = split(name, parts, "/"); name = parts[n]
        next
    }
    /^Rss:/ { rss[name] += $2 }
    END {
        for (m in rss) if (rss[m] > 0) printf "%d %s\n", rss[m], m
    }' "/proc/$pid/smaps" | sort -rn | awk '
    { total += $1; line[NR] = $0 }
    END {
        out = ""
        for (i = 1; i <= NR; i++) {
            split(line[i], f, " ")
            # Name the libraries without their version suffixes; group the rest under "other".
            if (i <= 7) out = out sprintf("%s %.1f, ", f[2], f[1] / 1024)
            else other += f[1]
        }
        if (other > 0) out = out sprintf("other %.1f, ", other / 1024)
        printf "rss by mapping (MB): %stotal %.1f\n", out, total / 1024
    }'
