"""Paints the chat as a conversation: bubbles by side, grouped by sender, day separators,
system messages apart, and a stream's proposal or appointment as a box.

Sizes are measured once per message and view width and kept: a list view lays out every
row again whenever a row comes or goes, so a long chat must not be measured anew for
each message that arrives.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from streamer_desktop.desktop import palette as palette_module
from streamer_desktop.desktop.chat.model import ChatModel, ChatRow
from streamer_desktop.wire import MessageKind

_EDGE = 12  # from the view's sides
_PAD_X, _PAD_Y = 10, 6  # inside a bubble
_GAP, _GROUP_GAP = 10, 3  # above a message; above one that continues a group
_RADIUS = 10
_BUBBLE_SHARE = 0.72  # of the view's width, at most
_BUBBLE_MAX = 620
_BOX_MAX = 440
_DAY_HEIGHT_EXTRA = 14


@dataclass(frozen=True, slots=True)
class _Measure:
    height: int
    body_width: float  # the text block's width (wrapped), inside the padding
    body_height: float
    top: int  # where the bubble or box starts, below the gap and any day separator


def _wrapped(text: str, font: QFont, width: float) -> tuple[float, float]:
    """The width and height ``text`` takes in ``font`` wrapped at ``width``."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest, height


def _draw_wrapped(painter: QPainter, text: str, rect: QRectF,
                  align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    painter.drawText(rect, text, option)


def appointment_title(kind: MessageKind) -> str:
    if kind is MessageKind.CONFIRMATION_REQUEST:
        return QCoreApplication.translate("ChatDelegate", "Stream proposed")
    return QCoreApplication.translate("ChatDelegate", "Stream confirmed")


class ChatDelegate(QStyledItemDelegate):
    """Paints :class:`ChatModel` rows; knows its view for the width to wrap at."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._sizes: dict[tuple[int, str, bool, str], _Measure] = {}
        self._measured_for: tuple[int, int] = (0, 0)
        self._font_set: tuple[QFont, QFont, QFont] | None = None
        self._fonts_made = 0  # how many times the fonts were made: a new font, new sizes
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._font_set = None  # measure again in the new font
        return False

    # --- measuring ---------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        if self._font_set is None:
            font = QFont(self._view.font())
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.85)
            bold = QFont(font)
            bold.setBold(True)
            self._font_set = (font, small, bold)
            self._fonts_made += 1
        return self._font_set

    def _measure(self, row: ChatRow) -> _Measure:
        width = self._view.viewport().width()
        font, small, bold = self._fonts()
        context = (width, self._fonts_made)
        if context != self._measured_for:  # another width or font: measure afresh
            self._sizes.clear()
            self._measured_for = context
        key = (row.message_id, row.day, row.grouped, row.text)
        measure = self._sizes.get(key)
        if measure is None:
            measure = self._sizes[key] = self._work_out(row, width, font, small, bold)
        return measure

    def _work_out(self, row: ChatRow, width: int, font: QFont, small: QFont,
                  bold: QFont) -> _Measure:
        small_line = QFontMetricsF(small).height()
        top = _GROUP_GAP if row.grouped else _GAP
        if row.day:
            top += math.ceil(small_line) + _DAY_HEIGHT_EXTRA
        if row.is_appointment:
            inner: float = min(_BOX_MAX, width - 2 * _EDGE) - 2 * _PAD_X
            body_w, body_h = _wrapped(row.text, font, inner)
            height = (QFontMetricsF(bold).height() + body_h + small_line + 2 * _PAD_Y + 4)
            return _Measure(top + math.ceil(height), inner, body_h, top)
        if row.is_system:
            inner = max(40.0, width * 0.8)
            body_w, body_h = _wrapped(f"{row.text} · {row.time}", small, inner)
            return _Measure(top + math.ceil(body_h), body_w, body_h, top)
        inner = max(40.0, min(_BUBBLE_MAX, width * _BUBBLE_SHARE) - 2 * _PAD_X)
        body_w, body_h = _wrapped(row.text, font, inner)
        time_w = QFontMetricsF(small).horizontalAdvance(row.time)
        height = body_h + small_line + 2 * _PAD_Y
        return _Measure(top + math.ceil(height), max(body_w, time_w), body_h, top)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        model = index.model()
        if not isinstance(model, ChatModel):
            return super().sizeHint(option, index)
        measure = self._measure(model.row(index.row()))
        return QSize(self._view.viewport().width(), measure.height)

    # --- painting ----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if not isinstance(model, ChatModel):
            super().paint(painter, option, index)
            return
        row = model.row(index.row())
        measure = self._measure(row)
        colours = palette_module.current()
        font, small, bold = self._fonts()
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if row.day:
            self._paint_day(painter, row.day, rect, small, colours)
        top = rect.top() + measure.top
        if row.is_appointment:
            self._paint_box(painter, row, rect, top, measure, (font, small, bold), colours)
        elif row.is_system:
            painter.setFont(small)
            painter.setPen(QColor(colours.muted_text))
            inner = max(40.0, rect.width() * 0.8)
            _draw_wrapped(painter, f"{row.text} · {row.time}",
                          QRectF(rect.left() + (rect.width() - inner) / 2, top, inner,
                                 measure.body_height + 1), Qt.AlignmentFlag.AlignHCenter)
        else:
            self._paint_bubble(painter, row, rect, top, measure, font, small, colours)
        painter.restore()

    def _paint_day(self, painter: QPainter, label: str, rect: QRect, small: QFont,
                   colours: palette_module.Colours) -> None:
        metrics = QFontMetricsF(small)
        line_y = rect.top() + _GAP + metrics.height() / 2
        text_w = metrics.horizontalAdvance(label) + 16
        middle = rect.center().x()
        painter.setPen(QColor(colours.line))
        painter.drawLine(QPointF(rect.left() + _EDGE, line_y),
                         QPointF(middle - text_w / 2, line_y))
        painter.drawLine(QPointF(middle + text_w / 2, line_y),
                         QPointF(rect.right() - _EDGE, line_y))
        painter.setFont(small)
        painter.setPen(QColor(colours.muted_text))
        painter.drawText(QRectF(middle - text_w / 2, rect.top() + _GAP, text_w,
                                metrics.height()), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_bubble(self, painter: QPainter, row: ChatRow, rect: QRect, top: int,
                      measure: _Measure, font: QFont, small: QFont,
                      colours: palette_module.Colours) -> None:
        mine = row.sender == "streamer"
        width = math.ceil(measure.body_width) + 2 * _PAD_X
        height = rect.bottom() + 1 - top
        left = rect.right() + 1 - _EDGE - width if mine else rect.left() + _EDGE
        bubble = QRectF(left, top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.bubble_mine if mine else colours.bubble_theirs))
        painter.drawRoundedRect(bubble, _RADIUS, _RADIUS)
        painter.setFont(font)
        painter.setPen(QColor(colours.text))
        _draw_wrapped(painter, row.text, QRectF(left + _PAD_X, top + _PAD_Y,
                                                math.ceil(measure.body_width) + 1,
                                                measure.body_height + 1))
        painter.setFont(small)
        painter.setPen(QColor(colours.muted_text))
        painter.drawText(QRectF(left + _PAD_X, top + _PAD_Y + measure.body_height,
                                width - 2 * _PAD_X, QFontMetricsF(small).height()),
                         Qt.AlignmentFlag.AlignRight, row.time)

    def _paint_box(self, painter: QPainter, row: ChatRow, rect: QRect, top: int,
                   measure: _Measure, fonts: tuple[QFont, QFont, QFont],
                   colours: palette_module.Colours) -> None:
        font, small, bold = fonts
        width = measure.body_width + 2 * _PAD_X
        left = rect.left() + (rect.width() - width) / 2
        box = QRectF(left, top, width, rect.bottom() + 1 - top)
        tone = palette_module.Tone.INFO
        painter.setPen(QColor(colours.tone_text[tone]))
        painter.setBrush(QColor(colours.base))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        y: float = top + _PAD_Y
        painter.setFont(bold)
        title_h = QFontMetricsF(bold).height()
        painter.drawText(QRectF(left + _PAD_X, y, measure.body_width, title_h),
                         Qt.AlignmentFlag.AlignLeft, appointment_title(row.kind))
        y += title_h
        painter.setFont(font)
        painter.setPen(QColor(colours.text))
        _draw_wrapped(painter, row.text,
                      QRectF(left + _PAD_X, y, measure.body_width, measure.body_height + 1))
        y += measure.body_height + 4
        painter.setFont(small)
        painter.setPen(QColor(colours.muted_text))
        small_h = QFontMetricsF(small).height()
        painter.drawText(QRectF(left + _PAD_X, y, measure.body_width, small_h),
                         Qt.AlignmentFlag.AlignLeft, row.time)
        painter.setPen(QColor(colours.tone_text[tone]))
        painter.drawText(QRectF(left + _PAD_X, y, measure.body_width, small_h),
                         Qt.AlignmentFlag.AlignRight,
                         QCoreApplication.translate("ChatDelegate", "Actions ▾"))

