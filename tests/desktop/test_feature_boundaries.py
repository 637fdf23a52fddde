"""The desktop's house rules: features meet only through their public modules.

Each folder of ``streamer_desktop/desktop/`` is a feature; its other modules are its
own business, free to change without looking elsewhere. The modules at the top of
``desktop/`` are shared helpers and know no feature. ``docs/architecture.md`` carries a
picture of the features and their imports, drawn from the code by
``scripts/desktop_map.py``; it must be current.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]

PUBLIC = {
    "shell": {"main_window"},  # the window frame the presenters present in
    "requests": {"board", "card_delegate", "clock_texts", "lists"},
    "chat": {"presenter", "model", "view"},
    "schedule": {"presenter"},
    "stream": {"presenter", "live_video", "preview", "box"},
    "settings": {"store", "dialog", "presenter"},
    "team": {"handover"},
}
"""What each feature offers the others (modules of its folder)."""


def _map() -> ModuleType:
    spec = importlib.util.spec_from_file_location("desktop_map",
                                                  ROOT / "scripts" / "desktop_map.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_feature_declares_what_it_offers() -> None:
    assert set(_map().features()) == set(PUBLIC)


def test_features_use_each_other_only_through_their_public_modules() -> None:
    desktop_map = _map()
    crossings = []
    for module, targets in desktop_map.imports().items():
        mine = desktop_map.owner(module)
        for target in targets:
            theirs = desktop_map.owner(target)
            if theirs in ("shared", mine):
                continue
            if target.split(".", 1)[1] not in PUBLIC[theirs]:
                crossings.append(f"{module} imports {target}")
    assert crossings == []


def test_shared_modules_know_no_feature() -> None:
    desktop_map = _map()
    knowing = [f"{module} imports {target}"
               for module, targets in desktop_map.imports().items()
               if desktop_map.owner(module) == "shared"
               for target in targets if desktop_map.owner(target) != "shared"]
    assert knowing == []


def test_the_architecture_notes_show_the_current_map() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "desktop_map.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
