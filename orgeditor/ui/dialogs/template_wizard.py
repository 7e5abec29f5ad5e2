"""New from template: choose a model (assembly line, pod, island), size it, segment it, and see
the chart it makes, with the findings the checks would report, before taking it.

    wizard = TemplateWizard(parent, model="pod")
    if wizard.exec() == QDialog.DialogCode.Accepted:
        document.replace_chart(wizard.chart(), None, clean=False)

or the two helpers at the end: new_from_template(...) and insert_structure(...).

The preview follows every edit after a short pause (PREVIEW_DELAY_MS). Parameters the
template cannot build from (TemplateError) show their message and disable OK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Chart
from orgeditor.rules import Finding, default_config, run
from orgeditor.templates import TEMPLATE_MODELS, TemplateError, TemplateParams, build_chart
from orgeditor.templates import describe as describe_params
from orgeditor.ui.commands.insert_structure import InsertStructureCommand, insert_text
from orgeditor.ui.dialogs.template_errors import template_error_text
from orgeditor.ui.dialogs.template_form import ParameterForm
from orgeditor.ui.dialogs.template_model_cards import ModelChooser
from orgeditor.ui.dialogs.template_preview import TemplatePreview
from orgeditor.ui.language import shown_language

if TYPE_CHECKING:
    from orgeditor.ui.document import Document

PREVIEW_DELAY_MS = 150


class TemplateWizard(QDialog):
    def __init__(self, parent: QWidget | None = None, model: str = "pod") -> None:
        super().__init__(parent)
        self.setObjectName("templateWizard")
        self.setWindowTitle(self.tr("New from Template"))
        self._error: str | None = None
        self._findings: list[Finding] = []

        self.chooser = ModelChooser(model if model in TEMPLATE_MODELS else "pod", self)
        self.form = ParameterForm(self)
        self.form.show_model(self.chooser.model())
        self.preview = TemplatePreview(self)

        scroll = QScrollArea(self)  # the form fits; a small screen may still need to scroll
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.form.sizeHint().width() + 24)

        preview_box = QGroupBox(self.tr("Preview"), self)
        inner = QVBoxLayout(preview_box)
        inner.addWidget(self.preview)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create Chart"))
        self.ok_button.setObjectName("templateOk")
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setToolTip(self.tr("The chosen model's default sizes, fitted to the segments"))
        defaults.clicked.connect(lambda: self.form.restore_defaults(self.chooser.model()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(scroll, 0)
        body.addWidget(preview_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.chooser)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.chooser.modelChanged.connect(self._model_changed)
        self.form.changed.connect(self.timer.start)

        self.refresh()
        self.resize(1180, 760)

    # ----- API -----------------------------------------------------------------------------

    def model(self) -> str:
        return self.chooser.model()

    def set_model(self, model: str) -> None:
        self.chooser.set_model(model)

    def params(self) -> TemplateParams:
        """The parameters as set (not validated: build_chart raises TemplateError if bad)."""
        return self.form.params(self.chooser.model())

    def chart(self) -> Chart:
        """A freshly built chart for the parameters (yours to keep). Raises TemplateError."""
        return build_chart(self.params())

    def findings(self) -> list[Finding]:
        """The findings of the chart shown in the preview."""
        return list(self._findings)

    def error(self) -> str | None:
        """Why the parameters cannot be built, or None."""
        return self._error

    def set_accept_text(self, text: str) -> None:
        """The OK button's label ("Create Chart" by default; e.g. "Insert" for insertion)."""
        self.ok_button.setText(text)

    def refresh(self) -> None:
        """Build the chart for the current parameters and show it (the debounced update)."""
        self.timer.stop()
        params = self.params()
        try:
            chart = build_chart(params)
            summary = describe_params(params, shown_language())
        except TemplateError as error:
            self._error = template_error_text(error)
            self._findings = []
            self.preview.show_error(self._error)
            self.ok_button.setEnabled(False)
            return
        self._error = None
        # the findings in the interface language, as the checks panel shows them
        self._findings = run(chart, default_config().with_language(shown_language()))
        self.preview.show_chart(chart, self._findings, summary)
        self.ok_button.setEnabled(True)

    def accept(self) -> None:
        self.refresh()  # an edit may still wait for the timer
        if self._error is None:
            super().accept()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)

    # ----- internals -----------------------------------------------------------------------

    def _model_changed(self, model: str) -> None:
        self.form.show_model(model)
        self.timer.start()


# ----- what the menus run --------------------------------------------------------------------


def new_from_template(parent: QWidget | None, document: Document, model: str = "pod") -> bool:
    """File > New from Template: the chart replaces the document's (not yet saved, no undo
    history). Ask about unsaved changes before calling this. True if a chart was made."""
    wizard = TemplateWizard(parent, model)
    try:
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return False
        document.replace_chart(wizard.chart(), None, clean=False)
        return True
    finally:
        wizard.preview.close_document()
        wizard.deleteLater()


def insert_structure(
    parent: QWidget | None, document: Document, manager: str | None, model: str = "pod"
) -> str | None:
    """Insert Structure: the wizard's structure goes in under `manager` (None: a new tree) as
    one undo step. Returns the new top position's id (select it), or None if cancelled."""
    wizard = TemplateWizard(parent, model)
    wizard.setWindowTitle(QCoreApplication.translate("TemplateWizard", "Insert Structure"))
    wizard.set_accept_text(QCoreApplication.translate("TemplateWizard", "Insert"))
    try:
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        structure = wizard.chart()
        if manager is not None and manager not in document.chart:
            manager = None  # the card went away while the wizard was open
        command = InsertStructureCommand(
            document.chart, structure, manager, insert_text(wizard.model(), len(structure))
        )
        document.undo_stack.push(command)
        return command.top_id
    finally:
        wizard.preview.close_document()
        wizard.deleteLater()
