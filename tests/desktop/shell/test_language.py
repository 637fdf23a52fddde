"""Languages of the desktop: complete catalogs, switching while running, plurals, and
a pseudo-locale that shows no text is clipped."""

from __future__ import annotations

import ast
import asyncio
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from streamer_desktop.client.api import ApiError
from streamer_desktop.desktop.formatting import zone_label
from streamer_desktop.desktop.language import Languages, pseudo
from streamer_desktop.desktop.shell.app import DesktopApp
from streamer_desktop.desktop.shell.tray import TrayMenu
from tests.support.desktop import until

ROOT = Path(__file__).resolve().parents[3]
CATALOGS = sorted((ROOT / "translations").glob("streamer_desktop_*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d|&(?=\w)")


def _messages(path: Path) -> list[tuple[str, list[str], ET.Element]]:
    root = ET.parse(path).getroot()
    result = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        result.append((source, forms, translation))
    return result


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: p.stem)
def test_catalog_is_complete_and_keeps_placeholders(catalog: Path) -> None:
    for source, forms, translation in _messages(catalog):
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        for form in forms:
            assert form.strip(), f"untranslated: {source!r}"
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                f"{catalog.name}: {form!r} does not keep the placeholders of {source!r}")


def test_russian_has_three_plural_forms() -> None:
    russian = next(c for c in CATALOGS if c.stem.endswith("_ru"))
    plural = [forms for _, forms, t in _messages(russian) if t.findall("numerusform")]
    assert plural
    assert all(len(forms) == 3 for forms in plural)


def test_catalogs_hold_every_text_of_the_code(tmp_path: Path) -> None:
    probe = tmp_path / "probe.ts"
    code = sorted(str(p) for p in (ROOT / "streamer_desktop" / "desktop").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *code, "-ts", str(probe)], check=True, capture_output=True)
    in_code = {source for source, _, _ in _messages(probe)}
    in_catalog = {source for source, _, _ in _messages(CATALOGS[0])}
    assert in_code - in_catalog == set(), "run: python3 scripts/i18n.py update"
    assert in_catalog - in_code == set(), "texts no longer in the code: run the update"


TEXT_SETTERS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip",
                "setAccessibleName", "setTitle", "addAction", "addItem", "showMessage",
                "show_notice", "setStatusTip", "addRow"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox"}
NOT_WORDS = {"⋯", "×", ""}


