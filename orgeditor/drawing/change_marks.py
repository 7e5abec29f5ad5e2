"""Marks on the cards of a compared scenario: a coloured frame around each card that was added,
removed, moved (a new manager) or changed, with the word on a tag (colour is never the only
sign). Used by the compare view and the comparison PDF; the marks are items of their own on
top of the scene's cards, which stay as they are."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from orgeditor.drawing.scene import ChartScene
from orgeditor.drawing.style import CARD_H, CARD_W

# kind -> (colour, the tag's word); strong colours that read on white and on a projector
KINDS = {
    "added": ("#2e7d32", QT_TRANSLATE_NOOP("ChangeMarks", "New")),
    "removed": ("#c62828", QT_TRANSLATE_NOOP("ChangeMarks", "Removed")),
    "moved": ("#1565c0", QT_TRANSLATE_NOOP("ChangeMarks", "Moved")),
    "changed": ("#b45309", QT_TRANSLATE_NOOP("ChangeMarks", "Changed")),
}
FRAME = 6.0  # scene units between a card and its frame
Z = 5  # above the cards and their badges


def kind_colour(kind: str) -> QColor:
    return QColor(KINDS[kind][0])


def kind_word(kind: str) -> str:
    return QCoreApplication.translate("ChangeMarks", KINDS[kind][1])


def mark_changes(scene: ChartScene, kinds: Mapping[str, str]) -> list[QGraphicsItem]:
    """Frame and tag every shown card whose position id is in `kinds` (id -> change kind);
    returns the items added (remove them to clear the marks)."""
    frames: dict[str, QPainterPath] = {}
    items: list[QGraphicsItem] = []
    font = QFont()
    font.setPointSizeF(9.0)
    font.setBold(True)
    for pid, kind in kinds.items():
        place = scene.placed(pid)
        if place is None or kind not in KINDS:
            continue
        x, y = place
        rect = QRectF(x - FRAME, y - FRAME, CARD_W + 2 * FRAME, CARD_H + 2 * FRAME)
        frames.setdefault(kind, QPainterPath()).addRoundedRect(rect, 8.0, 8.0)
        tag = QGraphicsSimpleTextItem(kind_word(kind))
        tag.setFont(font)
        tag.setBrush(QBrush(Qt.GlobalColor.white))
        box = tag.boundingRect().adjusted(-4, -1, 4, 1)
        back = QGraphicsPathItem()
        shape = QPainterPath()
        shape.addRoundedRect(box, 3.0, 3.0)
        back.setPath(shape)
        back.setBrush(kind_colour(kind))
        back.setPen(Qt.PenStyle.NoPen)
        back.setPos(rect.right() - box.width() + 4, rect.top() - box.height() / 2)
        tag.setParentItem(back)
        back.setZValue(Z + 1)
        scene.addItem(back)
        items.append(back)
    for kind, path in frames.items():
        frame = QGraphicsPathItem(path)
        pen = QPen(kind_colour(kind), 4.0)
        if kind == "removed":
            pen.setStyle(Qt.PenStyle.DashLine)
        frame.setPen(pen)
        frame.setZValue(Z)
        frame.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(frame)
        items.append(frame)
    return items
