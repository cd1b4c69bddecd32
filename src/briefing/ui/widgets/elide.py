"""A list row of a title and a last line (a visit's dates): the title takes at most two lines, its
end elided with "…", and the last line always shows, however long the title."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

TITLE_LINES = 2
PAD = 4


class TitleAndDatesDelegate(QStyledItemDelegate):
    """Paints a row's display text "title\\nlast line": the title on up to two lines, then the last line."""

    @staticmethod
    def _parts(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title, _, last = text.rpartition("\n")
        return (title, last) if title else (last, "")

    def _lines(self, option: QStyleOptionViewItem, index) -> list[str]:
        title, last = self._parts(index)
        width = max(20, option.rect.width() - 2 * PAD)
        return _wrap(title, option, width) + ([last] if last else [])

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        self.initStyleOption(option, index)
        metrics = QFontMetrics(option.font)
        view = option.widget
        viewport = getattr(view, "viewport", None)
        width = viewport().width() - 2 * getattr(view, "spacing", lambda: 0)() if viewport is not None else 200
        option.rect = QRect(0, 0, width, 0)
        lines = self._lines(option, index)
        return QSize(width, len(lines) * metrics.lineSpacing() + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        lines = self._lines(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(option.font)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(role))
        y = option.rect.top() + PAD
        for line in lines:
            rect = QRect(option.rect.left() + PAD, y, option.rect.width() - 2 * PAD, metrics.lineSpacing())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += metrics.lineSpacing()
        painter.restore()


def _wrap(title: str, option: QStyleOptionViewItem, width: int) -> list[str]:
    layout = QTextLayout(title, option.font)
    metrics = QFontMetrics(option.font)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(lines) == TITLE_LINES - 1:
            rest = title[start:]
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(title[start : start + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]
