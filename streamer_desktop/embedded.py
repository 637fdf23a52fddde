"""The desktop's own service, run as a child process.

The desktop and its service share nothing but HTTP, so the service runs in a process of
its own: a busy service (a burst of customer messages, a migration, a slow disk) never
holds the interpreter lock the window needs to paint. The child is ``serve`` of the same
program (``python -m streamer_desktop serve``, or the frozen executable's ``serve``), on
127.0.0.1 and a free port; it announces its address on its first line of output.

The child reads its standard input until it closes and then stops, so it ends with the
desktop however the desktop ends, even killed (every system closes a dead process's
pipes). This module only starts processes; it imports none of the service.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import subprocess
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

ANNOUNCEMENT = "Serving on "
"""How ``serve`` starts its first line of output; the service's URL follows."""


def serve_command() -> list[str]:
    """How to run this program's ``serve``: frozen bundles run their own executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "serve"]
    return [sys.executable, "-m", "streamer_desktop", "serve"]


class ServiceProcess:
    """The service in a child process, on 127.0.0.1, with (on first run) demo data."""

    def __init__(self, data_dir: Path, *, demo: bool = True, log_level: str = "WARNING") -> None:
        self._data_dir = data_dir
        self._demo = demo
        self._log_level = log_level
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self.url = ""

    def command(self) -> list[str]:
        """The child's command line."""
        program, rest = serve_command()[:-1], ["serve"]
        rest += ["--host", "127.0.0.1", "--port", "0", "--data-dir", str(self._data_dir),
                 "--with-parent"]
        if self._demo:
            rest.append("--demo")
        return [*program, "--log-level", self._log_level, *rest]

    def start(self, timeout: float = 60.0) -> str:
        """Start the child; returns its URL once it accepts connections.

        Raises RuntimeError when it exits or stays silent instead (its reasons are in the
        log it shares with the desktop)."""
        process = subprocess.Popen(
            self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self._process = process
        lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=_read, args=(process, lines),
                                        name="service-output", daemon=True)
        self._reader.start()
        try:
            first = lines.get(timeout=timeout)
        except queue.Empty:
            first = ""
        if not first.startswith(ANNOUNCEMENT):
            self.stop()
            raise RuntimeError("The sync service did not start; see the log for why.")
        self.url = first[len(ANNOUNCEMENT):].strip()
        return self.url

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the child to finish its requests and stop; end it if it does not."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):  # it has gone already
                process.stdin.close()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("The sync service did not stop in %s s; ending it", timeout)
            process.kill()
            process.wait()
        if self._reader is not None:
            self._reader.join(timeout)  # it has read to the end of the output
        if process.stdout is not None:
            process.stdout.close()


def _read(process: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    """Hands on the child's first line, then drains the rest so it never blocks on a full
    pipe; an empty line means it ended."""
    assert process.stdout is not None
    first = True
    for line in process.stdout:
        if first:
            lines.put(line)
            first = False
    if first:
        lines.put("")
