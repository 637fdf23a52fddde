"""The settings dialog: it edits a :class:`Preferences` value and returns it; it saves nothing."""

from __future__ import annotations

import os
from dataclasses import dataclass
from zoneinfo import available_timezones

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from streamer_desktop.desktop.dialogs import result_of
from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.palette import Tone, set_tone
from streamer_desktop.scheduling.zones import is_valid_zone

TEST_SOURCE = "test"
"""The test picture's name as a video source (``video/sources.py``'s ``TEST``; the
dialog does not load the media stack for it)."""
PREVIEW_SIZE = QSize(256, 144)

LANGUAGES = [("en", "English"), ("de", "Deutsch"), ("ru", "Русский")]
"""Each language named in itself, as people look for their own."""
PSEUDO_LANGUAGE = ("pseudo", "[Pseudo-locale: checks layouts]")
"""Offered only with ``STREAMER_PSEUDO_LOCALE=1`` set: a tool for translators and developers."""


def offered_languages(current: str) -> list[tuple[str, str]]:
    """The languages the Settings dialog offers."""
    wanted = os.environ.get("STREAMER_PSEUDO_LOCALE", "") not in ("", "0")
    return LANGUAGES + ([PSEUDO_LANGUAGE] if wanted or current == PSEUDO_LANGUAGE[0] else [])


@dataclass(frozen=True)
class Preferences:
    """What the streamer can set."""

    server_url: str
    time_zone: str
    notifications: bool
    language: str
    appearance: str = "system"
    video_source: str = ""
    """"" (the first camera found), "test", or a camera's device."""


