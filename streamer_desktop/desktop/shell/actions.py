"""The app's actions, declared once: name, words, keys and where each one appears.

The window makes its actions, the ⋯ menu and its Help menu, the card's context menu
and the keys from :data:`ACTIONS`; the shortcuts sheet lists the keys of the actions
made; the texts are marked here for translation and set again from here when the
language changes. Adding an action is one row here and its handler in the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Marks ``text`` for lupdate and returns it (PySide6 types it as object)."""
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "MainWindow"
"""The translation context of the actions' words (the window's, where they began)."""


class Menu(Enum):
    """A menu an action appears in."""

    MAIN = "main"
    """The ⋯ menu (upper right)."""
    HELP = "help"
    """Help, a submenu of the ⋯ menu."""


@dataclass(frozen=True)
class ActionSpec:
    """One action of the app."""

    name: str
    """Its objectName, and the window's attribute that holds it."""
    text: str
    tip: str = ""
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    """Shortcuts, the first the main one; they work with every menu closed."""
    menu: Menu | None = None
    section: int = 0
    """Within its menu: a separator stands between sections."""
    on_card: bool = False
    """Also in the context menu of a request's card."""
    visible: bool = True
    enabled: bool = True


# In menu order. Each text is marked with QT_TRANSLATE_NOOP (its context written out, as
# lupdate reads only literals) and translated when set.
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "scheduleStreamAction", QT_TRANSLATE_NOOP("MainWindow", "Schedule a stream"),
        keys=("Ctrl+Shift+S",), menu=Menu.MAIN, visible=False),
    ActionSpec(
        "startStreamAction", QT_TRANSLATE_NOOP("MainWindow", "Start stream"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Go live: the customer gets an e-mail with the link to join."),
        keys=("Ctrl+Shift+L",), menu=Menu.MAIN, enabled=False),
    ActionSpec(
        "rescheduleAction", QT_TRANSLATE_NOOP("MainWindow", "Reschedule…"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Move the stream to another time; the customer is asked to confirm it."),
        keys=("Ctrl+Shift+R",), menu=Menu.MAIN, on_card=True),
    ActionSpec(
        "cancelStreamAction", QT_TRANSLATE_NOOP("MainWindow", "Cancel stream…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Cancel the stream; you can add a message to the customer."),
        keys=("Ctrl+Shift+X",), menu=Menu.MAIN, on_card=True),
    ActionSpec(
        "messageCustomerAction", QT_TRANSLATE_NOOP("MainWindow", "Message the customer"),
        QT_TRANSLATE_NOOP("MainWindow", "Write to the customer of the open chat."),
        keys=("Ctrl+Shift+M",), menu=Menu.MAIN, on_card=True),
    ActionSpec(
        "transferRequestAction",
        QT_TRANSLATE_NOOP("MainWindow", "Hand over to a colleague…"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Give the request, its chat and its stream to a colleague who is online; the "
            "customer is told."),
        keys=("Ctrl+Shift+H",), menu=Menu.MAIN, on_card=True),
    ActionSpec(
        "findRequestsAction", QT_TRANSLATE_NOOP("MainWindow", "Find a request"),
        keys=(QKeySequence.StandardKey.Find,), menu=Menu.MAIN, section=1),
    ActionSpec(
        "settingsAction", QT_TRANSLATE_NOOP("MainWindow", "Settings…"),
        keys=("Ctrl+,",), menu=Menu.MAIN, section=1),
    ActionSpec(
        "shortcutsAction", QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"),
        keys=("Ctrl+/", "F1"), menu=Menu.HELP),
    ActionSpec(
        "openShopAction",
        QT_TRANSLATE_NOOP("MainWindow", "Open the demo shop (customer's view)"),
        menu=Menu.HELP),
    ActionSpec(
        "openOutboxAction",
        QT_TRANSLATE_NOOP("MainWindow", "Open the folder of customer e-mails"),
        menu=Menu.HELP, visible=False),
    ActionSpec(
        "aboutAction", QT_TRANSLATE_NOOP("MainWindow", "About Streamer desktop"),
        menu=Menu.HELP, section=1),
    ActionSpec(
        "signOutAction", QT_TRANSLATE_NOOP("MainWindow", "Sign out"),
        menu=Menu.MAIN, section=2),
    ActionSpec(
        "quitAction", QT_TRANSLATE_NOOP("MainWindow", "Quit"),
        keys=("Ctrl+Q",), menu=Menu.MAIN, section=2),
    ActionSpec(
        "nextRequestAction", QT_TRANSLATE_NOOP("MainWindow", "Next request"),
        keys=("Alt+Down",)),
    ActionSpec(
        "previousRequestAction", QT_TRANSLATE_NOOP("MainWindow", "Previous request"),
        keys=("Alt+Up",)),
)


def make_actions(window: QWidget) -> dict[str, QAction]:
    """Every action of :data:`ACTIONS`, owned by ``window`` (which holds those with keys,
    so the keys work with the menus closed), by name."""
    made: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(window)
        action.setObjectName(spec.name)
        action.setShortcuts([QKeySequence(key) for key in spec.keys])
        action.setVisible(spec.visible)
        action.setEnabled(spec.enabled)
        if spec.keys:
            window.addAction(action)
        made[spec.name] = action
    translate_actions(made)
    return made


def fill_menu(menu: QMenu, actions: dict[str, QAction], which: Menu,
              before_last: QMenu | None = None) -> None:
    """Put ``which``'s actions into ``menu``, in order, a separator between sections;
    ``before_last`` (a submenu) goes before the last section."""
    specs = [spec for spec in ACTIONS if spec.menu is which]
    last = max((spec.section for spec in specs), default=0)
    section = specs[0].section if specs else 0
    for spec in specs:
        if spec.section != section:
            if spec.section == last and before_last is not None:
                menu.addMenu(before_last)
            else:
                menu.addSeparator()
            section = spec.section
        menu.addAction(actions[spec.name])


def card_actions(actions: dict[str, QAction]) -> list[QAction]:
    """What a request's card offers in its context menu, in order."""
    return [actions[spec.name] for spec in ACTIONS if spec.on_card]


def translate_actions(actions: dict[str, QAction]) -> None:
    """Set every action's words in the current language."""
    for spec in ACTIONS:
        action = actions[spec.name]
        action.setText(QCoreApplication.translate(CONTEXT, spec.text))
        if spec.tip:
            action.setToolTip(QCoreApplication.translate(CONTEXT, spec.tip))
