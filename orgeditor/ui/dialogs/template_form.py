"""The template wizard's parameters: seats for the chosen model, management and support,
segmentation, and the chart's name. `params(model)` reads them as TemplateParams (not yet
validated: build_chart/describe say what is wrong); `changed` fires on every edit.

Seats the user has not changed follow the segmentation as it is typed (one pod per value, an
island that stays within model.island_scale), as Restore Defaults would fit them: the defaults
with any segmentation make a chart the checks have no warning about."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import SEGMENT_DIMENSIONS
from orgeditor.templates import TEMPLATE_MODELS, TemplateParams, default_params
from orgeditor.templates.titles import chart_name
from orgeditor.ui.labels import dimension_text
from orgeditor.ui.language import shown_language

# spin box ranges: generous, validate() has the last word (MAX_SELLERS)
STAGE_MAX = 1000
POD_SEAT_MAX = 50
PODS_MAX = 500
GENERALISTS_MAX = 5000

_SEAT_FIELDS = {
    "assembly_line": ("sdr", "ae", "am", "csm"),
    "pod": ("pods", "pod_sdr", "pod_ae", "pod_am", "pod_csm"),
    "island": ("generalists",),
}


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(6)
    return form


class ParameterForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}

        # ----- seats, one page per model
        self.seats_box = QGroupBox(self.tr("Seats"), self)
        self.pages = QStackedWidget(self.seats_box)
        labels = {
            "sdr": self.tr("SDRs (lead generation)"),
            "ae": self.tr("Account executives (closing)"),
            "am": self.tr("Account managers (retention)"),
            "csm": self.tr("Customer success (retention)"),
            "pods": self.tr("Pods"),
            "pod_sdr": self.tr("SDRs per pod"),
            "pod_ae": self.tr("Account executives per pod"),
            "pod_am": self.tr("Account managers per pod"),
            "pod_csm": self.tr("Customer success per pod"),
            "generalists": self.tr("Generalist sellers"),
        }
        maxima = {"pods": PODS_MAX, "generalists": GENERALISTS_MAX}
        notes = {
            "assembly_line": self.tr(
                "Sellers per stage; a sales manager per “Sellers per manager” of them, "
                "small stages sharing one."
            ),
            "pod": self.tr("Every pod gets its own pod lead."),
            "island": self.tr("Sellers who each take a customer from first call to renewal."),
        }
        self.page_of: dict[str, QWidget] = {}
        for model in TEMPLATE_MODELS:
            page = QWidget(self.pages)
            form = _form(page)
            form.setContentsMargins(0, 0, 0, 0)
            note = QLabel(notes[model], page)
            note.setWordWrap(True)
            note.setObjectName("formNote")
            form.addRow(note)
            for name in _SEAT_FIELDS[model]:
                spin = QSpinBox(page)
                spin.setObjectName(name)
                top = maxima.get(name, POD_SEAT_MAX if name.startswith("pod_") else STAGE_MAX)
                spin.setRange(0, top)
                spin.setAccelerated(True)
                spin.setMinimumWidth(80)
                spin.valueChanged.connect(self.changed)
                self.spins[name] = spin
                form.addRow(labels[name], spin)
            self.pages.addWidget(page)
            self.page_of[model] = page
        seats_layout = QVBoxLayout(self.seats_box)
        seats_layout.addWidget(self.pages)

        # ----- management and support
        support = QGroupBox(self.tr("Management and support"), self)
        form = _form(support)
        self.per_manager = QSpinBox(support)
        self.per_manager.setObjectName("sellers_per_manager")
        self.per_manager.setRange(0, 100)  # 0 lets validate() say why not
        self.per_manager.setMinimumWidth(80)
        self.per_manager.setToolTip(
            self.tr("A first-line manager (sales manager, pod or team lead) per this many sellers")
        )
        self.per_manager.valueChanged.connect(self.changed)
        form.addRow(self.tr("Sellers per manager"), self.per_manager)
        self.sales_ops = QCheckBox(self.tr("Sales operations"), support)
        self.sales_ops.setObjectName("include_sales_ops")
        self.sales_ops.setToolTip(self.tr("CRM data, forecasting and tooling, sized to the team"))
        self.enablement = QCheckBox(self.tr("Sales enablement"), support)
        self.enablement.setObjectName("include_enablement")
        self.enablement.setToolTip(self.tr("Onboarding, training and content, sized to the team"))
        for box in (self.sales_ops, self.enablement):
            box.toggled.connect(self.changed)
        form.addRow(self.sales_ops)
        form.addRow(self.enablement)
        self.sponsor = QComboBox(support)
        self.sponsor.setObjectName("enablement_sponsor")
        self.sponsor.addItem(self.tr("VP of Sales Enablement"), "vp_enablement")
        self.sponsor.addItem(self.tr("Chief Revenue Officer"), "cro")
        self.sponsor.setToolTip(self.tr("Who sponsors enablement once the team is large enough"))
        self.sponsor.currentIndexChanged.connect(self.changed)
        self.enablement.toggled.connect(self.sponsor.setEnabled)
        form.addRow(self.tr("Enablement sponsor"), self.sponsor)

        # ----- segmentation
        segments = QGroupBox(self.tr("Segmentation"), self)
        form = _form(segments)
        self.dimension = QComboBox(segments)
        self.dimension.setObjectName("segmentDimension")
        self.dimension.addItem(self.tr("None"), None)
        for key in SEGMENT_DIMENSIONS:
            self.dimension.addItem(dimension_text(key), key)
        self.values = QLineEdit(segments)
        self.values.setObjectName("segmentValues")
        self.values.setPlaceholderText(self.tr("North, South"))
        self.values.setToolTip(self.tr("One copy of the structure per value, separated by commas"))
        self.values.setMinimumWidth(180)
        self.values.setEnabled(False)
        self.dimension.currentIndexChanged.connect(self._dimension_changed)
        self.values.textChanged.connect(self._values_changed)
        form.addRow(self.tr("Split by"), self.dimension)
        form.addRow(self.tr("Values"), self.values)

        # ----- the chart
        naming = QGroupBox(self.tr("Chart"), self)
        form = _form(naming)
        self.company = QLineEdit(naming)
        self.company.setObjectName("companyName")
        self.company.setPlaceholderText(self.tr("e.g. Nordlys AS"))
        self.company.setMinimumWidth(180)
        self.company.textChanged.connect(self.changed)
        self.language = QComboBox(naming)
        self.language.setObjectName("language")
        self.language.addItem("English", "en")  # each language in its own words
        self.language.addItem("Norsk (bokmål)", "nb")
        # the titles a new chart gets: the interface's language unless chosen otherwise
        self.language.setCurrentIndex(max(0, self.language.findData(shown_language())))
        self.language.currentIndexChanged.connect(self.changed)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Titles in"), self.language)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        for box in (self.seats_box, support, segments, naming):
            column.addWidget(box)
        column.addStretch(1)

        self._model = "pod"
        self._loaded: dict[str, dict[str, int]] = {}  # per model: the seats last loaded
        for model in TEMPLATE_MODELS:  # every page starts at its model's defaults
            self._load(default_params(model), model)
        self._load_common(default_params("pod"))

    # ----- public --------------------------------------------------------------------------

    def show_model(self, model: str) -> None:
        self._model = model
        self.pages.setCurrentWidget(self.page_of[model])

    def segment(self) -> tuple[str, tuple[str, ...]] | None:
        """(dimension, values) as typed, blanks dropped; None without a dimension."""
        key = self.dimension.currentData()
        if not key:
            return None
        values = tuple(v.strip() for v in self.values.text().split(","))
        return str(key), tuple(v for v in values if v)

    def params(self, model: str) -> TemplateParams:
        params = TemplateParams(model=model)
        seats = {name: self.spins[name].value() for name in _SEAT_FIELDS[model]}
        company = self.company.text().strip()
        language = str(self.language.currentData())
        return replace(
            params,
            **seats,
            sellers_per_manager=self.per_manager.value(),
            include_sales_ops=self.sales_ops.isChecked(),
            include_enablement=self.enablement.isChecked(),
            enablement_sponsor=str(self.sponsor.currentData()),
            segment=self.segment(),
            name=f"{company} – {chart_name(model, language)}" if company else "",
            language=language,
        )

    def restore_defaults(self, model: str) -> None:
        """The model's defaults (fitted to the segmentation, when it is valid)."""
        try:
            params = default_params(model, self.segment())
        except ValueError:  # TemplateError: the segment as typed is not valid
            params = default_params(model)
        blocked = self.blockSignals(True)
        try:
            self._load(params, model)
            self._load_common(params)
        finally:
            self.blockSignals(blocked)
        self.changed.emit()

    # ----- internals -----------------------------------------------------------------------

    def _load(self, params: TemplateParams, model: str) -> None:
        for name in _SEAT_FIELDS[model]:
            self.spins[name].setValue(getattr(params, name))
        self._loaded[model] = {name: getattr(params, name) for name in _SEAT_FIELDS[model]}

    def _fit_untouched_seats(self) -> None:
        """Pages whose seats are as last loaded take the defaults for the new segmentation."""
        try:
            fitted = {model: default_params(model, self.segment()) for model in TEMPLATE_MODELS}
        except ValueError:  # TemplateError: not a valid segmentation (yet): leave the seats
            return
        blocked = self.blockSignals(True)
        try:
            for model, params in fitted.items():
                seats = {name: self.spins[name].value() for name in _SEAT_FIELDS[model]}
                if seats == self._loaded.get(model):
                    self._load(params, model)
        finally:
            self.blockSignals(blocked)

    def _values_changed(self, _text: str) -> None:
        self._fit_untouched_seats()
        self.changed.emit()

    def _load_common(self, params: TemplateParams) -> None:
        self.per_manager.setValue(params.sellers_per_manager)
        self.sales_ops.setChecked(params.include_sales_ops)
        self.enablement.setChecked(params.include_enablement)
        self.sponsor.setCurrentIndex(max(0, self.sponsor.findData(params.enablement_sponsor)))

    def _dimension_changed(self, _index: int) -> None:
        self.values.setEnabled(bool(self.dimension.currentData()))
        self._fit_untouched_seats()
        self.changed.emit()