class SettingsDialog(Retranslating, QDialog):
    """Server address, time zone, notifications, language, appearance, and the camera
    with a preview of it (its pictures come from :meth:`show_picture`)."""

    video_source_chosen = Signal(str)
    """The camera choice changed: the preview should show this source."""

    def __init__(self, current: Preferences, cameras: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.videoSourceCombo = QComboBox()
        self.videoSourceCombo.setObjectName("videoSourceCombo")
        self.videoSourceCombo.addItem("", "")
        for name, device in cameras or []:
            self.videoSourceCombo.addItem(name, device)
        self.videoSourceCombo.addItem("", TEST_SOURCE)
        if current.video_source and self.videoSourceCombo.findData(current.video_source) < 0:
            # A device given elsewhere (not found now) is kept, not silently replaced.
            self.videoSourceCombo.addItem(current.video_source, current.video_source)
        self.videoSourceCombo.setCurrentIndex(
            max(0, self.videoSourceCombo.findData(current.video_source)))
        self.videoSourceCombo.currentIndexChanged.connect(
            lambda _index: self.video_source_chosen.emit(self.chosen_source))
        self.videoPreview = QLabel()
        self.videoPreview.setObjectName("videoPreview")
        self.videoPreview.setFixedSize(PREVIEW_SIZE)
        self.videoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.videoPreview.setWordWrap(True)
        self.videoPreview.setStyleSheet("background: black; color: white;")
        self.serverEdit = QLineEdit(current.server_url)
        self.serverEdit.setObjectName("serverEdit")
        self.zoneCombo = QComboBox()
        self.zoneCombo.setObjectName("zoneCombo")
        self.zoneCombo.setEditable(True)
        self.zoneCombo.addItems(sorted(available_timezones()))
        self.zoneCombo.setCurrentText(current.time_zone)
        self.notificationsCheck = QCheckBox()
        self.notificationsCheck.setObjectName("notificationsCheck")
        self.notificationsCheck.setChecked(current.notifications)
        self.languageCombo = QComboBox()
        self.languageCombo.setObjectName("languageCombo")
        self.languageCombo.addItem(self.tr("System language"), "")
        languages = offered_languages(current.language)
        for code, name in languages:
            self.languageCombo.addItem(name, code)
        if current.language and current.language not in dict(languages):
            # Another language set elsewhere is kept, not silently replaced.
            self.languageCombo.addItem(current.language, current.language)
        self.languageCombo.setCurrentIndex(self.languageCombo.findData(current.language))
        self.appearanceCombo = QComboBox()
        self.appearanceCombo.setObjectName("appearanceCombo")
        for value in ("system", "light", "dark"):
            self.appearanceCombo.addItem("", value)
        self.appearanceCombo.setCurrentIndex(
            max(0, self.appearanceCombo.findData(current.appearance)))
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("settingsError")
        set_tone(self.errorLabel, Tone.ERROR)
        self.errorLabel.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttons)
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(self._labels, (self.serverEdit, self.zoneCombo,
                                               self.notificationsCheck, self.languageCombo,
                                               self.appearanceCombo, self.videoSourceCombo),
                                strict=True):
            self.form.addRow(label, field)
            label.setBuddy(field)
        self.form.addRow("", self.videoPreview)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("&Server address (used from the next start)"), self.tr("&Time zone"),
                 self.tr("&Notifications"), self.tr("&Language"), self.tr("&Appearance"),
                 self.tr("&Camera"))
        self.videoSourceCombo.setItemText(0, self.tr("The first camera found"))
        self.videoSourceCombo.setItemText(
            self.videoSourceCombo.findData(TEST_SOURCE),
            self.tr("Test picture (a moving pattern with a clock, and a tick)"))
        self.videoPreview.setAccessibleName(self.tr("Camera preview"))
        if self.videoPreview.pixmap().isNull() and not self.videoPreview.text():
            self.videoPreview.setText(self.tr("Starting the camera…"))
        for index, text in enumerate((self.tr("As the system"), self.tr("Light"),
                                      self.tr("Dark"))):
            self.appearanceCombo.setItemText(index, text)
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.notificationsCheck.setText(self.tr("Show reminders and new messages"))
        self.serverEdit.setPlaceholderText(self.tr("Empty: the service inside this app"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for widget, name, description in (
            (self.serverEdit, texts[0], self.tr(
                "The address of the shop's sync service; empty runs the service inside this "
                "app.")),
            (self.zoneCombo, texts[1], self.tr(
                "The zone your times are shown and booked in.")),
            (self.notificationsCheck, self.notificationsCheck.text(), self.tr(
                "Pop-ups for stream reminders and for customers' messages while the window "
                "is in the background.")),
            (self.languageCombo, texts[3], self.tr("The language of the app.")),
            (self.appearanceCombo, texts[4], self.tr(
                "Light or dark, or as the system is set.")),
            (self.videoSourceCombo, texts[5], self.tr(
                "What your live streams show; the preview below shows it now.")),
            (save, save.text(), self.tr("Keep these settings and close.")),
            (cancel, cancel.text(), self.tr("Close without changing anything."))):
            widget.setAccessibleName(name.replace("&", ""))
            widget.setAccessibleDescription(description)

    def value(self) -> Preferences:
        return Preferences(
            server_url=self.serverEdit.text().strip(),
            time_zone=self.zoneCombo.currentText().strip(),
            notifications=self.notificationsCheck.isChecked(),
            language=str(self.languageCombo.currentData() or ""),
            appearance=str(self.appearanceCombo.currentData() or "system"),
            video_source=self.chosen_source,
        )

    @property
    def chosen_source(self) -> str:
        return str(self.videoSourceCombo.currentData() or "")

    def show_picture(self, image: QImage) -> None:
        """The preview's newest picture."""
        self.videoPreview.setPixmap(QPixmap.fromImage(image).scaled(
            PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def show_preview_problem(self, text: str) -> None:
        """Why the preview has no picture (empty: it has one)."""
        if text:
            self.videoPreview.clear()
            self.videoPreview.setText(text)

    def _on_save(self) -> None:
        value = self.value()
        if not is_valid_zone(value.time_zone):
            self.errorLabel.setText(self.tr("'{zone}' is not a known time zone.").format(
                zone=value.time_zone))
            self.errorLabel.show()
            return
        if value.server_url and not value.server_url.startswith(("http://", "https://")):
            self.errorLabel.setText(self.tr("The server address starts with http:// or "
                                            "https://."))
            self.errorLabel.show()
            return
        self.accept()

    async def ask(self) -> Preferences | None:
        """Show without blocking the loop; the new preferences, or None when cancelled."""
        accepted = await result_of(self) == QDialog.DialogCode.Accepted
        return self.value() if accepted else None
