"""The app's language: our catalogs and Qt's own, switched while the app runs.

Installing a translator makes Qt send every widget a LanguageChange event; each
window then sets its texts again (``translate_ui``). The pseudo-locale makes
every text longer and accented, to show where a layout would clip a translation.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

CATALOGS = Path(__file__).resolve().parents[1] / "translations"
"""Compiled catalogs (``scripts/i18n.py compile`` builds them from ``translations/``)."""

PSEUDO = "pseudo"
"""The language code of the pseudo-locale."""

_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüÿÅÉÎÕÜŸçñšž")
# Placeholders and mnemonics must survive: {name}, %n, %1, and & before a letter.
_KEEP = re.compile(r"(\{[a-z_]+\}|%n|%\d|&(?=\w))")


def pseudo(text: str) -> str:
    """``text`` about 40 % longer, accented, in brackets; placeholders kept."""
    parts = [part if _KEEP.fullmatch(part) else part.translate(_ACCENTS)
             for part in _KEEP.split(text)]
    return f"[{''.join(parts)} {'·' * max(2, len(text) * 2 // 5)}]"


class Retranslating:
    """Mixed into a window (before its Qt class): sets its texts again when the language
    changes, by calling its ``translate_ui``."""

    def translate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)  # type: ignore[misc]


class PseudoTranslator(QTranslator):
    """Turns every text into its pseudo-localised form."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


class Languages:
    """Installs the translators of one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.locale_name = "en"

    def apply(self, code: str) -> str:
        """Switch to ``code`` ("" for the system's language); returns the locale in use."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        if code == PSEUDO:
            self._install(PseudoTranslator(self._app))
            self.locale_name = "en_GB"
            return self.locale_name
        locale = QLocale(code) if code else QLocale.system()
        QLocale.setDefault(locale)
        ours = QTranslator(self._app)
        if ours.load(locale, "streamer_desktop", "_", str(CATALOGS)):
            self._install(ours)
        qt_own = QTranslator(self._app)  # Qt's own dialogs and buttons
        if qt_own.load(locale, "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt_own)
        self.locale_name = locale.name()
        return self.locale_name

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
