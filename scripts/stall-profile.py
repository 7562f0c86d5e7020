#!/usr/bin/env python3
"""What the GUI thread did while it stalled: bench_rows under perf, cut to its stalls.

Usage: scripts/stall-profile.py [--build DIR] [--over MS] [--top N] [-- bench_rows options]

Runs bench_rows --trace-stalls MS under `perf record -k CLOCK_MONOTONIC --call-graph dwarf`,
keeps the samples that fall inside a stall, and prints for all stalls together and for the
longest ones the project's functions (mb::) and the Qt model calls they spent that time in,
inclusive, in samples of the GUI thread (1 kHz: a sample is about a millisecond of its CPU time). Needs perf (linux-perf).
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--build", default="build/release", help="build directory (build/release)")
parser.add_argument("--over", type=float, default=16, help="a stall is longer than MS (16)")
parser.add_argument("--top", type=int, default=5, help="stalls broken down one by one (5)")
parser.add_argument("bench_args", nargs="*", help="passed on to bench_rows")
args = parser.parse_args()

bench = os.path.join(args.build, "tests/bench/bench_rows")
if not os.access(bench, os.X_OK):
    sys.exit(f"stall-profile: no {bench}; build it: cmake --build {args.build} --target bench_rows")

with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "perf.data")
    run = subprocess.run(
        ["perf", "record", "-q", "-k", "CLOCK_MONOTONIC", "-F", "1000", "--call-graph",
         "dwarf,32768", "-o", data, bench, "--trace-stalls", str(args.over)] + args.bench_args,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    stalls = []
    for line in run.stderr.splitlines():
        match = re.match(r"stall ([\d.]+) ms from ([\d.]+) to ([\d.]+)", line)
        if match:
            stalls.append({"ms": float(match.group(1)), "from": float(match.group(2)),
                           "to": float(match.group(3)), "frames": collections.Counter(),
                           "samples": 0})
        elif line.strip():
            print(line, file=sys.stderr)
    if run.returncode != 0:
        sys.exit(f"stall-profile: bench_rows under perf ended with {run.returncode}")
    script = subprocess.run(["perf", "script", "-i", data, "-F", "comm,pid,tid,time,ip,sym"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            check=False).stdout

interesting = re.compile(r"^mb::|QSortFilterProxyModel|QJsonDocument|dataChanged|rowsInserted")
total = collections.Counter()
time, frames, main_thread = None, [], False


def flush():
    # The GUI thread's samples only (its tid is the pid): workers run beside a stall.
    if time is None or not frames or not main_thread:
        return
    for stall in stalls:
        if stall["from"] <= time <= stall["to"]:
            stall["samples"] += 1
            for frame in set(frames):
                if interesting.search(frame):
                    stall["frames"][frame] += 1
                    total[frame] += 1
            return


for line in script.splitlines():
    if not line.strip():
        flush()
        time, frames = None, []
    elif not line[0].isspace():
        match = re.search(r"\s(\d+)/(\d+)\s+([\d.]+):", line)
        time = float(match.group(3)) if match else None
        main_thread = bool(match) and match.group(1) == match.group(2)
    else:
        parts = line.strip().split(None, 1)
        symbol = re.sub(r"\+0x[0-9a-f]+|\s*\(.*\)$", "", parts[-1])
        frames.append(symbol[:100])
flush()

print(f"{len(stalls)} stalls over {args.over:g} ms, longest "
      f"{max((s['ms'] for s in stalls), default=0):.1f} ms, "
      f"{sum(s['samples'] for s in stalls)} samples in them")
for frame, count in total.most_common(30):
    print(f"  {count:5d} {frame}")
for stall in sorted(stalls, key=lambda s: -s["ms"])[:args.top]:
    print(f"stall {stall['ms']:.1f} ms at {stall['from']:.3f}, {stall['samples']} samples")
    for frame, count in stall["frames"].most_common(12):
        print(f"  {count:5d} {frame}")
