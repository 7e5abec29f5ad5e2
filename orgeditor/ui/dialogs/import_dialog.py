"""Import a CSV or Excel (.xlsx) file: preview its first rows, choose what each column feeds
(the automatic mapping preselected), see the problems the import would report, then take it.

    outcome = import_file(parent, path)
    if outcome is not None:
        chart, problems = outcome
        chart.settings.name = path.stem
        document.replace_chart(chart, None, clean=False)

The problems follow every change of mapping or sheet after a short pause (REFRESH_DELAY_MS):
the real import (read_csv / read_xlsx with the chosen mapping) runs again, so what the list
shows is what the chart will have. A file that is not a table of positions (ChartFileError)
shows its message and disables OK.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io import (
    CUSTOM,
    FIELDS,
    IGNORE,
    MAX_POSITIONS,
    ChartFileError,
    ColumnMapping,
    CsvPreview,
    XlsxPreview,
    list_sheets,
    preview_csv,
    preview_xlsx,
    read_csv,
    read_xlsx,
)
from orgeditor.model import DIMENSION_LABELS, Chart, ImportProblem
from orgeditor.rules.problem_texts import problem_text
from orgeditor.ui.labels import dimension_text
from orgeditor.ui.language import shown_language
from orgeditor.ui.panels.figure_widgets import quiet_colour, readable_colour

REFRESH_DELAY_MS = 200
PREVIEW_ROWS = 20

# the combo's words for the fields, written out so lupdate finds them (translated at use in
# the "ImportDialog" context; the segment dimensions go through the "Labels" context)
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ImportDialog", "ID"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "manager_id": QT_TRANSLATE_NOOP("ImportDialog", "Manager (reports to)"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    "team": QT_TRANSLATE_NOOP("ImportDialog", "Team"),
    "team_kind": QT_TRANSLATE_NOOP("ImportDialog", "Team kind"),
    **DIMENSION_LABELS,
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    "cost": QT_TRANSLATE_NOOP("ImportDialog", "Cost"),
    "location": QT_TRANSLATE_NOOP("ImportDialog", "Location"),
    "team_id": QT_TRANSLATE_NOOP("ImportDialog", "Team ID"),
    "dotted_managers": QT_TRANSLATE_NOOP("ImportDialog", "Dotted-line managers"),
}
CUSTOM_LABEL = QT_TRANSLATE_NOOP("ImportDialog", "Keep as custom field")
IGNORE_LABEL = QT_TRANSLATE_NOOP("ImportDialog", "Ignore")
# the combo's choices, in order: (assignment, label in English)
CHOICES: tuple[tuple[str, str], ...] = (
    *((field, FIELD_LABELS.get(field, field.replace("_", " ").capitalize())) for field in FIELDS),
    (CUSTOM, CUSTOM_LABEL),
    (IGNORE, IGNORE_LABEL),
)
_DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportDialog", "pipe"),
    ":": QT_TRANSLATE_NOOP("ImportDialog", "colon"),
}
_KIND_LABELS = {
    "duplicate_id": QT_TRANSLATE_NOOP("ImportDialog", "Duplicate id"),
    "unknown_manager": QT_TRANSLATE_NOOP("ImportDialog", "Unknown manager"),
    "cycle": QT_TRANSLATE_NOOP("ImportDialog", "Cycle"),
    "extra_manager": QT_TRANSLATE_NOOP("ImportDialog", "Extra manager"),
}
# the hues of a warning and of an error, made readable on the dialog's palette when shown
_WARNING_HUE = QColor("#B54708")
_ERROR_HUE = QColor("#D92D20")


MAX_POSITIONS_KEY = "import/maxPositions"


def max_positions_setting() -> int:
    """The most positions a file may have to be imported or opened in the window: the setting
    import/maxPositions (a whole number from 1), else io.MAX_POSITIONS (250,000). The limit
    stops a huge or hostile file early; the setting raises it for a really big organisation."""
    value = QSettings().value(MAX_POSITIONS_KEY, MAX_POSITIONS)
    try:
        number = int(value)
    except (TypeError, ValueError):  # hand-edited settings: the default, not a failed open
        return MAX_POSITIONS
    return number if number >= 1 else MAX_POSITIONS


def choice_text(assignment: str, label: str) -> str:
    """A combo choice in the user's language."""
    if assignment in DIMENSION_LABELS:
        return dimension_text(assignment)
    return QCoreApplication.translate("ImportDialog", label)


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() == ".xlsx"


