"""File ▸ Export and Print: the whole chart or the selection, to PNG, SVG, PDF, CSV or GraphML."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from orgeditor.io import ChartFileError, write_chart
from orgeditor.render import best_orientation, print_chart, render_pdf, render_png, render_svg

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

EXPORT_FILTER = (
    "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;"
    "CSV for Excel (*.csv);;GraphML for yEd or Gephi (*.graphml)"
)
PNG_SCALE = 2.0  # crisp on high-density screens and in slides


class ExportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export_dialog(self, selection_only: bool = False) -> None:
        ids = self.window.scene.selected_ids() if selection_only else None
        if selection_only and not ids:
            self.window.statusBar().showMessage(self.tr("Select the cards to export first"), 4000)
            return
        document = self.window.document
        base = document.path.stem if document.path else document.display_name
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export chart"), str(Path.home() / f"{base}.pdf"), EXPORT_FILTER
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:  # take the suffix of the chosen filter
            path = path.with_suffix(chosen[chosen.rindex("*.") + 1 : -1])
        self.export_to(path, ids)

    def export_to(self, path: Path, ids: list[str] | None = None) -> bool:
        """Write the chart (or the cards `ids`) to path, by its suffix; say so either way."""
        chart = self.window.document.chart
        suffix = path.suffix.lower()
        try:
            if suffix == ".png":
                render_png(chart, path, scale=PNG_SCALE, ids=ids)
            elif suffix == ".svg":
                render_svg(chart, path, ids=ids)
            elif suffix == ".pdf":
                render_pdf(chart, path, pages="fit", ids=ids)
            elif ids:
                raise ValueError(f"{path.name}: a selection exports as PNG, SVG or PDF")
            else:
                write_chart(chart, path)
        except (ChartFileError, OSError, ValueError) as error:
            QMessageBox.warning(self.window, self.tr("Could not export"), str(error))
            return False
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 5000)
        return True

    def print_preview(self) -> None:
        chart = self.window.document.chart
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(best_orientation(chart, pages="fit"))
        preview = QPrintPreviewDialog(printer, self.window)
        preview.paintRequested.connect(lambda p: print_chart(chart, p, pages="fit"))
        preview.exec()

    def print_direct(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window).exec():
            print_chart(self.window.document.chart, printer, pages="fit")
