"""The app's actions come from one table: names, words, keys and menus agree with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.shell.actions import ACTIONS, Menu
from streamer_desktop.desktop.shell.main_window import MainWindow


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _entries(menu: QMenu) -> list[str]:
    """A menu's entries: action names, "|" for a separator, "Help:" for the submenu."""
    return ["|" if a.isSeparator() else f"{a.menu().objectName()}:" if a.menu() is not None
            else a.objectName() for a in menu.actions()]


def test_every_row_is_an_action_of_the_window_with_its_words_and_keys(qtbot: QtBot) -> None:
    window = _window(qtbot)
    for spec in ACTIONS:
        action = window.findChild(QAction, spec.name)
        assert action is not None, spec.name
        assert getattr(window, spec.name) is action
        assert action.text() == spec.text
        assert action.toolTip() == (spec.tip or spec.text.rstrip("…"))
        assert [k.toString() for k in action.shortcuts()] == [
            QKeySequence(k).toString() for k in spec.keys]
        assert (action in window.actions()) == bool(spec.keys)  # keys work, menus closed


def test_no_two_actions_share_a_key() -> None:
    keys = [QKeySequence(k).toString() for spec in ACTIONS for k in spec.keys]
    assert len(keys) == len(set(keys))


def test_the_menus_are_made_from_the_table(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert _entries(window.menu) == [
        "scheduleStreamAction", "startStreamAction", "rescheduleAction", "cancelStreamAction",
        "messageCustomerAction", "transferRequestAction", "|", "findRequestsAction",
        "settingsAction", "helpMenu:", "signOutAction", "quitAction"]
    assert _entries(window.helpMenu) == [
        "shortcutsAction", "openShopAction", "openOutboxAction", "|", "aboutAction"]
    assert _entries(window.cardMenu) == [spec.name for spec in ACTIONS if spec.on_card]
    in_menus = {spec.name for spec in ACTIONS if spec.menu in (Menu.MAIN, Menu.HELP)}
    assert in_menus == {n for n in _entries(window.menu) + _entries(window.helpMenu)
                        if n not in ("|", "helpMenu:")}


def test_the_shortcuts_sheet_lists_every_action_with_keys(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.show_shortcuts()
    sheet = window.shortcutsDialog
    assert sheet is not None
    listed = [sheet.table.item(row, 0).text() for row in range(sheet.table.rowCount())]
    assert listed == [spec.text.rstrip("…") for spec in ACTIONS if spec.keys]


def test_the_readme_lists_the_keys_of_the_table() -> None:
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, str(root / "scripts" / "keys.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
