"""The inspector: edit the selected positions' fields. Every edit is one undo step.

With several positions selected it shows the values they share ("(several values)" where
they differ) and an edit applies to all of them as one EditFieldsCommand.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QFont, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import SEGMENT_DIMENSIONS, STATUSES, Change, ChangeKind, Position, catalogue
from orgeditor.ui.commands import EditFieldsCommand
from orgeditor.ui.document import Document
from orgeditor.ui.labels import dimension_text, status_text
from orgeditor.ui.panels.custom_fields import CustomFieldsEditor
from orgeditor.ui.panels.field_values import (
    MIXED,
    custom_rows,
    format_cost,
    parse_cost,
    shared,
    shared_field,
    used_values,
)
from orgeditor.ui.panels.inspector_inputs import (
    ChoiceCombo,
    RoleCombo,
    ValueCombo,
    show_text,
)
from orgeditor.ui.theme import muted_colour

_POSITION_KINDS = {ChangeKind.POSITION_CHANGED, ChangeKind.POSITION_REMOVED}
_TEAM_KINDS = {ChangeKind.TEAM_ADDED, ChangeKind.TEAM_REMOVED, ChangeKind.TEAM_CHANGED}


class InspectorWidget(QWidget):
    def __init__(self, document: Document, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.document = document
        self.language = language
        self.roles = catalogue()
        self._ids: list[str] = []
        self._chart = document.chart  # the chart the shown ids and any typing belong to
        self.mixed_text = self.tr("(several values)")
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        document.chartChanged.connect(self._chart_changed)
        document.chartReplaced.connect(self._chart_replaced)
        self.refresh()

    # ----- public API ------------------------------------------------------------------------

    def set_selection(self, ids: Sequence[str]) -> None:
        """Show (and edit) these positions; an empty list shows a hint."""
        self._commit_typing()
        self._ids = list(dict.fromkeys(ids))
        self.refresh()

    def selection(self) -> list[str]:
        return list(self._ids)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            timer = getattr(self, "_refresh_timer", None)  # None: still being built
            if timer is not None and self._ids and not timer.isActive():
                timer.start()  # the heading's quiet line in the new colours

    def refresh(self) -> None:
        """Show the model's current values (leaving alone a field the user is typing in)."""
        self._refresh_timer.stop()
        chart = self.document.chart
        self._ids = [pid for pid in self._ids if pid in chart]
        if not self._ids:
            self.stack.setCurrentWidget(self.hint)
            return
        self.stack.setCurrentWidget(self.scroll)
        positions = [chart.position(pid) for pid in self._ids]
        self._show_heading(positions)
        for field, edit in self.text_edits.items():
            show_text(edit, shared_field(positions, field), self.mixed_text)
        show_text(self.cost_edit, shared_field(positions, "cost"), self.mixed_text, format_cost)
        self._show_role(positions)
        self.status_combo.show_value(shared_field(positions, "status"), self.mixed_text)
        for dimension, combo in self.segment_combos.items():
            combo.show_value(shared_field(positions, dimension), self.mixed_text)
        self._load_teams()
        team = shared_field(positions, "team")
        self.team_combo.show_value("" if team is None else team, self.mixed_text)
        self.custom_editor.set_fields(custom_rows(positions))

    # ----- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.hint = QLabel(self.tr("Select a card on the chart to edit its position."), self)
        self.hint.setObjectName("inspectorHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setContentsMargins(12, 24, 12, 24)

        form_page = QWidget()
        page = QVBoxLayout(form_page)
        page.setContentsMargins(10, 8, 10, 10)
        page.setSpacing(4)
        self.heading = QLabel(form_page)
        self.heading.setObjectName("inspectorHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setContentsMargins(0, 0, 0, 4)
        page.addWidget(self.heading)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        page.addLayout(form)

        self.text_edits: dict[str, QLineEdit] = {}
        self._section(form, self.tr("Position"))
        for field, label in (("name", self.tr("Name")), ("title", self.tr("Title"))):
            edit = self._line_edit(field)
            form.addRow(label, edit)
        self.role_combo = RoleCombo(self.roles, self.language, form_page)
        self.role_combo.setObjectName("roleCombo")
        self.role_combo.activated.connect(self._role_chosen)
        form.addRow(self.tr("Role"), self.role_combo)
        self.role_hint = QLabel(form_page)
        self.role_hint.setObjectName("roleHint")
        self.role_hint.setWordWrap(True)
        self.role_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = QFont(self.role_hint.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.role_hint.setFont(small)
        form.addRow("", self.role_hint)
        self.status_combo = ChoiceCombo(form_page)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.set_choices([(status_text(s), s) for s in STATUSES])
        self.status_combo.activated.connect(
            lambda i: self._commit("status", self.status_combo.itemData(i))
        )
        form.addRow(self.tr("Status"), self.status_combo)

        self._section(form, self.tr("Segment"))
        self.segment_combos: dict[str, ValueCombo] = {}
        for dimension in SEGMENT_DIMENSIONS:
            combo = ValueCombo(lambda d=dimension: used_values(self.document.chart, d), form_page)
            combo.setObjectName(f"{_camel(dimension)}Combo")
            combo.activated.connect(lambda i, d=dimension: self._segment_chosen(d, i))
            combo.lineEdit().editingFinished.connect(lambda d=dimension: self._segment_typed(d))
            self.segment_combos[dimension] = combo
            form.addRow(dimension_text(dimension), combo)
        self.team_combo = ChoiceCombo(form_page)
        self.team_combo.setObjectName("teamCombo")
        self.team_combo.activated.connect(self._team_chosen)
        form.addRow(self.tr("Team"), self.team_combo)

        self._section(form, self.tr("Details"))
        self.cost_edit = QLineEdit(form_page)
        self.cost_edit.setObjectName("costEdit")
        self.cost_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 .,\x{00a0}_]*"), self.cost_edit)
        )
        self.cost_edit.setToolTip(self.tr("Annual cost; leave empty when unknown"))
        self.cost_edit.editingFinished.connect(self._cost_finished)
        form.addRow(self.tr("Cost"), self.cost_edit)
        form.addRow(self.tr("Location"), self._line_edit("location"))

        self._section(form, self.tr("Custom fields"))
        self.custom_editor = CustomFieldsEditor(form_page)
        # names a screen reader says (the table and the new field's name show no label)
        self.custom_editor.table.setAccessibleName(self.tr("Custom fields"))
        self.custom_editor.new_key.setAccessibleName(self.tr("New field name"))
        self.custom_editor.valueEdited.connect(self._custom_value)
        self.custom_editor.fieldAdded.connect(self._custom_added)
        self.custom_editor.fieldRemoved.connect(self._custom_removed)
        form.addRow(self.custom_editor)
        page.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidget(form_page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @staticmethod
    def _section(form: QFormLayout, title: str) -> None:
        """A bold heading row spanning the form."""
        label = QLabel(title)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8 if form.rowCount() else 2, 0, 0)
        form.addRow(label)

    def _line_edit(self, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"{field}Edit")
        edit.editingFinished.connect(lambda f=field: self._text_finished(f))
        self.text_edits[field] = edit
        return edit

    # ----- showing -----------------------------------------------------------------------------

    def _show_heading(self, positions: list[Position]) -> None:
        if len(positions) > 1:
            text = self.tr("<b>%n positions</b> selected", "", len(positions))
            hint = self.tr("Edits apply to all of them.")
            muted = muted_colour(self.palette())
            self.heading.setText(f"{text}<br><span style='color:{muted}'>{hint}</span>")
            return
        position = positions[0]
        vacant = self.tr("Vacant")
        name = escape(position.name) or f"<i>{vacant}</i>"
        sub = escape(position.title) or "&nbsp;"
        muted = muted_colour(self.palette())
        self.heading.setText(
            f"<span style='font-size:large'><b>{name}</b></span><br>"
            f"<span style='color:{muted}'>{sub} · {escape(position.id)}</span>"
        )

    def _show_role(self, positions: list[Position]) -> None:
        inferred = shared(self.roles.infer(p.title).role for p in positions)
        if inferred is MIXED:
            self.role_combo.set_inferred(self.tr("Inferred from each title"), None)
        else:
            label = self.roles.label(inferred, self.language)
            self.role_combo.set_inferred(
                self.tr("Inferred from title: %1").replace("%1", label),
                self.roles.role(inferred).family,
                self.tr("%1 — from title").replace("%1", label),
            )
        explicit = shared_field(positions, "explicit_role")
        self.role_combo.show_role(explicit, self.mixed_text)
        if explicit is None and len(positions) > 1:
            hint = self.tr("Inferred from the titles. Pick a role to set it on all of them.")
        elif explicit is None:
            why = self.roles.infer(positions[0].title).reason
            hint = self.tr("Inferred from the title (%1). Pick a role to override it.").replace(
                "%1", why
            )
        elif explicit is MIXED or inferred is MIXED:
            hint = ""
        elif explicit == inferred:
            hint = self.tr("Chosen by hand; the title implies the same role.")
        else:
            hint = self.tr("Chosen by hand; the title implies %1.").replace(
                "%1", self.roles.label(inferred, self.language)
            )
        self.role_hint.setText(hint)
        self.role_hint.setVisible(bool(hint))

    def _load_teams(self) -> None:
        teams = sorted(self.document.chart.teams(), key=lambda t: (t.name or t.id).casefold())
        self.team_combo.set_choices(
            [(self.tr("(no team)"), "")] + [(t.name or t.id, t.id) for t in teams]
        )

    # ----- committing ----------------------------------------------------------------------------

    def _commit(self, field: str, value: Any) -> None:
        self._commit_values(
            {pid: {field: value} for pid in self._ids if self._value(pid, field) != value},
            field,
        )

    def _commit_values(self, values: dict[str, dict[str, Any]], field: str) -> None:
        chart = self.document.chart
        if chart is not self._chart:
            return  # typed into a chart that has since been replaced: it is gone with it
        values = {pid: v for pid, v in values.items() if pid in chart}  # undo may remove ids
        if not values:
            return
        label = field.replace("_", " ")
        if len(values) == 1:
            text = self.tr("Edit %1").replace("%1", label)
        else:
            text = self.tr("Edit %1 of %2 positions").replace("%1", label)
            text = text.replace("%2", str(len(values)))
        self.document.undo_stack.push(EditFieldsCommand(chart, values, text))

    def _value(self, pid: str, field: str) -> Any:
        chart = self.document.chart
        return getattr(chart.position(pid), field) if pid in chart else _MISSING

    def _text_finished(self, field: str) -> None:
        edit = self.text_edits[field]
        if not edit.isModified():
            return
        edit.setModified(False)
        self._commit(field, edit.text().strip())

    def _cost_finished(self) -> None:
        if not self.cost_edit.isModified():
            return
        self.cost_edit.setModified(False)
        try:
            cost = parse_cost(self.cost_edit.text())
        except ValueError:
            self.refresh()  # not a number: show the stored value again
            return
        self._commit("cost", cost)

    def _role_chosen(self, index: int) -> None:
        self._commit("explicit_role", self.role_combo.role_at(index))

    def _team_chosen(self, index: int) -> None:
        team = self.team_combo.itemData(index)
        self._commit("team", str(team) if team else None)

    def _segment_chosen(self, dimension: str, index: int) -> None:
        combo = self.segment_combos[dimension]
        combo.lineEdit().setModified(False)
        self._commit(dimension, combo.itemText(index).strip())

    def _segment_typed(self, dimension: str) -> None:
        edit = self.segment_combos[dimension].lineEdit()
        if not edit.isModified():
            return
        edit.setModified(False)
        self._commit(dimension, edit.text().strip())

    def _commit_typing(self) -> None:
        """Before the selection changes, keep what the user typed (as focus-out would)."""
        for field, edit in self.text_edits.items():
            if edit.isModified():
                self._text_finished(field)
        self._cost_finished()
        for dimension in self.segment_combos:
            self._segment_typed(dimension)

    def _custom_value(self, key: str, value: str) -> None:
        chart = self.document.chart
        values = {}
        for pid in self._ids:
            custom = chart.position(pid).custom
            if custom.get(key) != value:
                values[pid] = {"custom": {**custom, key: value}}
        self._commit_values(values, "custom")

    def _custom_added(self, key: str) -> None:
        chart = self.document.chart
        values = {
            pid: {"custom": {**chart.position(pid).custom, key: ""}}
            for pid in self._ids
            if key not in chart.position(pid).custom
        }
        if values:
            self._commit_values(values, "custom")
        else:
            self.refresh()

    def _custom_removed(self, key: str) -> None:
        chart = self.document.chart
        values = {}
        for pid in self._ids:
            custom = chart.position(pid).custom
            if key in custom:
                values[pid] = {"custom": {k: v for k, v in custom.items() if k != key}}
        self._commit_values(values, "custom")

    # ----- following the model ------------------------------------------------------------------

    def _chart_changed(self, change: Change) -> None:
        if self._concerns(change):
            self._refresh_timer.start()

    def _concerns(self, change: Change) -> bool:
        if change.kind is ChangeKind.RESET or change.kind in _TEAM_KINDS:
            return True
        shown = self._ids
        return change.kind in _POSITION_KINDS and any(p in shown for p in change.position_ids)

    def _chart_replaced(self) -> None:
        self._chart = self.document.chart
        self._ids = []
        typed = [*self.text_edits.values(), self.cost_edit]
        typed += [combo.lineEdit() for combo in self.segment_combos.values()]
        for edit in typed:
            edit.setModified(False)  # typing for the old chart must not land in the new one
        self.refresh()


_MISSING = object()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
