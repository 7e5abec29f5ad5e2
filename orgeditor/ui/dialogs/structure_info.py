"""The three template structures for people: names, one-line explanations, small icons.

Shared by the palette's Structures section and the template wizard. The explanations
paraphrase the source article's models (RULES.md, "The domain in one page").
"""

from __future__ import annotations

from functools import cache
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen

from orgeditor.templates import TEMPLATE_MODELS, TemplateError, default_params, describe
from orgeditor.ui.labels import model_text
from orgeditor.ui.language import shown_language
from orgeditor.ui.panels.icons import painted_icon

# stage colours (Okabe-Ito): lead generation, closing, retention; generalists
_STAGE = ("#56B4E9", "#0072B2", "#009E73")
_GENERALIST = "#0072B2"
_OUTLINE = "#5F6B7A"


def structure_blurb(model: str) -> str:
    """One line on what the model is, after the article."""
    return {
        "assembly_line": QCoreApplication.translate(
            "StructureInfo",
            "Specialists per stage: SDRs find leads, AEs close, account managers keep the "
            "customer, with handoffs in between.",
        ),
        "pod": QCoreApplication.translate(
            "StructureInfo",
            "Small cross-functional teams (SDR, AE, AM) that own their customers end to end.",
        ),
        "island": QCoreApplication.translate(
            "StructureInfo", "Generalists who do everything, from the first call to the renewal."
        ),
    }.get(model, "")


def structure_summary(model: str) -> str:
    """describe() of the model's default parameters ('' if it cannot be built)."""
    try:
        return describe(default_params(model), shown_language())
    except TemplateError:
        return ""


def structure_tooltip(model: str) -> str:
    how = QCoreApplication.translate(
        "StructureInfo",
        "Drag onto a card: the structure reports to it; onto empty canvas: a new tree.",
    )
    more = QCoreApplication.translate("StructureInfo", "Double-click to choose its size first.")
    return (
        f"<p style='white-space:normal'><b>{escape(model_text(model))}</b><br>"
        f"{escape(structure_blurb(model))}</p>"
        f"<p style='white-space:normal'><i>{escape(structure_summary(model))}</i></p>"
        f"<p style='white-space:normal'>{escape(how)}<br>{escape(more)}</p>"
    )


# ----- icons --------------------------------------------------------------------------------

ICON_W, ICON_H = 30, 16


def _paint(painter: QPainter, model: str) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPen(QColor(_OUTLINE), 1.0)
    h = ICON_H
    if model == "assembly_line":  # three stages in a row, handing over
        for i, colour in enumerate(_STAGE):
            x = 1.5 + i * 10
            painter.setPen(QPen(QColor(colour).darker(130), 1.0))
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(x, h / 2 - 3.5, 7, 7), 1.5, 1.5)
            if i < 2:
                painter.setPen(outline)
                painter.drawLine(QPointF(x + 7.5, h / 2), QPointF(x + 10, h / 2))
    elif model == "pod":  # two teams, each with every stage
        for pod in range(2):
            x0 = 0.5 + pod * 15
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(x0, 2.5, 14, h - 5), 3, 3)
            for i, colour in enumerate(_STAGE):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawEllipse(QPointF(x0 + 3.5 + i * 3.5, h / 2), 1.6, 1.6)
    else:  # island: alike generalists, each on their own
        for i in range(3):
            painter.setPen(QPen(QColor(_GENERALIST).darker(130), 1.0))
            painter.setBrush(QColor(_GENERALIST))
            painter.drawEllipse(QPointF(5 + i * 10, h / 2), 3.2, 3.2)


@cache
def structure_icon(model: str) -> QIcon:
    return painted_icon(ICON_W, ICON_H, lambda painter: _paint(painter, model))


STRUCTURE_MODELS: tuple[str, ...] = TEMPLATE_MODELS
