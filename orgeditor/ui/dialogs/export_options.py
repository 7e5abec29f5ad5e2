"""File ▸ Export's second step: the options a PNG or PDF needs, as keyword arguments.

ExportOptionsDialog(fmt) asks only what the format needs:
PNG: scale (1×–4× presets, or any 0.5–8 in the spin box; default 2×) and a transparent
background; PDF: paper, pages (one page scaled to fit, or split across pages with page
numbers), orientation (auto/portrait/landscape) and, for split pages, the scale (50–200 %).
SVG needs nothing. options() returns the keyword arguments for render_png / render_pdf.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgeditor.render import ORIENTATIONS, PAPER_SIZES

FORMATS = (".png", ".pdf", ".svg")
PNG_SCALE_PRESETS = (1.0, 2.0, 3.0, 4.0)
PNG_DEFAULT_SCALE = 2.0
PNG_MIN_SCALE, PNG_MAX_SCALE = 0.5, 8.0
PDF_DEFAULT_PAPER = "A4"
PDF_MIN_PERCENT, PDF_MAX_PERCENT = 50, 200


def default_options(fmt: str) -> dict:
    """The options export used before this dialog existed (what options() gives untouched)."""
    fmt = _check(fmt)
    if fmt == ".png":
        return {"scale": PNG_DEFAULT_SCALE, "background": "white"}
    if fmt == ".pdf":
        return {"paper": PDF_DEFAULT_PAPER, "orientation": "auto", "pages": "fit", "scale": 1.0}
    return {}


def needs_options(fmt: str) -> bool:
    return _check(fmt) != ".svg"


def _check(fmt: str) -> str:
    fmt = fmt.lower() if fmt.startswith(".") else f".{fmt.lower()}"
    if fmt not in FORMATS:
        raise ValueError(f"no export options for {fmt!r}; choose from {', '.join(FORMATS)}")
    return fmt


class ExportOptionsDialog(QDialog):
    def __init__(self, fmt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = _check(fmt)
        self.setObjectName("exportOptionsDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        if self.fmt == ".png":
            self.setWindowTitle(self.tr("PNG export options"))
            self._build_png(form)
        elif self.fmt == ".pdf":
            self.setWindowTitle(self.tr("PDF export options"))
            self._build_pdf(form)
        else:
            self.setWindowTitle(self.tr("SVG export"))
            form.addRow(QLabel(self.tr("An SVG drawing has no options.")))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- PNG ---------------------------------------------------------------------------
    def _build_png(self, form: QFormLayout) -> None:
        row = QHBoxLayout()
        self.scale_presets = QButtonGroup(self)
        self.scale_buttons: dict[float, QPushButton] = {}
        for value in PNG_SCALE_PRESETS:
            button = QPushButton(f"{value:g}×")
            button.setCheckable(True)
            button.setObjectName(f"scalePreset{value:g}")
            self.scale_presets.addButton(button)
            self.scale_buttons[value] = button
            button.clicked.connect(lambda _checked=False, v=value: self.scale_spin.setValue(v))
            row.addWidget(button)
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setObjectName("pngScale")
        self.scale_spin.setRange(PNG_MIN_SCALE, PNG_MAX_SCALE)
        self.scale_spin.setSingleStep(0.5)
        self.scale_spin.setDecimals(2)
        self.scale_spin.setSuffix("×")
        self.scale_spin.setToolTip(
            self.tr("Image pixels per chart pixel (2× is sharp on most screens)")
        )
        self.scale_spin.valueChanged.connect(self._sync_presets)
        row.addWidget(self.scale_spin)
        form.addRow(self.tr("Scale:"), row)
        # the row's label names a layout, not the spin box: name it for screen readers
        self.scale_spin.setAccessibleName(self.tr("Scale"))
        self.transparent = QCheckBox(self.tr("Transparent background"))
        self.transparent.setObjectName("pngTransparent")
        form.addRow("", self.transparent)
        self.scale_spin.setValue(PNG_DEFAULT_SCALE)
        self._sync_presets(PNG_DEFAULT_SCALE)

    def _sync_presets(self, value: float) -> None:
        self.scale_presets.setExclusive(False)
        for preset, button in self.scale_buttons.items():
            button.setChecked(abs(preset - value) < 1e-9)
        self.scale_presets.setExclusive(True)

    # --- PDF ---------------------------------------------------------------------------
    def _build_pdf(self, form: QFormLayout) -> None:
        self.paper = QComboBox()
        self.paper.setObjectName("pdfPaper")
        self.paper.addItems(list(PAPER_SIZES))
        self.paper.setCurrentText(PDF_DEFAULT_PAPER)
        form.addRow(self.tr("Paper:"), self.paper)

        self.fit_radio = QRadioButton(self.tr("One page, scaled to fit"))
        self.fit_radio.setObjectName("pdfFit")
        self.split_radio = QRadioButton(self.tr("Split across pages, with page numbers"))
        self.split_radio.setObjectName("pdfSplit")
        self.pages_group = QButtonGroup(self)
        self.pages_group.addButton(self.fit_radio)
        self.pages_group.addButton(self.split_radio)
        self.fit_radio.setChecked(True)
        pages_box = QVBoxLayout()
        pages_box.addWidget(self.fit_radio)
        pages_box.addWidget(self.split_radio)
        form.addRow(self.tr("Pages:"), pages_box)

        self.orientation = QComboBox()
        self.orientation.setObjectName("pdfOrientation")
        labels = {
            "auto": self.tr("Automatic"),
            "portrait": self.tr("Portrait"),
            "landscape": self.tr("Landscape"),
        }
        for name in ORIENTATIONS:
            self.orientation.addItem(labels.get(name, name), name)
        form.addRow(self.tr("Orientation:"), self.orientation)

        self.percent = QSpinBox()
        self.percent.setObjectName("pdfScale")
        self.percent.setRange(PDF_MIN_PERCENT, PDF_MAX_PERCENT)
        self.percent.setSingleStep(10)
        self.percent.setValue(100)
        self.percent.setSuffix(" %")
        self.percent.setToolTip(self.tr("At 100 % card names print at 9 pt"))
        self.percent_label = QLabel(self.tr("Scale (split pages):"))
        self.percent_label.setBuddy(self.percent)
        form.addRow(self.percent_label, self.percent)
        self.split_radio.toggled.connect(self._sync_split)
        self._sync_split(False)

    def _sync_split(self, split: bool) -> None:
        self.percent.setEnabled(split)
        self.percent_label.setEnabled(split)

    # --- the answer --------------------------------------------------------------------
    def set_split(self, split: bool) -> None:
        (self.split_radio if split else self.fit_radio).setChecked(True)

    def options(self) -> dict:
        """Keyword arguments for render_png (scale, background) or render_pdf
        (paper, orientation, pages, scale); {} for SVG."""
        if self.fmt == ".png":
            return {
                "scale": round(self.scale_spin.value(), 2),
                "background": None if self.transparent.isChecked() else "white",
            }
        if self.fmt == ".pdf":
            split = self.split_radio.isChecked()
            return {
                "paper": self.paper.currentText(),
                "orientation": self.orientation.currentData(),
                "pages": "split" if split else "fit",
                "scale": self.percent.value() / 100 if split else 1.0,
            }
        return {}

    def exec(self) -> int:  # SVG: nothing to ask
        if self.fmt == ".svg":
            self.setResult(QDialog.DialogCode.Accepted.value)
            return QDialog.DialogCode.Accepted.value
        return super().exec()

    @classmethod
    def ask(cls, fmt: str, parent: QWidget | None = None) -> dict | None:
        """The options for fmt, or None if the user cancelled ({} for SVG, without asking)."""
        if not needs_options(fmt):
            return {}
        dialog = cls(fmt, parent)
        try:
            if not dialog.exec():
                return None
            return dialog.options()
        finally:
            dialog.deleteLater()
