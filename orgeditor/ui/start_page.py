"""The start page: what a window shows in place of the canvas when it starts with no chart
(and on File ▸ Start Page).

It offers the three sales models as templates (assembly line, pod, island: the palette's
structures at their default size), an empty chart, an import of an HR export, the built-in
example charts and the recent files. It only says what was chosen (signals); the window does
it, and goes back to the canvas as soon as a chart is opened, created or edited
(orgeditor/ui/main_window.py).

Made for workshops as much as desks: large text with strong contrast (readable on a projector),
every choice a button in reading order (Tab walks them, Enter or Space picks one), each with an
accessible name and description.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QIcon, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from orgeditor.templates import TemplateError, build_chart, default_params
from orgeditor.ui.dialogs import structure_info
from orgeditor.ui.dialogs.structure_info import STRUCTURE_MODELS, structure_blurb
from orgeditor.ui.examples import EXAMPLES
from orgeditor.ui.labels import model_text
from orgeditor.ui.panels.icons import painted_icon
from orgeditor.ui.panels.mime import role_from_mime, structure_from_mime
from orgeditor.ui.theme import is_dark

# colours: dark text on white cards on a light page, a strong blue for focus (contrast > 7:1);
# under a dark theme (ui/theme.py) light text on dark cards, as strong
PAGE = "#EEF1F5"
CARD = "#FFFFFF"
TEXT = "#1B2430"
DETAIL = "#39465A"
MUTED = "#4A5568"
EDGE = "#AEB8C4"
ACCENT = "#0B5CAD"
HOVER = "#EAF2FC"
LIGHT_COLOURS = {
    "page": PAGE,
    "card": CARD,
    "text": TEXT,
    "detail": DETAIL,
    "muted": MUTED,
    "edge": EDGE,
    "accent": ACCENT,
    "hover": HOVER,
    "pressed": "#D5E5F8",
    "off_card": "#F4F5F7",
    "off_edge": "#D5DAE1",
    "off_text": "#6B7280",
}
DARK_COLOURS = {
    "page": "#1A1E24",
    "card": "#252B35",
    "text": "#F2F4F7",
    "detail": "#D0D5DD",
    "muted": "#B4BCC8",
    "edge": "#4B5565",
    "accent": "#6EA8FE",
    "hover": "#2C3A4F",
    "pressed": "#31456B",
    "off_card": "#1F242B",
    "off_edge": "#353B44",
    "off_text": "#8A93A0",
}

ICON_SCALE = 3  # the palette's structure icons, three times as large

_STYLE = """
QWidget#startPageContent {{ background: {page}; }}
QLabel {{ color: {text}; background: transparent; }}
QLabel#startSubtitle, QLabel#startNote {{ color: {muted}; }}
QPushButton[choice="true"] {{
    background: {card}; border: 2px solid {edge}; border-radius: 10px; text-align: left;
}}
QPushButton[choice="true"]:hover {{ background: {hover}; border-color: {accent}; }}
QPushButton[choice="true"]:focus {{ background: {hover}; border: 3px solid {accent}; }}
QPushButton[choice="true"]:pressed {{ background: {pressed}; }}
QPushButton[choice="true"]:disabled {{ background: {off_card}; border-color: {off_edge}; }}
QLabel#choiceDetail {{ color: {detail}; }}
QLabel:disabled, QLabel#choiceDetail:disabled {{ color: {off_text}; }}
"""
STYLE = _STYLE.format(**LIGHT_COLOURS)


def page_style(dark: bool) -> str:
    """The page's style sheet, light or dark."""
    return _STYLE.format(**(DARK_COLOURS if dark else LIGHT_COLOURS))


def base_points() -> float:
    """The page's body text size: the application's font, never under 10 pt."""
    return max(10.0, QApplication.font().pointSizeF())


