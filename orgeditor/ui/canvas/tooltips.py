"""Tooltips on the canvas: a card's full details, or the findings behind its badge.

Cards elide long titles and show only the worst severity and a count on their badge; hovering
tells the rest. The text is built only when Qt asks for a tooltip (never per card or per edit),
from the model and the findings the scene keeps per position (ChartScene.findings_of).
card_tooltip and badge_tooltip are pure functions of the chart and the findings; CanvasToolTips
answers the viewport's tooltip events with them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QToolTip

from orgeditor.drawing.card_item import CARD_RECT, CardItem, badge_rect, fold_rect
from orgeditor.drawing.style import SEVERITY_COLOURS, SEVERITY_ORDER, TEXT_MUTED
from orgeditor.model import SEGMENT_DIMENSIONS, Chart, catalogue
from orgeditor.ui.labels import dimension_text, role_text, status_text

if TYPE_CHECKING:
    from orgeditor.ui.canvas.view import ChartView

MAX_FINDINGS = 6  # in one tooltip; the checks panel lists them all
BADGE_SLOP = 3.0  # screen pixels around the badge that still count as on it
MAX_TIP_WIDTH = 420  # pixels; longer lines (finding messages) wrap
_MUTED = TEXT_MUTED.name()
CONTEXT = "CanvasToolTips"
SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("CanvasToolTips", "Error"),
    "warning": QT_TRANSLATE_NOOP("CanvasToolTips", "Warning"),
    "info": QT_TRANSLATE_NOOP("CanvasToolTips", "Info"),
}


def _severity_label(severity: str) -> str:
    word = SEVERITY_WORDS.get(severity)
    return QCoreApplication.translate(CONTEXT, word) if word else severity


def _line(label: str, value: str) -> str:
    """'<label>: <value>', both escaped."""
    return f"{escape(label)}: {escape(value)}"


def _muted(html: str) -> str:
    return f"<span style='color:{_MUTED}'>{html}</span>"


def _findings_lines(findings: Sequence[object]) -> list[str]:
    """One line per finding, worst first; at most MAX_FINDINGS, then how many more."""

    def rank(finding: object) -> int:
        return -SEVERITY_ORDER.get(str(getattr(finding, "severity", "info")), 0)

    ordered = sorted(findings, key=rank)  # stable: the checker's order within a severity
    lines = []
    for finding in ordered[:MAX_FINDINGS]:
        severity = str(getattr(finding, "severity", "info"))
        colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"]).name()
        message = escape(str(getattr(finding, "message", "")))
        label = escape(_severity_label(severity))
        lines.append(f"<span style='color:{colour}'><b>{label}</b></span>: {message}")
    hidden = len(ordered) - MAX_FINDINGS
    if hidden > 0:
        lines.append(
            _muted(
                escape(
                    QCoreApplication.translate("CanvasToolTips", "and %1 more").replace(
                        "%1", str(hidden)
                    )
                )
            )
        )
    return lines


def card_tooltip(chart: Chart, position_id: str, findings: Sequence[object] = ()) -> str:
    """Rich text about one card: full title, who sits there, role and why, status, segments,
    team and the findings that concern it."""
    position = chart.position(position_id)
    no_title = QCoreApplication.translate("CanvasToolTips", "(no title)")
    title = escape(position.title) if position.title else f"<i>{escape(no_title)}</i>"
    lines = [f"<b>{title}</b>"]
    status = position.status
    if status == "filled" and not position.name.strip():
        status = "vacant"  # an empty name means nobody sits there (as on the card)
    if status == "filled":
        lines.append(escape(position.name))
    else:
        seat = (
            QCoreApplication.translate("CanvasToolTips", "Planned seat")
            if status == "planned"
            else QCoreApplication.translate("CanvasToolTips", "Vacant seat")
        )
        named = f"{escape(position.name)} · " if position.name.strip() else ""
        lines.append(f"{named}<i>{escape(seat)}</i>")

    lines.append(
        _line(QCoreApplication.translate("CanvasToolTips", "Role"), role_text(position.role))
    )
    if position.explicit_role:
        how = escape(QCoreApplication.translate("CanvasToolTips", "Chosen by hand"))
    else:  # as the inspector says it: the words of the title that decided
        reason = catalogue().infer(position.title).reason
        how = escape(
            QCoreApplication.translate("CanvasToolTips", "Inferred from title: %1").replace(
                "%1", reason
            )
        )
    lines.append(_muted(how))
    lines.append(_line(QCoreApplication.translate("CanvasToolTips", "Status"), status_text(status)))

    team = chart.team(position.team) if position.team and chart.has_team(position.team) else None
    for dimension in SEGMENT_DIMENSIONS:
        value = chart.effective_segment(position_id, dimension)
        if not value:
            continue
        line = f"{escape(dimension_text(dimension))}: {escape(value)}"
        if not position.segment(dimension) and team is not None:  # inherited from the team
            line += " " + _muted(
                escape(QCoreApplication.translate("CanvasToolTips", "(from the team)"))
            )
        lines.append(line)
    if team is not None:
        lines.append(
            _line(QCoreApplication.translate("CanvasToolTips", "Team"), team.name or team.id)
        )

    if findings:
        lines.append("")
        lines.extend(_findings_lines(findings))
    return "<qt>" + "<br>".join(lines) + "</qt>"


def badge_tooltip(findings: Sequence[object], folded: Sequence[object] = ()) -> str:
    """Rich text listing a card's findings, worst first; for a folded manager, those of the
    positions folded away under it after its own."""
    count = len(findings) + len(folded)
    if count == 1:
        heading = escape(QCoreApplication.translate("CanvasToolTips", "1 finding"))
    else:
        heading = escape(QCoreApplication.translate("CanvasToolTips", "%1 findings"))
        heading = heading.replace("%1", str(count))
    if folded:
        heading += " " + _muted(
            escape(
                QCoreApplication.translate("CanvasToolTips", "(%1 in the folded branch)").replace(
                    "%1", str(len(folded))
                )
            )
        )
    lines = [f"<b>{heading}</b>", *_findings_lines(findings)]
    if folded:
        lines.append(
            _muted(escape(QCoreApplication.translate("CanvasToolTips", "In the folded branch:")))
        )
        lines.extend(_findings_lines(folded))
    return "<qt>" + "<br>".join(lines) + "</qt>"


def fold_tooltip(folded: bool, count: int) -> str:
    """What a fold marker does."""
    if folded:
        text = (
            QCoreApplication.translate("CanvasToolTips", "1 position folded away: click to show it")
            if count == 1
            else QCoreApplication.translate(
                "CanvasToolTips", "%1 positions folded away: click to show them"
            ).replace("%1", str(count))
        )
    else:
        text = QCoreApplication.translate("CanvasToolTips", "Click to fold this branch away")
    return f"<qt>{escape(text)}</qt>"


class CanvasToolTips(QObject):
    """Answers tooltip requests on a chart view's viewport: the badge's findings when the
    pointer is on a badge, the card's details on a card, nothing on empty canvas."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def tooltip_at(self, point: QPoint) -> tuple[str, QRect] | None:
        """(rich text, viewport rectangle it is about) for a viewport point, or None."""
        view = self._view
        scene = view.chart_scene
        scene_pos = view.mapToScene(point)
        lod = view.zoom()
        # the badge overhangs the card's corner: look at the cards' bounding rects for it
        for item in scene.items(scene_pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if not isinstance(item, CardItem) or item.badge is None or not item.isVisible():
                continue
            slop = BADGE_SLOP / max(lod, 1e-6)
            area = badge_rect(lod).adjusted(-slop, -slop, slop, slop)
            if area.contains(item.mapFromScene(scene_pos)):
                findings = scene.findings_of(item.position_id)
                folded = scene.folded_findings_of(item.position_id)
                if findings or folded:
                    return badge_tooltip(findings, folded), self._on_view(item, area)
        card = scene.card_at(scene_pos)
        if card is None or card.position_id not in scene.chart:
            return None
        pid = card.position_id
        fold = card.fold
        if fold is not None and card.on_fold_marker(card.mapFromScene(scene_pos)):
            return fold_tooltip(*fold), self._on_view(card, fold_rect(fold))
        text = card_tooltip(scene.chart, pid, scene.findings_of(pid))
        return text, self._on_view(card, CARD_RECT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        found = self.tooltip_at(event.pos())
        if found is None:
            QToolTip.hideText()
            event.ignore()
        else:
            text, rect = found
            QToolTip.showText(event.globalPos(), _fitted(text), self._view.viewport(), rect)
        return True

    def _on_view(self, card: CardItem, rect: QRectF) -> QRect:
        return self._view.mapFromScene(card.mapRectToScene(rect)).boundingRect()


def _fitted(text: str) -> str:
    """The tooltip at its natural width, up to MAX_TIP_WIDTH: Qt word-wraps rich tooltips at a
    narrow guess of its own, which folds even short lines."""
    doc = QTextDocument()
    doc.setDefaultFont(QToolTip.font())
    doc.setHtml(text)
    width = min(MAX_TIP_WIDTH, math.ceil(doc.idealWidth()) + 2)
    inner = text.removeprefix("<qt>").removesuffix("</qt>")
    return f"<qt><table width='{width}'><tr><td>{inner}</td></tr></table></qt>"
