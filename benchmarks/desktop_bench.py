"""Desktop figures: start-up, 10,000 requests, memory and idle CPU.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/desktop_bench.py [--quick]

Prints:
1. start to first painted window, the app against a bare PySide6 window measured in
   the same run (target: at most 2 times);
2. with 10,000 requests: model load and first paint (target: 200 ms or less),
   re-ordering at a timer tick (target: 10 ms or less), resident memory (target:
   250 MB or less);
3. CPU use of the idle app over 60 s (target: 1 % or less).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def first_paint(kind: str) -> float:
    began = time.time()
    output = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "_first_paint.py"), kind],
                            capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return float(output.strip().splitlines()[-1]) - began


def startup(rounds: int) -> None:
    first_paint("bare")  # warm the file cache for both
    bare = statistics.median(first_paint("bare") for _ in range(rounds))
    app = statistics.median(first_paint("app") for _ in range(rounds))
    print(f"start to first paint (median of {rounds}): bare PySide6 window {bare * 1000:.0f} ms,"
          f" streamer desktop {app * 1000:.0f} ms = {app / bare:.2f}x (target <= 2x)")


def ten_thousand() -> None:
    from PySide6.QtWidgets import QApplication

    from streamer_desktop.client.api import ApiClient
    from streamer_desktop.desktop.chat.model import ChatModel
    from streamer_desktop.desktop.requests.board import AgendaBoard
    from streamer_desktop.desktop.shell.main_window import MainWindow
    from streamer_desktop.desktop.tasks import TaskGroup
    from streamer_desktop.desktop.workspace import Workspace
    from streamer_desktop.wire import CustomerOut, MessageKind, MessageOut, RequestOut, StreamOut

    app = QApplication.instance() or QApplication([])
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    zones = ["America/Los_Angeles", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Auckland"]
    requests = {}
    for i in range(1, 10_001):
        stream = None
        if i % 10 == 0:  # every tenth has a stream, spread over the coming days
            start = now + timedelta(minutes=15 * i)
            stream = StreamOut(id=i, request_id=i, starts_at=start,
                               ends_at=start + timedelta(minutes=30), duration_min=30,
                               customer_time_zone=zones[i % 4],
                               streamer_time_zone="Europe/Berlin", status="confirmed")
        message = MessageOut(id=i, request_id=i, sender="customer", kind=MessageKind.TEXT,
                             body=f"Question number {i} about the oak sideboard",
                             created_at=now - timedelta(minutes=i))
        requests[i] = RequestOut(
            id=i, customer=CustomerOut(id=i, name=f"Customer {i}", time_zone=zones[i % 4],
                                       locale="en-US"),
            streamer_id=1, status="open", created_at=now - timedelta(days=1),
            last_activity_at=now - timedelta(minutes=i), last_message=message, stream=stream)
    clock_now = [now]
    workspace = Workspace(ApiClient("http://127.0.0.1:9"), TaskGroup(lambda e: None))
    board = AgendaBoard(workspace, lambda: clock_now[0], lambda: "Europe/Berlin",
                        lambda: "en_GB")
    window = MainWindow()
    window.activeView.setModel(board.active_model)
    window.myRequestsView.setModel(board.requests_model)
    window.chatView.setModel(ChatModel("Europe/Berlin", "en_GB"))
    window.set_loading(False)
    window.show()
    app.processEvents()

    began = time.perf_counter()
    workspace.requests = requests
    board.tick()
    window.myRequestsView.viewport().grab()  # forces the first paint of the cards
    load = time.perf_counter() - began

    ticks = []
    for step in range(1, 21):  # each tick lifts a card and moves one to Active
        clock_now[0] = now + timedelta(minutes=150 * step - 10)
        began = time.perf_counter()
        board.tick()
        ticks.append(time.perf_counter() - began)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"10,000 requests: load and first paint {load * 1000:.0f} ms (target <= 200 ms); "
          f"re-order at a tick median {statistics.median(ticks) * 1000:.1f} ms, "
          f"max {max(ticks) * 1000:.1f} ms (target <= 10 ms); "
          f"peak resident memory {rss_mb:.0f} MB (target <= 250 MB)")
    window.close()


def idle_cpu(seconds: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir",
                                    folder], cwd=ROOT, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            time.sleep(8)  # let it start, sign in and load (benchmark pacing, not a test)
            before = _cpu_seconds(process.pid)
            time.sleep(seconds)
            used = _cpu_seconds(process.pid) - before
        finally:
            process.terminate()
            process.wait(30)
    print(f"idle CPU over {seconds} s (app with its embedded service): "
          f"{used / seconds * 100:.2f} % of one core (target <= 1 %)")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, 15 s idle")
    args = parser.parse_args()
    startup(3 if args.quick else 7)
    ten_thousand()
    if sys.platform.startswith("linux"):
        idle_cpu(15 if args.quick else 60)


if __name__ == "__main__":
    main()
