#!/usr/bin/env python3
"""Cold start to first frame, and memory, of the real editor under Xvfb.

eframe keeps the window hidden until the first frame is painted, so the time
until xdotool sees a visible Wayline window is the time to the first frame.
Usage: benches/editor_startup.py DISPLAY WAYLINE_BINARY [MAP_FILE] [RUNS]
(start `Xvfb :77 -screen 0 1600x900x24 &` first; see BENCHMARKS.md).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

display, binary = sys.argv[1], sys.argv[2]
map_file = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 7
env = dict(os.environ, DISPLAY=display, WAYLINE_RECOVERY_DIR=tempfile.mkdtemp())
starts, peaks = [], []
for _ in range(runs):
    t0 = time.monotonic()
    p = subprocess.Popen([binary] + ([map_file] if map_file else []), env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while time.monotonic() - t0 < 20:
        r = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Wayline"],
                           env=env, capture_output=True, text=True)
        if r.stdout.strip():
            break
    starts.append((time.monotonic() - t0) * 1000)
    time.sleep(3)  # a few frames, then read the peak resident memory
    with open(f"/proc/{p.pid}/status") as status:
        peaks += [int(l.split()[1]) // 1024 for l in status if l.startswith("VmHWM")]
    p.terminate()
    p.wait()
print("all:", [round(s) for s in starts])
print(f"first frame: median {statistics.median(starts):.0f} ms "
      f"(min {min(starts):.0f}, max {max(starts):.0f}, {runs} runs)")
print(f"peak RSS: median {statistics.median(peaks)} MB (max {max(peaks)} MB)")
