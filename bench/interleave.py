#!/usr/bin/env python3
"""Times commands interleaved: each round runs every command once, in turn, so a slow spell of a shared machine falls on
all of them alike rather than on whichever command hyperfine happened to be running. Writes hyperfine's JSON shape
({"results": [{"command": NAME, "times": [...]}]}) so the scripts read either.

Usage: interleave.py RUNS WARMUP OUT.json NAME PREPARE COMMAND [NAME PREPARE COMMAND ...]
PREPARE and COMMAND are shell commands; PREPARE runs untimed before each run of COMMAND (e.g. deleting the output)."""
import json
import subprocess
import sys
import time

runs, warmup, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rest = sys.argv[4:]
if not rest or len(rest) % 3:
    sys.exit("usage: interleave.py RUNS WARMUP OUT.json NAME PREPARE COMMAND [...]")
commands = [rest[i:i + 3] for i in range(0, len(rest), 3)]
times = {name: [] for name, _, _ in commands}
for round_ in range(warmup + runs):
    for name, prepare, command in commands:
        subprocess.run(prepare, shell=True, check=True)
        start = time.perf_counter()
        done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"'{name}' failed (exit {done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
        if round_ >= warmup:
            times[name].append(elapsed)
json.dump({"results": [{"command": name, "times": times[name]} for name, _, _ in commands]}, open(out, "w"), indent=1)
