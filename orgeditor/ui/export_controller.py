"""File ▸ Export and Print: the whole chart or the selection, to PNG, SVG, PDF, CSV, Excel or
GraphML."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox, QToolBar

from orgeditor.io import ChartFileError, write_chart
from orgeditor.io.files import describe_os_error
from orgeditor.render import best_orientation, print_chart, render_pdf, render_png, render_svg
from orgeditor.ui.dialogs.export_options import ExportOptionsDialog, default_options
from orgeditor.ui.folders import remember_folder, start_folder

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

# the file dialog's choices: (description, pattern), translated when the dialog opens
EXPORT_FORMATS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ExportController", "PNG image"), "*.png"),
    (QT_TRANSLATE_NOOP("ExportController", "SVG drawing"), "*.svg"),
    (QT_TRANSLATE_NOOP("ExportController", "PDF document"), "*.pdf"),
    (QT_TRANSLATE_NOOP("ExportController", "CSV for Excel"), "*.csv"),
    (QT_TRANSLATE_NOOP("ExportController", "Excel workbook"), "*.xlsx"),
    (QT_TRANSLATE_NOOP("ExportController", "GraphML for yEd or Gephi"), "*.graphml"),
)
OPTION_FORMATS = (".png", ".pdf")  # the formats whose export asks for options first


def export_filter() -> str:
    """The Export dialog's file types, in the user's language."""
    return ";;".join(
        f"{QCoreApplication.translate('ExportController', name)} ({pattern})"
        for name, pattern in EXPORT_FORMATS
    )


def export_failure(path: Path, error: Exception) -> str:
    """The one line the Could not export message shows: the file and the reason in words
    (an OSError that reached here unworded gets describe_os_error's words, not '[Errno 28]')."""
    if isinstance(error, OSError):
        text = (
            QCoreApplication.translate("ExportController", "%1: could not write: %2")
            .replace("%1", path.name)
            .replace("%2", describe_os_error(error))
        )
    else:
        text = str(error)
    return re.sub(r"[\r\n]+", " ", text)  # a line break in a file name must not split it


class ExportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export_dialog(self, selection_only: bool = False) -> None:
        ids = self.window.scene.selected_ids() if selection_only else None
        if selection_only and not ids:
            self.window.statusBar().showMessage(self.tr("Select the cards to export first"), 4000)
            return
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export chart"), self.proposed_path(), export_filter()
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:  # take the suffix of the chosen filter
            path = path.with_suffix(chosen[chosen.rindex("*.") + 1 : -1])
        options = self.ask_options(path.suffix.lower())
        if options is None:  # cancelled: no export
            return
        self.export_to(path, ids, **options)

    def proposed_path(self) -> str:
        """What the export dialog proposes: <the folder the dialogs start in>/<chart>.pdf."""
        document = self.window.document
        base = document.path.stem if document.path else document.display_name
        return str(Path(start_folder(document.path)) / f"{base}.pdf")

    def ask_options(self, suffix: str) -> dict | None:
        """The options dialog's answer for a PNG or PDF ({} for other formats), None if
        cancelled. Tests replace this to skip the dialog."""
        if suffix not in OPTION_FORMATS:
            return {}
        return ExportOptionsDialog.ask(suffix, self.window)

    def export_to(self, path: Path, ids: list[str] | None = None, **options) -> bool:
        """Write the chart (or the cards `ids`) to path, by its suffix; say so either way.

        options: keyword arguments for render_png (scale, background) or render_pdf
        (paper, orientation, pages, scale), as ExportOptionsDialog.options() gives them;
        left out, the defaults (PNG at 2×, PDF one A4 page scaled to fit)."""
        chart = self.window.document.chart
        suffix = path.suffix.lower()
        done = None  # what render_png/render_pdf report: its note goes in the message
        try:
            if suffix in OPTION_FORMATS:
                unknown = ", ".join(sorted(set(options) - set(default_options(suffix))))
                if unknown:
                    raise ValueError(f"{path.name}: unknown export options {unknown}")  # a bug
                chosen = {**default_options(suffix), **options}
            elif options:
                raise ValueError(f"{path.name}: this format takes no export options")  # a bug
            if suffix == ".png":
                done = render_png(chart, path, ids=ids, **chosen)
            elif suffix == ".svg":
                render_svg(chart, path, ids=ids)
            elif suffix == ".pdf":
                done = render_pdf(chart, path, ids=ids, **chosen)
            elif ids:
                raise ValueError(
                    self.tr("%1: a selection exports as PNG, SVG or PDF").replace("%1", path.name)
                )
            else:
                write_chart(chart, path)
        except (ChartFileError, OSError, ValueError) as error:
            QMessageBox.warning(
                self.window, self.tr("Could not export"), export_failure(path, error)
            )
            return False
        remember_folder(path)
        message = self.tr("Exported %1").replace("%1", str(path))
        if done is not None and done.note:  # scaled down, or text too small to read
            message = f"{message} — {done.note}"
        self.window.statusBar().showMessage(message, 15000 if done and done.note else 5000)
        return True

    def print_preview(self) -> None:
        preview = self.make_print_preview()
        preview.exec()
        preview.deleteLater()

    def make_print_preview(self) -> QPrintPreviewDialog:
        """The print preview, with a Pages combo in its toolbar: one page scaled to fit, or
        split across pages (100 %, page numbers in the footer)."""
        chart = self.window.document.chart
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(best_orientation(chart, pages="fit"))
        preview = QPrintPreviewDialog(printer, self.window)
        pages = QComboBox(preview)
        pages.setObjectName("printPages")
        pages.addItem(self.tr("One page, scaled to fit"), "fit")
        pages.addItem(self.tr("Split across pages"), "split")
        pages.setToolTip(self.tr("Fit the chart on one page, or print it readable on several"))
        pages.setAccessibleName(self.tr("Pages"))  # the toolbar's label is no buddy
        toolbar = preview.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(QLabel(self.tr(" Pages: "), preview))
            toolbar.addWidget(pages)
        preview.paintRequested.connect(lambda p: print_chart(chart, p, pages=pages.currentData()))
        widget = preview.findChild(QPrintPreviewWidget)
        if widget is not None:
            pages.currentIndexChanged.connect(widget.updatePreview)
        preview.pages_combo = pages
        preview.kept_printer = printer  # the dialog does not own it: keep it alive with it
        return preview

    def print_direct(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window).exec():
            print_chart(self.window.document.chart, printer, pages="fit")
