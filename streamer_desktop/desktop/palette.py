"""Every colour the app chooses, for the light and the dark scheme, in one place.

The window follows the system's colour scheme (Qt's ``QStyleHints.colorScheme``) unless
the streamer picks one in Settings. :func:`apply` sets Qt's palette for the scheme (the
Fusion style, so it looks the same everywhere) and one style sheet that colours the
notices by their ``tone`` property; :func:`accent` gives the card delegate the colour of
a stream's phase. The tests compute the WCAG contrast of every text on its background.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget


class Scheme(Enum):
    LIGHT = "light"
    DARK = "dark"


class Appearance(Enum):
    """What the streamer chose in Settings."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Tone(Enum):
    """What a notice or a line of text means, and so its colour."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Colours:
    """One scheme's colours, as ``#rrggbb``."""

    window: str
    window_text: str
    base: str
    text: str
    muted_text: str
    highlight: str
    highlighted_text: str
    button: str
    line: str
    # Text in a tone, on ``window`` and on ``base`` alike.
    tone_text: dict[Tone, str]
    # Banners: text and background.
    banner: dict[Tone, tuple[str, str]]
    # A stream's phase: the card's edge and its stream line (on ``base``).
    phase: dict[str, str]
    # Chat bubbles: the streamer's own and the customer's (``text`` and ``muted_text``
    # on both).
    bubble_mine: str
    bubble_theirs: str
    # A card's status chip, by :class:`Chip` kind: text and background.
    chip: dict[str, tuple[str, str]]


AVATARS = ("#0969da", "#8250df", "#1a7f37", "#b42318", "#bc4c00", "#1b7c83", "#57606a",
           "#0550ae", "#6639ba", "#953800")
"""Initials avatars: white initials on one of these, chosen by the customer's name."""


LIGHT = Colours(
    window="#f6f8fa", window_text="#1f2328", base="#ffffff", text="#1f2328",
    muted_text="#59636e", highlight="#0969da", highlighted_text="#ffffff", button="#eef1f4",
    line="#d1d9e0",
    tone_text={Tone.ERROR: "#b42318", Tone.WARNING: "#8a5300", Tone.INFO: "#0a3069"},
    banner={Tone.ERROR: ("#82071e", "#ffebe9"), Tone.WARNING: ("#4d3800", "#fff1c2"),
            Tone.INFO: ("#0a3069", "#ddf4ff")},
    phase={"soon": "#8a5300", "due": "#1a7f37", "overdue": "#b42318", "live": "#8250df",
           "unconfirmed": "#8a5300"},
    bubble_mine="#ddf4ff", bubble_theirs="#eaeef2",
    chip={"live": ("#ffffff", "#8250df"), "overdue": ("#ffffff", "#b42318"),
          "unconfirmed": ("#4d3800", "#fff1c2"), "due": ("#ffffff", "#1a7f37"),
          "soon": ("#4d3800", "#fff1c2"), "awaiting": ("#0a3069", "#ddf4ff"),
          "confirmed": ("#116329", "#dafbe1"), "ended": ("#59636e", "#eaeef2")},
)
DARK = Colours(
    window="#1f2328", window_text="#e6edf3", base="#0d1117", text="#e6edf3",
    muted_text="#9198a1", highlight="#1f6feb", highlighted_text="#ffffff", button="#2d333b",
    line="#3d444d",
    tone_text={Tone.ERROR: "#ff8182", Tone.WARNING: "#e3b341", Tone.INFO: "#79c0ff"},
    banner={Tone.ERROR: ("#ffdcd7", "#5d0f12"), Tone.WARNING: ("#f8e3a1", "#4b3700"),
            Tone.INFO: ("#cae8ff", "#0c2d6b")},
    phase={"soon": "#e3b341", "due": "#56d364", "overdue": "#ff8182", "live": "#d2a8ff",
           "unconfirmed": "#e3b341"},
    bubble_mine="#0f2d52", bubble_theirs="#262c36",
    chip={"live": ("#ffffff", "#6e40c9"), "overdue": ("#ffdcd7", "#8e1519"),
          "unconfirmed": ("#f8e3a1", "#4b3700"), "due": ("#ffffff", "#1a7f37"),
          "soon": ("#f8e3a1", "#4b3700"), "awaiting": ("#cae8ff", "#0c2d6b"),
          "confirmed": ("#aff5b4", "#033a16"), "ended": ("#c9d1d9", "#30363d")},
)
SCHEMES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}

_current = Scheme.LIGHT


def current() -> Colours:
    """The colours in use."""
    return SCHEMES[_current]


def current_scheme() -> Scheme:
    return _current


def system_scheme() -> Scheme:
    """The system's colour scheme (light when it says none)."""
    hints = QGuiApplication.styleHints()
    return Scheme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Scheme.LIGHT


def scheme_for(appearance: Appearance) -> Scheme:
    if appearance is Appearance.SYSTEM:
        return system_scheme()
    return Scheme(appearance.value)


def accent(phase: str) -> QColor | None:
    """The colour of a stream's phase on its card, or None for a phase without one."""
    colour = current().phase.get(phase)
    return QColor(colour) if colour else None


def chip(kind: str) -> tuple[QColor, QColor]:
    """A status chip's text and background colours."""
    text, background = current().chip[kind]
    return QColor(text), QColor(background)


def avatar(name: str) -> QColor:
    """The background of a customer's initials avatar: the same name, the same colour."""
    return QColor(AVATARS[sum(name.encode()) % len(AVATARS)])


def qt_palette(colours: Colours) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for name, value in ((role.Window, colours.window), (role.WindowText, colours.window_text),
                        (role.Base, colours.base), (role.AlternateBase, colours.window),
                        (role.Text, colours.text), (role.Button, colours.button),
                        (role.ButtonText, colours.text), (role.Highlight, colours.highlight),
                        (role.HighlightedText, colours.highlighted_text),
                        (role.PlaceholderText, colours.muted_text),
                        (role.ToolTipBase, colours.base), (role.ToolTipText, colours.text),
                        (role.Mid, colours.line), (role.Link, colours.tone_text[Tone.INFO])):
        palette.setColor(name, QColor(value))
    disabled = QColor(colours.muted_text)
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, disabled)
    return palette


def style_sheet(colours: Colours) -> str:
    """The notices' colours by their ``tone`` property, and the banners'."""
    rules = [f'QLabel[tone="{tone.value}"] {{ color: {colour}; }}'
             for tone, colour in colours.tone_text.items()]
    for name, tone in (("connectionBanner", Tone.WARNING), ("noticeBanner", Tone.INFO),
                       ("overdueBar", Tone.ERROR)):
        text, background = colours.banner[tone]
        rules.append(f"#{name} {{ background: {background}; color: {text}; padding: 4px; }}")
        rules.append(f"#{name} QLabel {{ color: {text}; }}")
    return "\n".join(rules)


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour ``widget``'s text by what it means (set before it is shown)."""
    widget.setProperty("tone", tone.value)


def apply(app: QApplication, scheme: Scheme) -> None:
    """Use ``scheme`` everywhere: Qt's palette, the notices' style sheet, the cards."""
    global _current
    _current = scheme
    colours = SCHEMES[scheme]
    if app.style().name().lower() != "fusion":  # making a style costs ~6 ms: only if needed
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    app.setPalette(qt_palette(colours))
    app.setStyleSheet(style_sheet(colours))


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                  for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