class ImportDialog(QDialog):
    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        max_positions: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.path = Path(path)
        # the readers refuse a file of more positions (io/limits.py); None: the setting's
        self.max_positions = max_positions if max_positions is not None else max_positions_setting()
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self._preview: CsvPreview | XlsxPreview | None = None
        self._mapping: ColumnMapping | None = None
        self._error: str | None = None
        self._chart: Chart | None = None
        self._problems: list[ImportProblem] = []
        self._result: tuple[Chart, list[ImportProblem]] | None = None
        self.combos: list[QComboBox] = []

        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        top.addWidget(self.summary, 1)

        self.table = QTableWidget(self)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        preview_box = QGroupBox(self.tr("Columns and first rows"), self)
        inner = QVBoxLayout(preview_box)
        hint = QLabel(
            self.tr("Choose above each column what it feeds; unknown columns stay custom fields."),
            preview_box,
        )
        hint.setWordWrap(True)
        self.table.setAccessibleName(preview_box.title())
        inner.addWidget(hint)
        inner.addWidget(self.table)

        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("importProblems")
        self.problem_list.setWordWrap(True)
        problems_box = QGroupBox(self.tr("What the import finds"), self)
        self.problem_list.setAccessibleName(problems_box.title())
        inner = QVBoxLayout(problems_box)
        inner.addWidget(self.counts)
        inner.addWidget(self.problem_list)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setObjectName("importOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(preview_box, 3)
        layout.addWidget(problems_box, 2)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

        self._init_sheets()
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self._load_preview()
        self.resize(1100, 720)

    # ----- API -----------------------------------------------------------------------------

    def result(self) -> tuple[Chart, list[ImportProblem]] | None:  # type: ignore[override]
        """The imported chart (built with the chosen mapping) and its problems after accept;
        None before, or when cancelled. (Shadows QDialog.result(): use exec()'s return code.)"""
        return self._result

    def mapping(self) -> ColumnMapping | None:
        """The current column mapping (None when the file could not be previewed)."""
        return self._mapping

    def set_assignment(self, column: int, assignment: str) -> None:
        """Make `column` feed `assignment` (a field of FIELDS, CUSTOM or IGNORE), as the column's
        combo does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(assignment))

    def sheet(self) -> str | None:
        return self.sheet_combo.currentText() or None if is_xlsx(self.path) else None

    def set_sheet(self, sheet: str) -> None:
        self.sheet_combo.setCurrentText(sheet)

    def error(self) -> str | None:
        """Why the file (or sheet) cannot be imported, or None."""
        return self._error

    def chart(self) -> Chart | None:
        """The chart of the latest refresh (None when there is an error)."""
        return self._chart

    def problems(self) -> list[ImportProblem]:
        return list(self._problems)

    def refresh(self) -> None:
        """Run the import with the current mapping and show its problems (the debounced
        update)."""
        self.timer.stop()
        if self._mapping is None:
            return  # the preview failed: its error is shown already
        try:
            if is_xlsx(self.path):
                chart, problems = read_xlsx(
                    self.path, self.sheet(), self._mapping, self.max_positions
                )
            else:
                chart, problems = read_csv(self.path, self._mapping, self.max_positions)
        except ChartFileError as error:
            self._show_error(error.message)
            return
        self._error = None
        self._chart, self._problems = chart, problems
        self._show_problems(chart, problems)
        self.ok_button.setEnabled(True)

    def accept(self) -> None:
        self.refresh()  # a change may still wait for the timer
        if self._error is None and self._chart is not None:
            self._result = (self._chart, list(self._problems))
            super().accept()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)

    # ----- internals -----------------------------------------------------------------------

    def _init_sheets(self) -> None:
        xlsx = is_xlsx(self.path)
        self.sheet_label.setVisible(xlsx)
        self.sheet_combo.setVisible(xlsx)
        if not xlsx:
            return
        try:
            sheets = list_sheets(self.path)
        except ChartFileError as error:
            self._show_error(error.message)
            return
        self.sheet_combo.addItems(sheets)

    def _sheet_changed(self, _sheet: str) -> None:
        self._load_preview()

    def _load_preview(self) -> None:
        """Read the columns and first rows (of the chosen sheet), rebuild the table, refresh."""
        if is_xlsx(self.path) and self.sheet_combo.count() == 0 and self._error is not None:
            return  # list_sheets failed: keep its message
        self._preview = None
        self._mapping = None
        try:
            if is_xlsx(self.path):
                preview: CsvPreview | XlsxPreview = preview_xlsx(
                    self.path, self.sheet(), PREVIEW_ROWS, self.max_positions
                )
            else:
                preview = preview_csv(self.path, PREVIEW_ROWS, self.max_positions)
        except ChartFileError as error:
            self._fill_table(None)
            self._show_error(error.message)
            return
        self._preview = preview
        self._mapping = preview.mapping
        self.summary.setText(self._summary_text(preview))
        self._fill_table(preview)
        self.refresh()

    def _summary_text(self, preview: CsvPreview | XlsxPreview) -> str:
        if isinstance(preview, XlsxPreview):
            source = self.tr("sheet “%1”").replace("%1", preview.sheet)
        else:
            word = _DELIMITERS.get(preview.delimiter)
            delimiter = (
                QCoreApplication.translate("ImportDialog", word)
                if word
                else repr(preview.delimiter)
            )
            source = _fill(self.tr("%1, %2-separated"), preview.encoding, delimiter)
        shown = min(PREVIEW_ROWS, preview.row_count)
        return _fill(
            self.tr("%1: %2, %3 · %4 · %5"),
            self.path.name,
            self.tr("%n row(s)", "", preview.row_count),
            self.tr("%n column(s)", "", len(preview.headers)),
            source,
            self.tr("first %n row(s) shown", "", shown),
        )

    def _fill_table(self, preview: CsvPreview | XlsxPreview | None) -> None:
        self.table.clear()
        self.combos = []
        if preview is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        headers = preview.headers
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(list(headers))
        # no numbers on the data rows: the preview does not know the file's own row numbers
        # (blank lines, multi-line cells), and the problems name those
        self.table.setVerticalHeaderLabels([self.tr("Field")] + [""] * len(preview.rows))
        for column, assignment in enumerate(preview.mapping.assignments):
            combo = QComboBox(self.table)
            combo.setObjectName(f"importColumn{column}")
            for key, label in CHOICES:
                combo.addItem(choice_text(key, label), key)
            combo.setCurrentIndex(combo.findData(assignment))
            what = self.tr("What the column “%1” feeds").replace("%1", headers[column])
            combo.setToolTip(what)
            combo.setAccessibleName(what)  # a combo in a table cell has no label
            combo.currentIndexChanged.connect(lambda _index, c=column: self._assignment_changed(c))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, values in enumerate(preview.rows, start=1):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        for column in range(len(headers)):
            width = max(self.table.columnWidth(column), self.combos[column].sizeHint().width())
            self.table.setColumnWidth(column, min(width, 260))
        self._grey_ignored()

    def _assignment_changed(self, column: int) -> None:
        if self._mapping is None:
            return
        assignment = self.combos[column].currentData()
        self._mapping = self._mapping.with_assignment(column, assignment)
        # another column that fed the same field became custom: show it
        for index, combo in enumerate(self.combos):
            wanted = combo.findData(self._mapping.assignments[index])
            if combo.currentIndex() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(wanted)
                combo.blockSignals(False)
        self._grey_ignored()
        self.timer.start()

    def _grey_ignored(self) -> None:
        if self._mapping is None:
            return
        for column, assignment in enumerate(self._mapping.assignments):
            ignored = quiet_colour(self.table.palette(), QPalette.ColorRole.Base)
            brush = QBrush(ignored) if assignment == IGNORE else QBrush()
            for row in range(1, self.table.rowCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setForeground(brush)

    def _show_problems(self, chart: Chart, problems: list[ImportProblem]) -> None:
        roots = len(chart.roots())
        self.counts.setText(
            _fill(
                self.tr("%1, %2 · %3"),
                self.tr("%n position(s)", "", len(chart)),
                self.tr("%n problem(s)", "", len(problems)),
                self.tr("%n top position(s)", "", roots),
            )
        )
        warning = readable_colour(_WARNING_HUE, self.palette()).name()
        self.counts.setStyleSheet("" if not problems else f"color: {warning};")
        self.problem_list.clear()
        if not problems:
            item = QListWidgetItem(self.tr("No duplicate ids, unknown managers or cycles."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problem_list.addItem(item)
            return
        for problem in sorted(problems, key=lambda p: (p.row is None, p.row or 0)):
            where = (
                self.tr("Row %1").replace("%1", str(problem.row))
                if problem.row is not None
                else "—"
            )
            label = _KIND_LABELS.get(problem.kind)
            kind = QCoreApplication.translate("ImportDialog", label) if label else problem.kind
            text = problem_text(problem, shown_language())
            item = QListWidgetItem(f"{where} · {kind}: {text}")
            item.setData(Qt.ItemDataRole.UserRole, problem.row)
            item.setToolTip(text)
            self.problem_list.addItem(item)

    def _show_error(self, message: str) -> None:
        self._error = message
        self._chart, self._problems = None, []
        self.counts.setText(self.tr("Cannot import this file"))
        error = readable_colour(_ERROR_HUE, self.palette())
        self.counts.setStyleSheet(f"color: {error.name()}; font-weight: bold;")
        self.problem_list.clear()
        item = QListWidgetItem(message)
        base = QPalette.ColorRole.Base
        item.setForeground(QBrush(readable_colour(_ERROR_HUE, self.problem_list.palette(), base)))
        self.problem_list.addItem(item)
        if self._preview is None:
            self.summary.setText(self.path.name)
        self.ok_button.setEnabled(False)


def _fill(text: str, *values: str) -> str:
    """`text` with %1, %2, … replaced by `values` in one pass (a value's own "%2" stays)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def import_file(
    parent: QWidget | None, path: Path, max_positions: int | None = None
) -> tuple[Chart, list[ImportProblem]] | None:
    """File > Import: show the dialog for `path`; the chart and its problems, or None if
    cancelled. The caller names the chart and replaces the document's chart with it.
    `max_positions`: the readers refuse a file of more positions (None: the setting's)."""
    dialog = ImportDialog(Path(path), parent, max_positions)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result()
    finally:
        dialog.deleteLater()
