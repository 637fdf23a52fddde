"""Every control a streamer can reach says what it is and what it does to a screen reader:
an accessible name and a description, in the main window and in every dialog."""

from __future__ import annotations

from datetime import timedelta

import httpx
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop.schedule.dialog import ScheduleDialog
from streamer_desktop.desktop.shell.app import DesktopApp
from streamer_desktop.desktop.shell.sign_in import SignInDialog
from tests.conftest import T0
from tests.support.api import schedule
from tests.support.desktop import until

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView)


def _unspoken(root: QWidget) -> list[str]:
    """The shown controls under ``root`` that lack an accessible name or description."""
    lacking = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if (isinstance(parent, QAbstractSpinBox | QComboBox) or isinstance(widget, QHeaderView)
                or widget.objectName().startswith("qt_")):
            continue  # a part of a control, spoken for by the control
        spoken = QAccessible.queryAccessibleInterface(widget)
        name = spoken.text(QAccessible.Text.Name) if spoken else ""
        description = spoken.text(QAccessible.Text.Description) if spoken else ""
        if not name.strip() or not description.strip():
            lacking.append(f"{type(widget).__name__} {widget.objectName()!r}: "
                           f"name {name!r}, description {description!r}")
    print("\n".join(lacking))  # all of them, where the assertion shows only the first
    return lacking


def test_the_main_window_and_its_dialogs_are_spoken_for(
    desktop: DesktopApp, qtbot: QtBot, streamer: httpx.Client
) -> None:
    assert schedule(streamer, 2, T0 + timedelta(hours=2)).status_code == 201
    window = desktop.window
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    until(qtbot, lambda: desktop.workspace is not None
          and desktop.workspace.requests[2].stream is not None, what="the booking")
    window.select_request(2)
    until(qtbot, window.streamBox.isVisible, what="the stream box")
    assert _unspoken(window) == []

    window.select_request(3)
    window.scheduleStreamAction.trigger()
    until(qtbot, lambda: window.findChild(ScheduleDialog, "scheduleDialog") is not None,
          what="Schedule a stream")
    dialog = window.findChild(ScheduleDialog, "scheduleDialog")
    assert dialog is not None
    assert _unspoken(dialog) == []
    dialog.reject()

    window.select_request(2)
    window.cancelStreamAction.trigger()
    until(qtbot, lambda: window.findChild(QDialog, "cancelStreamDialog") is not None,
          what="the cancel question")
    cancel = window.findChild(QDialog, "cancelStreamDialog")
    assert _unspoken(cancel) == []
    cancel.reject()

    desktop.tasks.spawn(desktop.edit_settings())
    until(qtbot, lambda: desktop.settings_dialog is not None, what="the settings")
    assert desktop.settings_dialog is not None
    assert _unspoken(desktop.settings_dialog) == []
    desktop.settings_dialog.reject()

    window.show_shortcuts()
    assert window.shortcutsDialog is not None
    assert _unspoken(window.shortcutsDialog) == []
    window.show_about()
    assert window.aboutDialog is not None
    assert _unspoken(window.aboutDialog) == []


def test_the_sign_in_is_spoken_for(qtbot: QtBot) -> None:
    dialog = SignInDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    assert _unspoken(dialog) == []
