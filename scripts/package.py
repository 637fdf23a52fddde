#!/usr/bin/env python3
"""Build the installer of the system this runs on.

    python3 scripts/package.py            build it (into dist/)
    python3 scripts/package.py --check    then install it into a throwaway root and run it

On Linux (Debian or Ubuntu) it makes a .deb of a PyInstaller one-folder bundle holding the
desktop app and the service (``streamer-desktop`` and ``streamer-desktop serve``),
installed under /opt/streamer-desktop with a command in /usr/bin, a menu entry, the icon
set and AppStream data. Its dependencies are what the bundle really takes from the
system: the C library it was built against and the few system libraries it loads.
Build it on the oldest system you support.

On Windows and macOS it makes the bundle (packaging/streamer-desktop.spec); the NSIS
script and the .dmg steps in .github/workflows/package.yml turn it into their installers.

Set-up: the project's .venv (python3 scripts/dev.py test makes it) gets PyInstaller.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "pyinstaller"
NAME = "streamer-desktop"
PYINSTALLER = "pyinstaller>=6.22,<7"


def venv_python() -> Path:
    """The project's own environment (where the tests run, too)."""
    scripts = "Scripts" if os.name == "nt" else "bin"
    python = ROOT / ".venv" / scripts / ("python.exe" if os.name == "nt" else "python")
    if not python.exists():
        raise SystemExit("No .venv yet: run python3 scripts/dev.py test first.")
    return python


def version() -> str:
    text = (ROOT / "streamer_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert found
    return found.group(1)


def bundle(python: Path) -> Path:
    """The one-folder bundle, built from a clean work folder; returns its folder."""
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", PYINSTALLER,
                    "--editable", f"{ROOT}[postgres]"], check=True)
    shutil.rmtree(BUILD, ignore_errors=True)
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(BUILD),
                    str(ROOT / "packaging" / f"{NAME}.spec")], check=True, cwd=ROOT)
    return DIST / NAME


# --- Debian ------------------------------------------------------------------------


def system_libraries(folder: Path) -> set[str]:
    """Libraries from outside ``folder`` that the bundle's programs and libraries load."""
    found: set[str] = set()
    # At run time the bundle's own copies come first (PyInstaller puts their folders on
    # the library path): resolve as it does, so only what it does not carry is left.
    carried = sorted({str(p.parent) for p in folder.rglob("*.so*") if p.is_file()})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(carried)}
    for path in folder.rglob("*"):
        if not path.is_file() or not (path.suffix == ".so" or ".so." in path.name
                                      or path.name == NAME):
            continue
        answer = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in answer.stdout.splitlines():
            match = re.search(r"=> (/\S+)", line)
            if match and not Path(match.group(1)).resolve().is_relative_to(folder.resolve()):
                found.add(match.group(1))
    return found


def debian_dependencies(folder: Path) -> str:
    """The Depends line: the packages owning the system libraries the bundle loads, and
    the C library version it was built against."""
    packages: set[str] = set()
    for library in sorted(system_libraries(folder)):
        owner = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        if owner.returncode != 0:  # /lib and /usr/lib name the same file on merged-/usr
            owner = subprocess.run(["dpkg", "-S", str(Path(library).resolve())],
                                   capture_output=True, text=True)
        if owner.returncode == 0:
            packages.add(owner.stdout.split(":")[0].strip())
    glibc = platform.libc_ver()[1]
    packages.discard("libc6")
    return ", ".join([f"libc6 (>= {glibc})", *sorted(packages)])


def deb(folder: Path) -> Path:
    """The .deb of the bundle."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / "root"
        shutil.copytree(folder, root / "opt" / NAME, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
        share = root / "usr" / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "linux" / f"{NAME}.desktop", share / "applications")
        (share / "metainfo").mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "linux" / "shop.streamer.Desktop.metainfo.xml",
                    share / "metainfo")
        icons = ROOT / "resources" / "icons"
        shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
        scalable = share / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True)
        shutil.copy(icons / f"{NAME}.svg", scalable)
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: {NAME}\n"
            f"Version: {version()}\n"
            f"Architecture: {arch}\n"
            "Maintainer: Streamer Desktop developers <streams@streamer.invalid>\n"
            f"Installed-Size: {size_kb}\n"
            f"Depends: {debian_dependencies(folder)}\n"
            "Section: net\n"
            "Priority: optional\n"
            "Description: live-shopping streamer's workplace, with its sync service\n"
            " Chat with shop customers, schedule live video streams in both time zones,\n"
            " and run them when they are due. 'streamer-desktop serve' runs the sync\n"
            " service alone, for a shop's team.\n", encoding="utf-8")
        DIST.mkdir(exist_ok=True)
        target = DIST / f"{NAME}_{version()}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root),
                        str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


# --- the check of the installed artefact ---------------------------------------------


def check_deb(package: Path) -> None:
    """Unpack the .deb into a throwaway root and run what it installs."""
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
        program = root / "opt" / NAME / NAME
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(root / "home")}
        subprocess.run([str(program), "--self-check"], check=True, env=env)
        print(subprocess.run([str(program), "--version"], check=True, env=env,
                             capture_output=True, text=True).stdout.strip())
        serve = subprocess.Popen([str(program), "serve", "--port", "0", "--data-dir",
                                  str(root / "service"), "--demo"], env=env,
                                 stdout=subprocess.PIPE, text=True)
        try:
            assert serve.stdout is not None
            line = serve.stdout.readline()
            assert line.startswith("Serving on "), line
            import urllib.request

            with urllib.request.urlopen(line.split()[-1] + "/openapi.json") as answer:
                assert answer.status == 200
            print("serve: answers /openapi.json")
        finally:
            serve.terminate()
            serve.wait(30)
        desktop = subprocess.Popen([str(program), "--data-dir", str(root / "desktop")],
                                   env=env, stderr=subprocess.PIPE, text=True)
        try:
            desktop.wait(timeout=10)
            raise SystemExit(f"the desktop ended by itself ({desktop.returncode}):\n"
                             f"{desktop.stderr.read() if desktop.stderr else ''}")
        except subprocess.TimeoutExpired:
            pass  # still running after 10 s, as it should
        desktop.terminate()
        _, errors = desktop.communicate(timeout=30)
        if "Traceback" in errors:
            raise SystemExit(f"the desktop printed a traceback:\n{errors}")
        print("desktop: ran offscreen for 10 s without a traceback")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="then install it into a throwaway root and run it")
    args = parser.parse_args()
    began = time.monotonic()
    folder = bundle(venv_python())
    size_mb = sum(p.stat().st_size for p in folder.rglob("*")
                  if p.is_file() and not p.is_symlink()) / 2**20
    print(f"bundle: {folder} ({size_mb:.0f} MB)")
    if sys.platform.startswith("linux"):
        package = deb(folder)
        print(f"installer: {package} ({package.stat().st_size / 2**20:.1f} MB), "
              f"built in {time.monotonic() - began:.0f} s")
        if args.check:
            check_deb(package)
    else:
        print(f"built in {time.monotonic() - began:.0f} s; the installer is made by the "
              "workflow's next step (NSIS on Windows, a .dmg on macOS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
