"""The streamer's settings: a new time zone shows at once on every card; light and dark."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from streamer_desktop.desktop import palette
from streamer_desktop.desktop.requests.model import Role
from streamer_desktop.desktop.shell.app import DesktopApp
from tests.conftest import T0
from tests.support.api import schedule
from tests.support.desktop import card_value, until


def _open_settings(app: DesktopApp, qtbot: QtBot) -> asyncio.Task[None]:
    task = asyncio.ensure_future(app.edit_settings())
    until(qtbot, lambda: app.window.findChild(QComboBox, "zoneCombo") is not None,
          what="the settings dialog")
    return task


def _stream_line(app: DesktopApp, request_id: int) -> str:
    return card_value(app.window.myRequestsView.model(), request_id, Role.STREAM_LINE)


def test_new_time_zone_applies_at_once(desktop: DesktopApp, qtbot: QtBot,
                                       streamer: httpx.Client) -> None:
    schedule(streamer, 5, T0 + timedelta(hours=3))  # 12:00 UTC
    until(qtbot, lambda: "13:00" in _stream_line(desktop, 5), what="the Berlin time")
    task = _open_settings(desktop, qtbot)
    combo = desktop.window.findChild(QComboBox, "zoneCombo")
    assert combo is not None
    combo.setCurrentText("Asia/Kolkata")
    assert desktop.settings_dialog is not None
    dialog_buttons = desktop.settings_dialog.buttons
    dialog_buttons.button(QDialogButtonBox.StandardButton.Save).click()
    until(qtbot, task.done, what="the dialog to close")
    assert desktop.settings.time_zone == "Asia/Kolkata"
    assert "17:30" in _stream_line(desktop, 5)


def test_unknown_zone_is_refused_and_nothing_changes(desktop: DesktopApp, qtbot: QtBot) -> None:
    task = _open_settings(desktop, qtbot)
    combo = desktop.window.findChild(QComboBox, "zoneCombo")
    assert combo is not None
    combo.setCurrentText("Atlantis/Capital")
    assert desktop.settings_dialog is not None
    desktop.settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    error = desktop.window.findChild(QLabel, "settingsError")
    assert error is not None
    assert error.isVisible()
    assert "Atlantis/Capital" in error.text()
    assert desktop.settings_dialog is not None
    desktop.settings_dialog.reject()
    until(qtbot, task.done, what="the dialog to close")
    assert desktop.settings.time_zone == "Europe/Berlin"


def test_the_saved_server_address_is_used_unless_one_is_given() -> None:
    from streamer_desktop.cli import pick_connection
    from streamer_desktop.desktop.shell.connection import Connection

    inside = Connection(url="http://127.0.0.1:1", email="anna@demo.shop")

    def embedded() -> Connection:
        return inside

    assert pick_connection(None, "", embedded) is inside
    assert pick_connection(None, "  ", embedded) is inside
    assert pick_connection(None, "https://team.example/", embedded).url == "https://team.example"
    given = pick_connection("http://10.0.0.5:8765", "https://team.example", embedded)
    assert given.url == "http://10.0.0.5:8765"
    assert given.email is None


def test_the_pseudo_locale_is_offered_only_on_request(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamer_desktop.desktop.settings.dialog import Preferences, SettingsDialog

    def codes() -> list[str]:
        dialog = SettingsDialog(Preferences("", "Europe/Berlin", True, "en"))
        qtbot.addWidget(dialog)
        combo = dialog.findChild(QComboBox, "languageCombo")
        return [combo.itemData(i) for i in range(combo.count())]

    monkeypatch.delenv("STREAMER_PSEUDO_LOCALE", raising=False)
    assert codes() == ["", "en", "de", "ru"]
    monkeypatch.setenv("STREAMER_PSEUDO_LOCALE", "1")
    assert codes() == ["", "en", "de", "ru", "pseudo"]


def test_appearance_follows_the_system_unless_chosen(
    desktop: DesktopApp, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    hints = qapp.styleHints()
    system = [palette.Scheme.DARK]
    # The system's scheme is read from the platform, which offscreen has none of: the
    # test plays the system, saying dark and announcing the change as Qt does.
    monkeypatch.setattr(palette, "system_scheme", lambda: system[0])
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert palette.current_scheme() is palette.Scheme.DARK
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == palette.DARK.window
        desktop.window.show_notice("Seen in the dark")
        banner = desktop.window.noticeBanner
        banner.ensurePolished()
        text, background = palette.DARK.banner[palette.Tone.INFO]
        assert banner.palette().color(banner.backgroundRole()).name() == background
        assert banner.palette().color(banner.foregroundRole()).name() == text
        # The streamer chooses Light: it stays light however the system is.
        task = _open_settings(desktop, qtbot)
        combo = desktop.window.findChild(QComboBox, "appearanceCombo")
        assert combo is not None
        assert combo.currentData() == "system"
        assert combo.currentText() == "As the system"
        combo.setCurrentIndex(combo.findData("light"))
        assert desktop.settings_dialog is not None
        desktop.settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        until(qtbot, task.done, what="the dialog to close")
        assert desktop.settings.appearance == "light"
        assert palette.current_scheme() is palette.Scheme.LIGHT
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == palette.LIGHT.window
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert palette.current_scheme() is palette.Scheme.LIGHT
    finally:
        desktop.settings.appearance = "system"
        palette.apply(qapp, palette.Scheme.LIGHT)
