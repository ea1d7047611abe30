#!/usr/bin/env python3
"""Which parts of the limber binary are resident in a running process, by module and section.

Reads /proc/PID/pagemap (the present bit of each page; readable by the process's own user)
for every page of the binary's mappings, maps each resident page back to the ELF
section it holds and, for code, to the functions in it (`nm`), and charges each page to the Swift
module (or C library part) whose bytes fill it, in proportion. It answers "what are the 9 MB of
binary-resident pages", which /proc/PID/smaps only gives as one number.

Usage: bench/resident_by_module.py PID [--top N] [--detail [--symbols]]
  (one line by default, as bench/run.sh prints it; --detail: sections, then one module a line)
"""
import bisect
import collections
import re
import struct
import subprocess
import sys

PAGE = 4096


def binary_mappings(pid):
    exe = subprocess.run(["readlink", f"/proc/{pid}/exe"], capture_output=True, text=True).stdout.strip()
    maps = []
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 6 and parts[5] == exe:
                start, end = (int(x, 16) for x in parts[0].split("-"))
                maps.append((start, end, int(parts[2], 16), parts[1]))
    return exe, maps


def resident_pages(pid, maps):
    """Yields (file offset, perms) of every present page of the binary's mappings."""
    with open(f"/proc/{pid}/pagemap", "rb") as pm:
        for start, end, offset, perms in maps:
            count = (end - start) // PAGE
            pm.seek(start // PAGE * 8)
            data = pm.read(count * 8)
            for i in range(count):
                (entry,) = struct.unpack_from("<Q", data, i * 8)
                if entry >> 63 & 1 or entry >> 62 & 1:
                    yield offset + i * PAGE, perms


def load_segments(exe):
    out = subprocess.run(["readelf", "-lW", exe], capture_output=True, text=True).stdout
    segs = []
    for line in out.splitlines():
        f = line.split()
        if f and f[0] == "LOAD":
            segs.append((int(f[1], 16), int(f[2], 16), int(f[4], 16)))  # offset, vaddr, filesz
    return segs


def sections(exe):
    out = subprocess.run(["readelf", "-SW", exe], capture_output=True, text=True).stdout
    secs = []
    for line in out.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m and int(m.group(2), 16):
            secs.append((int(m.group(2), 16), int(m.group(4), 16), m.group(1)))
    return sorted(secs)


MODULE = re.compile(r"^\$s(s|\d+)")


def module_of(name):
    """The Swift module a mangled symbol belongs to, or a coarse bucket for the rest."""
    m = MODULE.match(name)
    if m:
        if m.group(1) == "s":
            return "Swift"
        n = int(m.group(1))
        start = m.end()
        mod = name[start:start + n]
        if mod.startswith("So") or not mod:
            return "Swift"
        return mod
    if name.startswith("$s"):
        return "Swift(other)"
    if name.startswith("_ZN5swift") or name.startswith("swift_") or name.startswith("_swift"):
        return "swift runtime"
    if name.startswith("_ZN") or name.startswith("_ZS") or name.startswith("_ZT"):
        return "C++"
    if name.startswith("sqlite3") or name.startswith("icu") or "_icu" in name:
        return "C:" + name.split("_")[0]
    return "C/other"


def symbols(exe):
    out = subprocess.run(["nm", "-n", "--defined-only", "-S", exe], capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4 and f[2] in "tTwWrRdDbB":
            syms.append((int(f[0], 16), int(f[1], 16), f[3]))
    syms.sort()
    return syms


def main():
    pid = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else (25 if "--detail" in sys.argv else 8)
    exe, maps = binary_mappings(pid)
    segs = load_segments(exe)
    secs = sections(exe)
    sec_starts = [s[0] for s in secs]
    syms = symbols(exe)
    sym_starts = [s[0] for s in syms]
    by_section = collections.Counter()
    by_module = collections.Counter()
    by_symbol = collections.Counter()
    pages = 0
    for off, perms in resident_pages(pid, maps):
        seg = next((s for s in segs if s[0] <= off < s[0] + max(s[2], 1)), None)
        if seg is None:
            by_section["(headers)"] += PAGE
            continue
        pages += 1
        vaddr = seg[1] + off - seg[0]
        lo, hi = vaddr, vaddr + PAGE
        # Sections overlapping the page.
        i = max(bisect.bisect_right(sec_starts, lo) - 1, 0)
        covered = 0
        while i < len(secs) and secs[i][0] < hi:
            s0, size, name = secs[i]
            a, b = max(lo, s0), min(hi, s0 + size)
            if b > a:
                by_section[name] += b - a
                covered += b - a
            i += 1
        # Symbols overlapping the page (code and data with sizes).
        j = max(bisect.bisect_right(sym_starts, lo) - 1, 0)
        while j < len(syms) and syms[j][0] < hi:
            s0, size, name = syms[j]
            a, b = max(lo, s0), min(hi, s0 + size)
            if b > a:
                by_module[module_of(name)] += b - a
                by_symbol[name] += b - a
            j += 1
    total = pages * PAGE
    if "--detail" not in sys.argv:
        # One line for bench/run.sh: the binary's resident pages charged to modules.
        print("binary resident by module (MB): " + ", ".join(
            f"{mod} {v / 1048576:.2f}" for mod, v in by_module.most_common(top)) + f", total {total / 1048576:.1f}")
        return
    print(f"{exe}: {total / 1048576:.2f} MB resident ({pages} pages)")
    print("by section (MB):", ", ".join(f"{n} {v / 1048576:.2f}" for n, v in by_section.most_common(12)))
    named = sum(by_module.values())
    print(f"by module, bytes of named symbols on resident pages ({named / 1048576:.2f} MB named):")
    for mod, v in by_module.most_common(top):
        print(f"  {v / 1048576:6.2f} MB  {mod}")
    if "--symbols" in sys.argv:
        for name, v in by_symbol.most_common(top):
            print(f"  {v:8d}  {name}")

main()
