"""Start to first paint: the installed app against ``python main.py``, in the same run.

Run on an X display with a window manager (the window must be mapped to count):

    DISPLAY=:77 .venv/bin/python benchmarks/startup.py [--runs 5] [--installed PATH]

PATH is the installed program (default: dist/streamer-desktop/streamer-desktop, the bundle
scripts/package.py builds). Each run starts the program with a fresh data folder, waits
until its main window is on screen (xdotool), then ends it. Prints the median of each and
their ratio (target: the installed app at most 1.0 × the source run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def first_paint(command: list[str]) -> float:
    """Seconds from starting ``command`` until its main window is mapped."""
    with tempfile.TemporaryDirectory() as data:
        began = time.perf_counter()
        process = subprocess.Popen([*command, "--data-dir", data], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            deadline = began + 60
            while time.perf_counter() < deadline:  # polls every few ms: xdotool's own
                found = subprocess.run(  # --sync waits in steps too coarse to compare
                    ["xdotool", "search", "--onlyvisible", "--pid", str(process.pid),
                     "--name", "Streamer desktop"], stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
                if found.returncode == 0:
                    return time.perf_counter() - began
                time.sleep(0.002)
            raise TimeoutError("the window did not appear within 60 s")
        finally:
            process.terminate()
            process.wait(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--installed", type=Path,
                        default=ROOT / "dist" / "streamer-desktop" / "streamer-desktop")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("needs an X display (DISPLAY)", file=sys.stderr)
        return 2
    source = [sys.executable, str(ROOT / "main.py")]
    installed = [str(args.installed)]
    times: dict[str, list[float]] = {"source": [], "installed": []}
    first_paint(source)  # warm the file cache for both, once
    first_paint(installed)
    for _ in range(args.runs):  # interleaved, so both meet the same machine
        times["source"].append(first_paint(source))
        times["installed"].append(first_paint(installed))
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name}: median {1000 * median[name]:.0f} ms "
              f"(runs: {', '.join(f'{1000 * v:.0f}' for v in values)})")
    print(f"installed / source: {median['installed'] / median['source']:.2f} "
          "(target <= 1.00)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