def scaled_font(factor: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(base_points() * factor)
    font.setBold(bold)
    return font


def _large_structure_icon(model: str) -> QIcon:
    w, h = structure_info.ICON_W, structure_info.ICON_H

    def paint(painter: QPainter) -> None:
        painter.scale(ICON_SCALE, ICON_SCALE)
        structure_info._paint(painter, model)  # the palette's drawing, larger

    return painted_icon(w * ICON_SCALE, h * ICON_SCALE, paint)


@cache
def template_size(model: str) -> tuple[int, int]:
    """(sellers, positions) of the model's default structure (what a click creates)."""
    try:
        params = default_params(model)
        return params.sellers_per_copy, len(build_chart(params))
    except TemplateError:
        return 0, 0


class ChoiceButton(QPushButton):
    """A large button: an optional icon, a bold title and a line or two of detail. Enter,
    Return and Space click it; its accessible name is the title, the detail its description."""

    def __init__(
        self,
        name: str,
        title: str,
        detail: str = "",
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("choice", True)
        self.setAutoDefault(True)  # Enter and Return click it (outside dialogs too)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        text = QVBoxLayout(self)
        text.setContentsMargins(16, 12, 16, 14)
        text.setSpacing(4)
        if icon is not None:  # above the title: the text keeps the card's whole width
            size = QSize(structure_info.ICON_W * ICON_SCALE, structure_info.ICON_H * ICON_SCALE)
            picture = QLabel(self)
            picture.setObjectName("choiceIcon")
            picture.setPixmap(icon.pixmap(size))
            picture.setFixedSize(size)
            picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            text.addWidget(picture)
            text.addSpacing(4)
        self.title_label = self._label(title, "choiceTitle", scaled_font(1.35, bold=True))
        text.addWidget(self.title_label)
        self.detail_label = None
        if detail:
            self.detail_label = self._label(detail, "choiceDetail", scaled_font(1.12))
            text.addWidget(self.detail_label)
        text.addStretch(1)

    def _label(self, text: str, name: str, font: QFont) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setFont(font)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks: the button
        return label

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()


class StartPage(QWidget):
    """The choices; the window acts on the signals (see the module's docstring)."""

    templateChosen = Signal(str)  # a template model key: "assembly_line", "pod", "island"
    exampleChosen = Signal(str)  # an example key (orgeditor/ui/examples.py)
    recentChosen = Signal(str)  # a file path
    emptyChosen = Signal()
    importChosen = Signal()
    backChosen = Signal()  # back to the chart shown before (File ▸ Start Page)
    canvasWanted = Signal()  # a palette drag came in: the canvas takes the drop
    roleDropped = Signal(str)  # a role dropped on the page itself: a new tree
    structureDropped = Signal(str)  # a structure dropped on the page itself: a new tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName(self.tr("Start page"))
        self.setAcceptDrops(True)  # a palette drag switches to the canvas

        content = QWidget()
        content.setObjectName("startPageContent")
        content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.content = content
        content.setStyleSheet(page_style(is_dark(self.palette())))
        scroll = QScrollArea(self)
        scroll.setObjectName("startPageScroll")
        scroll.setAccessibleName(self.tr("Start page"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        # the choices in a column of readable width, centred in wide windows
        column_host = QHBoxLayout(content)
        column_host.setContentsMargins(32, 28, 32, 32)
        column_host.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column_host.addLayout(column, 40)
        column_host.addStretch(1)
        self.column = column

        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(4)
        title = QLabel(self.tr("Start a sales organisation chart"))
        title.setObjectName("startTitle")
        title.setFont(scaled_font(2.0, bold=True))
        title.setWordWrap(True)
        subtitle = QLabel(
            self.tr(
                "Pick the model your sales team follows, open an example, or bring in the "
                "export from your HR system."
            )
        )
        subtitle.setObjectName("startSubtitle")
        subtitle.setFont(scaled_font(1.2))
        subtitle.setWordWrap(True)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        header.addLayout(heading, 1)
        self.back_button = QPushButton(self.tr("Back to the Chart"))
        self.back_button.setObjectName("startBack")
        self.back_button.setFont(scaled_font(1.05))
        self.back_button.setAutoDefault(True)
        self.back_button.setToolTip(self.tr("Close the start page (Esc)"))
        self.back_button.clicked.connect(self.backChosen)
        self.back_button.hide()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(header)

        self.choices: list[QPushButton] = []  # in tab order

        # the three models
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Start from a sales model")))
        models = QGridLayout()
        models.setSpacing(12)
        self.template_buttons: dict[str, ChoiceButton] = {}
        for i, model in enumerate(STRUCTURE_MODELS):
            button = ChoiceButton(
                f"startTemplate_{model}",
                model_text(model),
                structure_blurb(model) + "\n" + self._size_text(model),
                _large_structure_icon(model),
            )
            button.clicked.connect(lambda _checked=False, m=model: self.templateChosen.emit(m))
            models.addWidget(button, 0, i)
            models.setColumnStretch(i, 1)
            self.template_buttons[model] = button
            self.choices.append(button)
        column.addLayout(models)

        others = QHBoxLayout()
        others.setSpacing(12)
        self.import_button = ChoiceButton(
            "startImport",
            self.tr("Import from HR Export…"),
            self.tr("A CSV or Excel file with one row per employee and who they report to"),
        )
        self.import_button.clicked.connect(self.importChosen)
        self.empty_button = ChoiceButton(
            "startEmpty",
            self.tr("Empty Chart"),
            self.tr("Drag roles from the palette onto the canvas"),
        )
        self.empty_button.clicked.connect(self.emptyChosen)
        others.addWidget(self.import_button, 2)
        others.addWidget(self.empty_button, 1)
        column.addLayout(others)
        self.choices += [self.import_button, self.empty_button]

        # examples and recent files side by side
        column.addSpacing(8)
        lists = QHBoxLayout()
        lists.setSpacing(24)
        examples = QVBoxLayout()
        examples.setSpacing(10)
        examples.addWidget(self._section(self.tr("Open an example")))
        self.example_buttons: dict[str, ChoiceButton] = {}
        for key, label in EXAMPLES.items():
            company = label.split(": ", 1)[-1]
            button = ChoiceButton(
                f"startExample_{key}",
                company,
                self.tr("Built-in example: %1").replace("%1", model_text(key)),
            )
            button.clicked.connect(lambda _checked=False, k=key: self.exampleChosen.emit(k))
            examples.addWidget(button)
            self.example_buttons[key] = button
            self.choices.append(button)
        examples.addStretch(1)
        lists.addLayout(examples, 1)

        recent = QVBoxLayout()
        recent.setSpacing(10)
        recent.addWidget(self._section(self.tr("Recent charts")))
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(10)
        recent.addLayout(self.recent_box)
        recent.addStretch(1)
        lists.addLayout(recent, 1)
        column.addLayout(lists)
        column.addStretch(1)

        self.recent_buttons: list[ChoiceButton] = []
        self.no_recent = QLabel(self.tr("Charts you open, import or save will be listed here."))
        self.no_recent.setObjectName("startNote")
        self.no_recent.setFont(scaled_font(1.05))
        self.no_recent.setWordWrap(True)
        self.recent_box.addWidget(self.no_recent)
        self._chain_tabs()

    # ----- API -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            wanted = page_style(is_dark(self.palette()))  # a theme was chosen: follow it
            if self.content.styleSheet() != wanted:
                self.content.setStyleSheet(wanted)

    def set_recent(self, files: list[str]) -> None:
        """The recent files, newest first; one that is gone is shown greyed out."""
        for button in self.recent_buttons:
            self.recent_box.removeWidget(button)
            button.hide()  # at once: the delete waits for the event loop
            button.deleteLater()
        self.recent_buttons = []
        for i, name in enumerate(files):
            path = Path(name)
            button = ChoiceButton(f"startRecent_{i}", path.name, str(path.parent))
            button.setToolTip(name)
            button.setEnabled(path.exists())
            button.clicked.connect(lambda _checked=False, n=name: self.recentChosen.emit(n))
            self.recent_box.addWidget(button)
            button.show()  # now, not when the event loop next runs
            self.recent_buttons.append(button)
        self.no_recent.setVisible(not files)
        self._chain_tabs()

    def set_back_visible(self, visible: bool) -> None:
        self.back_button.setVisible(visible)

    def first_choice(self) -> QPushButton:
        return self.choices[0]

    def focus_first(self) -> None:
        self.first_choice().setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- keyboard and drops ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.backChosen.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if role_from_mime(mime) or structure_from_mime(mime):
            event.acceptProposedAction()
            self.canvasWanted.emit()  # the page goes; the drag carries on over the canvas
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A drop that still lands here (the canvas did not take over in time): a new tree."""
        mime = event.mimeData()
        role, structure = role_from_mime(mime), structure_from_mime(mime)
        if role:
            event.acceptProposedAction()
            self.roleDropped.emit(role)
        elif structure:
            event.acceptProposedAction()
            self.structureDropped.emit(structure)
        else:
            event.ignore()

    # ----- internals ---------------------------------------------------------------------------

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("startSection")
        label.setFont(scaled_font(1.35, bold=True))
        label.setAccessibleName(text)
        return label

    def _size_text(self, model: str) -> str:
        sellers, positions = template_size(model)
        return (
            self.tr("Creates %1 sellers in %2 positions; change anything afterwards.")
            .replace("%1", str(sellers))
            .replace("%2", str(positions))
        )

    def _chain_tabs(self) -> None:
        """Tab walks the choices in reading order: models, import, empty, examples, recent."""
        chain = [self.back_button, *self.choices, *self.recent_buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
