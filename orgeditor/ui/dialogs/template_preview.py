"""The template wizard's live preview: the chart a template would make, on a small read-only
canvas (the real EditScene and ChartView on a private Document), the describe() line, and the
findings the checks would report on it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Chart
from orgeditor.rules import Finding
from orgeditor.ui.canvas.edit_scene import EditScene
from orgeditor.ui.canvas.view import ChartView
from orgeditor.ui.document import Document
from orgeditor.ui.panels.findings_model import FindingsModel
from orgeditor.ui.panels.findings_view import FindingsView
from orgeditor.ui.panels.severity_style import SEVERITIES, severity_icon
from orgeditor.ui.theme import drawing_scheme, is_dark

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}


class PreviewView(ChartView):
    """A ChartView that only shows: no gestures, no editing, no drops; always fitted."""

    def __init__(self, scene: EditScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("templatePreviewCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self.stale = False
        self.follow_palette()

    def follow_palette(self) -> None:
        """The chart in the colours of the interface: dark cards on a dark palette."""
        scheme = drawing_scheme(self.palette())
        self.chart_scene.set_scheme(scheme)
        self.setBackgroundBrush(scheme.background)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.follow_palette()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            event.ignore()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def show_start(self) -> None:  # a new chart: always the whole of it
        self.fit()

    def set_stale(self, stale: bool) -> None:
        """Veil the chart: it no longer matches the parameters."""
        if stale != self.stale:
            self.stale = stale
            self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        # not the canvas's invitation to drag roles onto an empty chart: nothing drops here
        if self.stale:
            veil = QColor(self.backgroundBrush().color())
            veil.setAlpha(200)
            painter.save()
            painter.resetTransform()
            painter.fillRect(self.viewport().rect(), veil)
            painter.restore()


class TemplatePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = Document(parent=self)
        self.scene = EditScene(self.document)
        self.view = PreviewView(self.scene, self)
        self.view.setMinimumSize(420, 260)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)

        self.summary = QLabel(self)
        self.summary.setObjectName("templateSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.error_icon = QLabel(self)
        self.error_icon.setPixmap(severity_icon("error", 18).pixmap(18, 18))
        self.error_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.error = QLabel(self)
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        error_row = QHBoxLayout()
        error_row.setSpacing(8)
        error_row.addWidget(self.error_icon)
        error_row.addWidget(self.error, 1)
        self.error_box = QFrame(self)
        self.error_box.setObjectName("templateErrorBox")
        self.error_box.setLayout(error_row)
        self._style_error_box()
        self.error_box.hide()

        self.findings_label = QLabel(self)
        self.findings_label.setObjectName("templateFindingsLabel")
        bold = self.findings_label.font()
        bold.setBold(True)
        self.findings_label.setFont(bold)
        self.findings_model = FindingsModel(self)
        self.findings_view = FindingsView(self)
        self.findings_view.setObjectName("templateFindings")
        self.findings_view.setAccessibleName(self.tr("Findings"))
        self.findings_view.setModel(self.findings_model)
        self._clean_text = self.tr("The checks have nothing to say about this structure.")
        self.findings_view.empty_text = self._clean_text
        self.findings_view.setFixedHeight(120)
        self.findings_view.setSelectionMode(FindingsView.SelectionMode.NoSelection)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.summary)
        column.addWidget(self.error_box)
        column.addWidget(self.view, 1)
        column.addWidget(self.findings_label)
        column.addWidget(self.findings_view)

    # ----- public --------------------------------------------------------------------------

    @property
    def chart(self) -> Chart:
        return self.document.chart

    def show_chart(self, chart: Chart, findings: Sequence[Finding], summary: str) -> None:
        """Show a freshly built chart (the preview owns it from now on)."""
        self.error_box.hide()
        self.view.set_stale(False)
        self.findings_view.empty_text = self._clean_text
        self.document.replace_chart(chart, None)
        self.scene.flush()
        self.scene.set_findings(findings)
        self.view.fit()
        self.summary.setText(summary)
        self.summary.show()
        self.findings_model.set_findings(findings)
        self.findings_label.setText(self._findings_heading(findings))

    def show_error(self, message: str) -> None:
        """Parameters the template cannot build from: say why, dim the last good preview."""
        self.error.setText(_readable(message))
        self.error_box.show()
        self.summary.hide()
        self.view.set_stale(True)
        self.findings_view.empty_text = self.tr("Findings show once the structure can be built.")
        self.findings_model.set_findings([])
        self.findings_label.setText(self.tr("Findings"))

    def close_document(self) -> None:
        """Before the dialog goes: an empty stack clears without signalling a dying Document."""
        self.document.undo_stack.clear()

    # ----- internals -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_error_box()

    def _style_error_box(self) -> None:
        """An orange-framed box, pale on a light palette and deep on a dark one."""
        fill, text = ("#3D2414", "#FFC9A8") if is_dark(self.palette()) else ("#FBEDE4", "#7A2E00")
        sheet = (
            f"#templateErrorBox {{ background: {fill}; border: 1px solid #D55E00;"
            f" border-radius: 6px; }} #templateErrorBox QLabel {{ color: {text}; }}"
        )
        if self.error_box.styleSheet() != sheet:  # a style sheet set sends PaletteChange
            self.error_box.setStyleSheet(sheet)

    def _findings_heading(self, findings: Sequence[Finding]) -> str:
        if not findings:
            return self.tr("No findings")
        counts = {s: sum(f.severity == s for f in findings) for s in SEVERITIES}
        words = {
            "error": lambda n: self.tr("%n error(s)", "", n),
            "warning": lambda n: self.tr("%n warning(s)", "", n),
            "info": lambda n: self.tr("%n note(s)", "", n),
        }
        parts = [words[s](n) for s, n in counts.items() if n]
        return self.tr("Findings the chart would have: %1").replace("%1", ", ".join(parts))


def _readable(message: str) -> str:
    """A TemplateError's message for people: parameter names as words, a capital first."""
    for name in ("sellers_per_manager", "pod_sdr", "pod_ae", "pod_am", "pod_csm"):
        message = message.replace(name, name.replace("_", " "))
    return message[:1].upper() + message[1:]
