#!/usr/bin/env python3
"""Set up this checkout and run the app or the test suite.

    python3 scripts/dev.py run [APP OPTIONS]   set up, then run the app (see main.py --help)
    python3 scripts/dev.py test [PYTEST ARGS]  set up, then lint, type-check and run every test

Without PYTEST ARGS the test step runs the whole suite with the computer's zone
set to UTC, then the desktop and scheduling tests again under four other zones, two
at a time.

Setting up means: the system libraries Qt (and the tests) need, on Debian or
Ubuntu, installed with apt-get when run as root (otherwise the exact command
is printed); a virtual environment in .venv; the project and its test tools
installed into it, again only when pyproject.toml has changed; and the app's
translations compiled.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"

# Debian package names. Qt's offscreen platform (tests) needs the first group;
# a real window on X11 also needs the xcb libraries.
QT_BASE = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "fonts-dejavu-core",
]
QT_WINDOW = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon-x11-0",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
]
# The tests also run a real notification daemon (dunst) on its own X display and
# D-Bus session, as a streamer's Linux desktop has them, and drive the customer's
# pages in Debian's Chromium (Playwright uses it; it downloads no browser). The
# service's tests run once more against a throwaway PostgreSQL cluster. The packaging
# tests validate the .desktop and AppStream files with the freedesktop tools and compile
# the Windows installer's script with NSIS.
TEST_TOOLS = ["xvfb", "dunst", "dbus-daemon", "dbus-bin", "chromium", "postgresql",
              "desktop-file-utils", "appstream", "nsis"]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an older Python
        print("Python 3.11 or newer is needed; this is " + sys.version.split()[0], file=sys.stderr)
        return 2
    # The tests also build the installer, which bundles Qt's window-system libraries.
    packages = QT_BASE + QT_WINDOW + (TEST_TOOLS if command == "test" else [])
    if not ensure_system_packages(packages):
        return 1
    python = ensure_venv()
    # The app's translations are compiled from translations/*.ts, never kept built.
    subprocess.run([str(python), str(ROOT / "scripts" / "i18n.py"), "compile"], check=True)
    if command == "run":
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], cwd=ROOT)
    return run_checks(python, rest)


def ensure_system_packages(packages: list[str]) -> bool:
    """Install missing Debian packages as root; otherwise say how. False: cannot go on."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return True  # macOS and Windows ship what Qt needs; other Linux: the user's call
    missing = [p for p in packages if not _installed(p)]
    if not missing:
        return True
    install = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        print("These system packages are missing: " + " ".join(missing), file=sys.stderr)
        print(
            "Install them with:\n  sudo apt-get update && sudo " + " ".join(install),
            file=sys.stderr,
        )
        return False
    print("Installing system packages: " + " ".join(missing), flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(install, check=True, env=env)
    return True


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def ensure_venv() -> Path:
    """The virtual environment's Python, with the project installed in it."""
    python = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        print("Creating the virtual environment in .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing the project and its test tools into .venv", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", ".[test]"], check=True, cwd=ROOT
        )
        STAMP.write_text(wanted)
    return python


# Qt and Python read the computer's zone once, at start: the time-sensitive tests run
# again in a fresh interpreter for each of these zones (a half-hour zone, a
# 45-minute one, both sides of the Atlantic), after the whole suite in UTC.
COMPUTER_ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]
TIME_SENSITIVE = ["tests/desktop", "tests/scheduling", "-m", "not slow",
                  # What no zone changes: the catalogs, the colours, chat paging, the OS's
                  # notification daemon, the accessible names, the README's pictures
                  # (made at a pinned clock and zone), handing requests over, Qt's
                  # survival of a million signals, and the live picture.
                  "--ignore=tests/desktop/shell/test_language.py",
                  "--ignore=tests/desktop/shell/test_accessibility.py",
                  "--ignore=tests/desktop/shell/test_screenshots.py",
                  "--ignore=tests/desktop/shell/test_palette.py",
                  "--ignore=tests/desktop/chat/test_long_chat.py",
                  "--ignore=tests/desktop/shell/test_os_notifications.py",
                  "--ignore=tests/desktop/team/test_handover.py",
                  "--ignore=tests/desktop/shell/test_qt_survival.py",
                  "--ignore=tests/desktop/stream/test_live_video.py",
                  "--ignore=tests/desktop/shell/test_start_imports.py",
                  "--ignore=tests/desktop/test_feature_boundaries.py"]


def run_checks(python: Path, pytest_args: list[str]) -> int:
    """Lint, type-check and test; every step runs, the first failure decides the status."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    pytest = [str(python), "-m", "pytest"]
    steps: list[tuple[str, list[str], dict[str, str]]] = [
        ("lint", [str(python), "-m", "ruff", "check", "."], {}),
        ("types", [str(python), "-m", "mypy"], {}),
    ]
    if pytest_args:
        steps.append(("tests", [*pytest, *pytest_args], {}))
    status = 0
    for name, step, extra in steps:
        print(f"== {name}: {_shown(step)}", flush=True)
        code = subprocess.call(step, cwd=ROOT, env={**env, **extra})
        if code and not status:
            status = code
            print(f"== {name} failed (exit {code})", flush=True)
    if not pytest_args:
        # The whole suite in UTC, with the packaging tests beside the rest (they are
        # mostly other programs' work: PyInstaller, dpkg-deb), then the time-sensitive
        # tests under other computer zones. The builds they make compile the catalogs
        # again; scripts/i18n.py replaces a .qm file instead of rewriting it, since the
        # Qt tests beside them have it mapped in memory.
        utc = {**env, "TZ": "UTC"}
        code = _run_together([
            ("the suite in UTC", [*pytest, "--ignore=tests/packaging"], utc),
            ("the packaging tests in UTC", [*pytest, "tests/packaging"], utc)])
        status = status or code
        code = _run_in_zones([*pytest, "-q", *TIME_SENSITIVE], env)
        status = status or code
    return status


def _shown(step: list[str]) -> str:
    return " ".join(step[2:]) if step[1] == "-m" else " ".join(step)


def _run_in_zones(step: list[str], env: dict[str, str]) -> int:
    """Run ``step`` once per zone of COMPUTER_ZONES, two at a time on a machine with two
    cores or more (each run is mostly one busy thread). Returns the first failure's
    status, or 0."""
    at_once = 2 if (os.cpu_count() or 1) >= 2 else 1
    status = 0
    for first in range(0, len(COMPUTER_ZONES), at_once):
        zones = COMPUTER_ZONES[first:first + at_once]
        code = _run_together([(f"tests with the computer in {zone}", step,
                               {**env, "TZ": zone}) for zone in zones])
        status = status or code
    return status


def _run_together(runs: list[tuple[str, list[str], dict[str, str]]]) -> int:
    """Start every run at once; print each one's output whole when it ends. Returns the
    first failure's status, or 0."""
    started = [(name, step, subprocess.Popen(step, cwd=ROOT, env=env,
                                             stdout=subprocess.PIPE,
                                             stderr=subprocess.STDOUT, text=True))
               for name, step, env in runs]
    status = 0
    for name, step, run in started:
        output, _ = run.communicate()
        print(f"== {name}: {_shown(step)}", flush=True)
        print(output, end="", flush=True)
        if run.returncode and not status:
            status = run.returncode
            print(f"== {name} failed (exit {run.returncode})", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
