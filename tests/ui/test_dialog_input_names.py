"""Every input of the file, export, import, template, review and recovery dialogs has a name a
screen reader can say: its own accessible name, or a label that is its buddy (a form row's
label is). The names are translated texts like the rest of the interface."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from orgeditor.model import Chart, Position, Team, chart_state
from orgeditor.ui.dialogs.export_options import ExportOptionsDialog
from orgeditor.ui.dialogs.import_dialog import ImportDialog
from orgeditor.ui.dialogs.move_under import MoveUnderDialog
from orgeditor.ui.dialogs.recovery_dialog import RecoveryDialog
from orgeditor.ui.dialogs.role_review import ROLE, RoleReviewDialog
from orgeditor.ui.dialogs.team_segments import TeamSegmentsDialog
from orgeditor.ui.dialogs.template_wizard import TemplateWizard
from orgeditor.ui.export_controller import export_failure, export_filter
from orgeditor.ui.file_controller import import_filter, open_filter, save_filter
from orgeditor.ui.safety.autosave_store import AutosaveInfo, AutosaveStore

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed_inputs(dialog: QWidget) -> list[str]:
    """The inputs shown in `dialog` that have neither an accessible name nor a buddy label."""
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget.parent(), QComboBox):  # a combo's own popup list
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):  # a spin box's own line edit
            continue
        if isinstance(widget, QHeaderView):  # a table's own headers
            continue
        if not widget.accessibleName() and id(widget) not in buddies:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def small_chart() -> Chart:
    chart = Chart()
    chart.add_position(Position("ceo", "Kari Nordmann", "CEO"))
    chart.add_position(Position("ae1", "Ola", "Account Executive"), "ceo")
    chart.add_position(Position("ae2", "Per", "Account Executive"), "ceo")
    return chart


@pytest.mark.parametrize("fmt", [".png", ".pdf"])
def test_export_options_inputs_are_named(qtbot, fmt):
    dialog = ExportOptionsDialog(fmt)
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []


def test_import_dialog_inputs_are_named(qtbot, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("id,name,manager_id\n1,Ada,\n2,Bo,1\n", encoding="utf-8")
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []
    assert "“manager_id”" in dialog.combos[2].accessibleName()  # says which column


def test_move_under_inputs_are_named(qtbot):
    dialog = MoveUnderDialog(small_chart(), ["ae1", "ae2"])
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []
    prompt = next(label for label in dialog.findChildren(QLabel) if label.buddy())
    assert prompt.buddy() is dialog.search and "2 position" in prompt.text()


def test_role_review_inputs_and_role_editor_are_named(qtbot):
    dialog = RoleReviewDialog(small_chart())
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []
    index = dialog.proxy.index(0, ROLE)
    editor = dialog.table.itemDelegateForColumn(ROLE).createEditor(
        dialog.table.viewport(), None, index
    )
    assert editor.accessibleName() == "Role"
    editor.deleteLater()


def test_team_segments_inputs_are_named(qtbot):
    chart = small_chart()
    team = Team("t1", "North")
    dialog = TeamSegmentsDialog(chart, team)
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []


def test_template_wizard_inputs_are_named(qtbot):
    wizard = TemplateWizard(None, "pod")
    qtbot.addWidget(wizard)
    for model in ("assembly_line", "pod", "island"):
        wizard.set_model(model)
        assert unnamed_inputs(wizard) == [], model
    wizard.preview.close_document()


def test_recovery_list_is_named(qtbot, tmp_path):
    store = AutosaveStore(tmp_path / "autosave")
    entry = store.new_entry()
    info = AutosaveInfo("plan", None, datetime.now(UTC), 1)
    entry.write(chart_state(small_chart()), info)
    dialog = RecoveryDialog(store, [entry])
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []
    text = dialog.list.item(0).text()
    assert text.startswith("plan — autosaved today at") and "1 position" in text
    entry.remove()


def test_print_preview_pages_combo_is_named(window, qtbot):
    preview = window.exports.make_print_preview()
    qtbot.addWidget(preview)
    assert preview.pages_combo.accessibleName() == "Pages"


def test_file_dialog_filters_keep_their_patterns():
    exports = export_filter().split(";;")
    assert [item[item.index("(") :] for item in exports] == [
        "(*.png)",
        "(*.svg)",
        "(*.pdf)",
        "(*.csv)",
        "(*.xlsx)",
        "(*.graphml)",
    ]
    assert save_filter() == "orgeditor charts (*.orgchart)"
    assert import_filter() == "HR exports (*.csv *.txt *.tsv *.xlsx *.graphml)"
    assert open_filter().split(";;") == [
        "Charts (*.orgchart *.csv *.txt *.tsv *.xlsx *.graphml)",
        save_filter(),
        import_filter(),
    ]


def test_export_failure_names_the_file_in_one_line():
    text = export_failure(Path("a\nb.png"), OSError(28, "No space left on device"))
    assert text.startswith("a b.png: could not write: ") and "\n" not in text