def test_every_visible_text_is_marked_for_translation() -> None:
    offenders = []
    for path in sorted((ROOT / "streamer_desktop" / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = (node.func.attr if isinstance(node.func, ast.Attribute)
                    else node.func.id if isinstance(node.func, ast.Name) else "")
            first = node.args[0]
            if (name in TEXT_SETTERS | TEXT_WIDGETS and isinstance(first, ast.Constant)
                    and isinstance(first.value, str) and first.value not in NOT_WORDS
                    and re.search(r"[A-Za-z]{2}", first.value)):
                offenders.append(f"{path.name}:{node.lineno}: {first.value!r}")
    assert offenders == []


def test_plural_forms_follow_russian_grammar(qapp: QApplication) -> None:
    languages = Languages(qapp)
    try:
        languages.apply("ru")
        forms = {n: QCoreApplication.translate(
            "Alerts", "Stream with {name} in %n minute(s)", "", n) for n in (1, 2, 5, 21)}
        assert forms[1].endswith("1 минуту")
        assert forms[2].endswith("2 минуты")
        assert forms[5].endswith("5 минут")
        assert forms[21].endswith("21 минуту")
        languages.apply("en")
        assert QCoreApplication.translate(
            "Alerts", "Stream with {name} in %n minute(s)", "", 1).endswith("1 minute")
    finally:
        languages.apply("en_GB")


@pytest.mark.parametrize(("zone", "locale", "label"), [
    ("Asia/Kolkata", "ru_RU", "Калькутта"),  # filed by CLDR under Asia/Calcutta
    ("Asia/Kathmandu", "ru_RU", "Катманду"),  # under Asia/Katmandu
    ("Europe/Kyiv", "de_DE", "Kiew"),  # under Europe/Kiev
    ("America/Sao_Paulo", "ru_RU", "Сан-Паулу"),
    ("Pacific/Auckland", "en_GB", "Auckland"),
])
def test_zones_are_named_in_the_readers_language(zone: str, locale: str, label: str) -> None:
    assert zone_label(zone, locale) == label


def test_pseudo_keeps_placeholders_and_grows() -> None:
    text = "Stream with {name} in %n minute(s) &Now"
    fake = pseudo(text)
    assert "{name}" in fake
    assert "%n" in fake
    assert "&N" in fake
    assert len(fake) > len(text) * 1.3


def _choose_language(app: DesktopApp, qtbot: QtBot, language: str) -> None:
    task = asyncio.ensure_future(app.edit_settings())
    until(qtbot, lambda: app.settings_dialog is not None and app.settings_dialog.isVisible(),
          what="the settings dialog")
    dialog = app.settings_dialog
    assert dialog is not None
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo is not None
    combo.setCurrentIndex(combo.findData(language))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    until(qtbot, task.done, what="the dialog to close")


def test_switching_to_german_needs_no_restart(desktop: DesktopApp, qtbot: QtBot) -> None:
    assert desktop.window.sendButton.text() == "Send"
    _choose_language(desktop, qtbot, "de")
    assert desktop.window.sendButton.text() == "Senden"
    assert desktop.window.scheduleStreamAction.text() == "Stream planen"
    assert desktop.window.myRequestsLabel.text() == "Meine Anfragen"
    # Qt's own buttons speak German too.
    task = asyncio.ensure_future(desktop.edit_settings())
    until(qtbot, lambda: desktop.settings_dialog is not None, what="the dialog")
    dialog = desktop.settings_dialog
    assert dialog is not None
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    dialog.reject()
    until(qtbot, task.done, what="the dialog to close")
    _choose_language(desktop, qtbot, "en")
    assert desktop.window.sendButton.text() == "Send"


def test_the_service_answers_in_the_apps_language(desktop: DesktopApp, qtbot: QtBot) -> None:
    _choose_language(desktop, qtbot, "ru")
    assert desktop.api is not None
    assert desktop.workspace is not None
    request_id = next(iter(desktop.workspace.requests))
    sending = asyncio.ensure_future(desktop.api.send_message(request_id, "я" * 4001))
    until(qtbot, sending.done, what="the service's answer")
    error = sending.exception()
    assert isinstance(error, ApiError)
    assert error.message == "Сообщение: слишком длинно (не больше 4000 символов)."
    _choose_language(desktop, qtbot, "en")


def _clipped(root: object) -> list[str]:
    """Visible labels and buttons narrower (or, wrapped, lower) than their text needs."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):  # type: ignore[attr-defined]
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                found.append(f"{widget.objectName() or widget.text()!r} (height)")
        elif widget.width() < widget.sizeHint().width():
            found.append(f"{widget.objectName() or widget.text()!r} (width)")
    return found


def test_pseudo_locale_clips_no_text(desktop: DesktopApp, qtbot: QtBot, tmp_path: Path) -> None:
    _choose_language(desktop, qtbot, "pseudo")
    window = desktop.window
    assert window.sendButton.text().startswith("[")
    window.select_request(4)
    qtbot.waitExposed(window)
    # Layouts settle on later turns of the event loop after a language change.
    qtbot.waitUntil(lambda: not _clipped(window), timeout=3000)
    window.grab().save(str(tmp_path / "main-window-pseudo.png"))
    assert _clipped(window) == []
    scheduler = desktop.scheduler
    assert scheduler is not None
    dialog = scheduler.open(4)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.adjustSize()
    dialog.grab().save(str(tmp_path / "schedule-dialog-pseudo.png"))
    assert _clipped(dialog) == []
    dialog.reject()
    _choose_language(desktop, qtbot, "en")


def test_the_tray_menu_follows_a_language_change(qapp: QApplication, qtbot: QtBot) -> None:
    languages = Languages(qapp)
    menu = TrayMenu()
    try:
        languages.apply("en_GB")
        qtbot.waitUntil(lambda: menu.openAction.text() == "Open")
        languages.apply("de_DE")
        qtbot.waitUntil(lambda: menu.openAction.text() == "Öffnen")
        assert menu.quitAction.text() == "Beenden"
        assert menu.pauseAction.text() != "Pause notifications"
    finally:
        languages.apply("en_GB")
        menu.deleteLater()
