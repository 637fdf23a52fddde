"""Help → About: the app's version, what it runs on, and the licences of what it bundles.

The list of components is read from the installed packages' metadata: the app's own
requirements, followed to the end, so it is true for any installation, and the frozen
build copies that metadata in beside the code.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from streamer_desktop import APP_NAME, __version__
from streamer_desktop.desktop.language import Retranslating
from streamer_desktop.desktop.shell.sheet import SheetDialog

DISTRIBUTION = "streamer-desktop"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = meta.get_all("License-Expression")
    if expression:
        return str(expression[0])
    short = str((meta.get_all("License") or [""])[0]).strip()
    if short and "\n" not in short and len(short) <= 60:
        return short
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the package"


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names, or None for an optional one (an extra)."""
    if "extra ==" in requirement:
        return None
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    return match.group(0) if match else None


def bundled_components(root: str = DISTRIBUTION) -> list[Component]:
    """Every distribution the app needs at run time, by name."""
    seen: dict[str, Component] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not installed: a requirement for another system or Python
        meta = distribution.metadata
        seen[key] = Component(str(meta["Name"]), distribution.version, _licence(meta))
        for requirement in distribution.requires or []:
            # A requirement for another system or Python is not installed: skipped above.
            wanted = _requirement_name(requirement)
            if wanted:
                waiting.append(wanted)
    seen.pop(re.sub(r"[-_.]+", "-", root).lower(), None)
    return sorted(seen.values(), key=lambda c: c.name.lower())


class AboutDialog(Retranslating, SheetDialog):
    """The version, the platform, and a table of bundled components and their licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("licences", 3, parent)
        self.setObjectName("aboutDialog")
        self.titleLabel = QLabel()
        self.titleLabel.setObjectName("aboutTitleLabel")
        font = self.titleLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.titleLabel.setFont(font)
        self.versionsLabel = QLabel()
        self.versionsLabel.setObjectName("aboutVersionsLabel")
        self.versionsLabel.setWordWrap(True)
        self.licencesLabel = QLabel()
        self.licencesLabel.setBuddy(self.table)
        for widget in (self.titleLabel, self.versionsLabel, self.licencesLabel):
            self.add_above(widget)
        self.closeButton.setObjectName("aboutCloseButton")
        self.components = bundled_components()
        self.fill([(c.name, c.version, c.licence) for c in self.components])
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.resize(560, 480)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.titleLabel.setText(f"{APP_NAME} {__version__}")
        self.versionsLabel.setText(self.tr(
            "Python {python}, Qt {qt} (PySide6 {pyside}), on {system}.").format(
                python=platform.python_version(), qt=qVersion(), pyside=pyside_version,
                system=platform.platform(terse=True)))
        self.licencesLabel.setText(self.tr(
            "It bundles these components, each under its own licence:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.setAccessibleName(self.tr("Bundled components and their licences"))
        self.table.setAccessibleDescription(self.tr(
            "One row per component: its name, its version and its licence."))
        self.closeButton.setText(self.tr("Close"))
        self.closeButton.setAccessibleDescription(self.tr("Close this window."))
