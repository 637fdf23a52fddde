"""Paints a request card; no widget per card.

A card shows the customer's initials avatar and name, their clock when it is not the
streamer's ("9:05 PM there"), when the request was last active, the stream's status chip
with its time, and the last message. Painting text is the costly part of a list's
repaint, and a busy list repaints for every message that reorders it, so each card is
painted once into an image and the image reused until anything it shows changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from streamer_desktop.desktop import palette as palette_module
from streamer_desktop.desktop.requests.clock_texts import ClockTexts
from streamer_desktop.desktop.requests.model import Card
from streamer_desktop.desktop.roles import Role
from streamer_desktop.desktop.texts import initials

_PAD = 8
_EDGE = 4  # the coloured edge of a stream that needs attention
_GAP = 10  # between the avatar and the text
_CACHE_LIMIT = 64


class CardDelegate(QStyledItemDelegate):
    """Paints :class:`~streamer_desktop.desktop.requests.model.Card` rows."""

    def __init__(self, times: ClockTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.times = times
        self._images: dict[tuple[object, ...], tuple[Card, QPixmap]] = {}

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(240, metrics.height() * 3 + _PAD * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card = index.data(Role.CARD)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        state = option.state
        flags = (bool(state & QStyle.StateFlag.State_Selected),
                 bool(state & QStyle.StateFlag.State_MouseOver),
                 bool(state & QStyle.StateFlag.State_HasFocus))
        request = card.request
        ratio = painter.device().devicePixelRatioF()
        key = (card.request_id, rect.width(), rect.height(), flags, ratio,
               palette_module.current_scheme(), option.font.key(),
               self.times.activity(request.last_activity_at),
               self.times.there(request.customer.time_zone))
        cached = self._images.get(key)
        if cached is None or cached[0] is not card:
            if len(self._images) > _CACHE_LIMIT:
                self._images.clear()
            image = QPixmap(rect.size() * ratio)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            image_painter = QPainter(image)
            self._paint_card(image_painter, QRect(0, 0, rect.width(), rect.height()),
                             option, card, flags)
            image_painter.end()
            cached = self._images[key] = (card, image)
        painter.drawPixmap(rect.topLeft(), cached[1])

    def _paint_card(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
                    card: Card, flags: tuple[bool, bool, bool]) -> None:
        selected, hovered, focused = flags
        palette: QPalette = option.palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = (palette.highlight().color() if selected else
                      palette.alternateBase().color() if hovered else palette.base().color())
        painter.fillRect(rect, background)
        accent = palette_module.accent(card.phase.value)
        if accent is not None:
            painter.fillRect(QRect(rect.left(), rect.top(), _EDGE, rect.height()), accent)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        small_metrics = QFontMetrics(small)
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        request = card.request
        name = request.customer.name

        # The avatar: initials on a colour of the name's own.
        size = 2 * line + 4
        avatar = QRect(rect.left() + _EDGE + _PAD, rect.top() + _PAD, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette_module.avatar(name))
        painter.drawEllipse(avatar)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(bold)
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initials(name))

        left = avatar.right() + 1 + _GAP
        right = rect.right() - _PAD
        width = right - left
        top = rect.top() + _PAD

        # Line 1: the name (and their clock, when it differs), and the last activity.
        activity = self.times.activity(request.last_activity_at)
        activity_w = small_metrics.horizontalAdvance(activity)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(right - activity_w, top, activity_w, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, activity)
        room = width - activity_w - _PAD
        shown_name = bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(QRect(left, top, room, line), Qt.AlignmentFlag.AlignLeft, shown_name)
        there = self.times.there(request.customer.time_zone)
        used = bold_metrics.horizontalAdvance(shown_name)
        if there and shown_name == name and used + _PAD < room:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRect(left + used + _PAD, top, room - used - _PAD, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(there, Qt.TextElideMode.ElideRight,
                                         room - used - _PAD))
        y = top + line

        # Line 2: the stream's chip, never cut, then its time in what room is left.
        if card.chip is not None:
            kind, words = card.chip
            chip_w = small_metrics.horizontalAdvance(words) + 12
            chip = QRectF(left, y + 2, chip_w, line - 3)
            chip_text, chip_background = palette_module.chip(kind)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip_background)
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setFont(small)
            painter.setPen(chip_text)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, words)
            rest = width - chip_w - 6
            if rest > 20:
                painter.setPen(accent if accent is not None and not selected else text_colour)
                painter.drawText(QRect(left + chip_w + 6, y, rest, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 small_metrics.elidedText(card.stream_when,
                                                          Qt.TextElideMode.ElideRight, rest))
            y += line

        # Then the last message, with the count of unread ones.
        summary = card.summary.replace("\n", " ")
        room = width
        unread = request.unread
        if unread:
            count = str(unread) if unread < 100 else "99+"
            badge_w = max(line - 2, small_metrics.horizontalAdvance(count) + 10)
            badge = QRectF(right - badge_w, y + 1, badge_w, line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text_colour if selected else palette.highlight().color())
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setFont(small)
            painter.setPen(palette.highlight().color() if selected
                           else palette.highlightedText().color())
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, count)
            room -= badge_w + 6
        painter.setFont(bold if unread else font)
        painter.setPen(text_colour if unread else muted)
        shown = (bold_metrics if unread else metrics).elidedText(
            summary, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(left, y, room, line), Qt.AlignmentFlag.AlignLeft, shown)

        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if focused:  # where the keyboard is, always visible
            ring = QColor(text_colour if selected else palette.highlight().color())
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1.5, -1.5))
