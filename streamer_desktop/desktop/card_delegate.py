"""Paints a request card: customer, stream line, last message; no widget per card."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from streamer_desktop.desktop import palette as palette_module
from streamer_desktop.desktop.roles import Role

_PAD = 8


class CardDelegate(QStyledItemDelegate):
    """Name, stream line (when there is a stream) and last message, with a coloured
    edge when the stream needs attention."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(240, metrics.height() * 3 + _PAD * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, palette.highlight() if selected else palette.base())
        accent = palette_module.accent(index.data(Role.PHASE) or "")
        if accent is not None:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), accent)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        font = QFont(option.font)
        line_height = QFontMetrics(font).height()
        left, width = rect.left() + _PAD + 4, rect.width() - 2 * _PAD - 4
        top = rect.top() + _PAD
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = index.data(Role.CUSTOMER) or ""
        painter.drawText(QRect(left, top, width, line_height), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, width))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        stream = index.data(Role.STREAM_LINE) or ""
        summary = (index.data(Role.SUMMARY) or "").replace("\n", " ")
        line = top + line_height
        if stream:  # the stream matters most: right under the name
            painter.setPen(accent if accent is not None and not selected else text_colour)
            painter.drawText(QRect(left, line, width, line_height), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(stream, Qt.TextElideMode.ElideRight, width))
            line += line_height
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText) if not selected
                       else text_colour)
        painter.drawText(QRect(left, line, width, line_height), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(summary, Qt.TextElideMode.ElideRight, width))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
