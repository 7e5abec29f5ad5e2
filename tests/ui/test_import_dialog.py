"""Import dialog: preview, the automatic mapping and its overrides, problems with row numbers,
sheets of a workbook, unreadable files, and the result after accept."""

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog
from support.pictures import grab_checked

from orgeditor.io import CUSTOM, IGNORE, read_csv
from orgeditor.ui.dialogs import import_dialog
from orgeditor.ui.dialogs.import_dialog import (
    CHOICES,
    CUSTOM_LABEL,
    IGNORE_LABEL,
    REFRESH_DELAY_MS,
    ImportDialog,
    import_file,
)


@pytest.fixture
def make_dialog(qtbot):
    def make(path):
        dialog = ImportDialog(Path(path))
        qtbot.addWidget(dialog)
        return dialog

    return make


@pytest.fixture
def png_dir(picture_dir) -> Path:
    return picture_dir


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def assignments(dialog: ImportDialog) -> list[str]:
    return [combo.currentData() for combo in dialog.combos]


def problem_rows(dialog: ImportDialog) -> list[tuple[int | None, str]]:
    items = [dialog.problem_list.item(i) for i in range(dialog.problem_list.count())]
    return [(item.data(256), item.text()) for item in items]  # 256: Qt.UserRole


ALIASED = (
    "Employee ID,Full Name,Job Title,Reports To,Office\n"
    "1,Ada Lovelace,CEO,,London\n"
    "2,Bo Berg,VP Sales,1,Oslo\n"
    "3,Cy Chen,AE,2,Oslo\n"
)


def test_choices_cover_every_field_plus_custom_and_ignore():
    keys = [key for key, _label in CHOICES]
    assert keys[-2:] == [CUSTOM, IGNORE]
    assert dict(CHOICES)[CUSTOM] == CUSTOM_LABEL and dict(CHOICES)[IGNORE] == IGNORE_LABEL
    assert dict(CHOICES)["manager_id"] == "Manager (reports to)"


def test_auto_mapping_shown_for_aliased_headers(make_dialog, tmp_path):
    dialog = make_dialog(write(tmp_path, "staff.csv", ALIASED))
    assert dialog.error() is None and dialog.ok_button.isEnabled()
    assert assignments(dialog) == ["id", "name", "title", "manager_id", "location"]
    assert dialog.combos[3].currentText() == "Manager (reports to)"
    assert dialog.table.horizontalHeaderItem(0).text() == "Employee ID"
    assert dialog.table.rowCount() == 1 + 3  # the combo row, then the data rows
    assert dialog.table.item(2, 1).text() == "Bo Berg"
    assert not dialog.sheet_combo.isVisibleTo(dialog)
    assert "3 rows" in dialog.summary.text() and "comma" in dialog.summary.text()
    assert dialog.counts.text().startswith("3 positions, 0 problems")
    assert dialog.chart().roots() == ["1"]


def test_real_file_preview_is_limited_and_counts_all(make_dialog, data_dir):
    dialog = make_dialog(data_dir / "softuni_employees.csv")
    expected, problems = read_csv(data_dir / "softuni_employees.csv")
    assert dialog.table.rowCount() == 1 + import_dialog.PREVIEW_ROWS
    assert dialog.counts.text().startswith(f"{len(expected)} positions, {len(problems)} problem")
    assert f"{len(expected)} rows" in dialog.summary.text()
    assert assignments(dialog)[:3] == ["id", "name", "title"]


def test_ignoring_the_manager_column_makes_all_roots(make_dialog, qtbot, data_dir):
    dialog = make_dialog(data_dir / "northwind_employees.csv")
    assert len(dialog.chart().roots()) < len(dialog.chart())
    manager = assignments(dialog).index("manager_id")
    dialog.set_assignment(manager, IGNORE)
    assert dialog.timer.isActive()  # debounced
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=REFRESH_DELAY_MS * 10)
    chart = dialog.chart()
    assert len(chart.roots()) == len(chart)
    assert dialog.mapping().assignments[manager] == IGNORE


def test_choosing_a_taken_field_moves_it(make_dialog, tmp_path):
    dialog = make_dialog(write(tmp_path, "staff.csv", ALIASED))
    dialog.set_assignment(4, "title")  # Office now feeds the title; Job Title becomes custom
    assert assignments(dialog) == ["id", "name", CUSTOM, "manager_id", "title"]
    dialog.refresh()
    chart = dialog.chart()
    assert chart.position("2").title == "Oslo"
    assert chart.position("2").custom["Job Title"] == "VP Sales"


def test_problems_listed_with_row_numbers(make_dialog, tmp_path):
    path = write(
        tmp_path,
        "staff.csv",
        "id,name,manager_id\n1,Ada,\n2,Bo,1\n2,Cy,1\n4,Di,42\n",
    )
    dialog = make_dialog(path)
    rows = problem_rows(dialog)
    assert [row for row, _text in rows] == [4, 5]
    assert rows[0][1].startswith("Row 4 · Duplicate id: staff.csv, row 4")
    assert rows[1][1].startswith("Row 5 · Unknown manager: staff.csv, row 5")
    assert dialog.counts.text().startswith("4 positions, 2 problems")
    assert dialog.ok_button.isEnabled()  # problems never block the import


def test_mapping_change_reveals_problems(make_dialog, tmp_path):
    path = write(tmp_path, "staff.csv", "id,name,boss code\n1,Ada,\n2,Bo,9\n")
    dialog = make_dialog(path)
    assert assignments(dialog)[2] == CUSTOM and dialog.problems() == []
    dialog.set_assignment(2, "manager_id")
    dialog.refresh()
    assert [(p.kind, p.row) for p in dialog.problems()] == [("unknown_manager", 3)]


def make_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Sales"
    first.append(["Employee ID", "Full Name", "Job Title", "Reports To"])
    first.append([1, "Ada", "CEO", None])
    first.append([2, "Bo", "AE", 1])
    second = workbook.create_sheet("Support")
    second.append(["id", "name", "manager"])
    for n in range(1, 6):
        second.append([n, f"Agent {n}", None])
    workbook.save(path)
    return path


def test_xlsx_sheets_switch_preview_and_result(make_dialog, qtbot, tmp_path, png_dir):
    path = make_workbook(tmp_path / "staff.xlsx")
    dialog = make_dialog(path)
    assert dialog.sheet_combo.isVisibleTo(dialog)
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["Sales", "Support"]
    assert assignments(dialog) == ["id", "name", "title", "manager_id"]
    assert dialog.table.item(1, 0).text() == "1"
    assert len(dialog.chart()) == 2 and "sheet “Sales”" in dialog.summary.text()

    dialog.set_sheet("Support")
    assert dialog.sheet() == "Support"
    assert dialog.table.columnCount() == 3 and dialog.table.rowCount() == 1 + 5
    assert dialog.table.item(5, 1).text() == "Agent 5"
    assert len(dialog.chart()) == 5 and "Support" in dialog.summary.text()

    dialog.buttons.accepted.emit()
    chart, problems = dialog.result()
    assert len(chart) == 5 and problems == []


def test_unreadable_file_shows_error_and_disables_ok(make_dialog, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 8)
    dialog = make_dialog(path)
    assert dialog.error() is not None and "photo.csv" in dialog.error()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_list.item(0).text() == dialog.error()
    assert dialog.combos == []
    dialog.accept()
    assert dialog.result() is None and dialog.isVisible() is False  # never accepted


def test_broken_xlsx_shows_error(make_dialog, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip at all")
    dialog = make_dialog(path)
    assert dialog.error() and not dialog.ok_button.isEnabled()


def test_result_after_accept_and_none_when_cancelled(make_dialog, tmp_path):
    path = write(tmp_path, "staff.csv", ALIASED)
    dialog = make_dialog(path)
    assert dialog.result() is None
    dialog.set_assignment(3, IGNORE)  # accept refreshes a pending change
    dialog.accept()
    chart, problems = dialog.result()
    assert len(chart.roots()) == 3 and problems == []

    cancelled = make_dialog(path)
    cancelled.reject()
    assert cancelled.result() is None


def test_import_file_runs_the_dialog(monkeypatch, tmp_path):
    path = write(tmp_path, "staff.csv", ALIASED)

    def accept(dialog):
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    chart, problems = import_file(None, path)
    assert len(chart) == 3 and problems == []

    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert import_file(None, path) is None


def test_grab_png(make_dialog, data_dir, tmp_path, png_dir):
    csv = data_dir / "softuni_employees.csv"
    text = csv.read_text(encoding="utf-8").splitlines()
    text[3] = text[1]  # a duplicate id, for the problems list
    path = write(tmp_path, "softuni.csv", "\n".join(text) + "\n")
    dialog = make_dialog(path)
    dialog.show()
    grab_checked(dialog, png_dir / "import_softuni.png")


def test_problems_are_listed_in_bokmaal(make_dialog, tmp_path, bokmaal):
    path = write(tmp_path, "staff.csv", "id,name,manager_id\n1,Ann,\n2,Bob,9\n")
    dialog = make_dialog(path)
    texts = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert len(texts) == 1
    assert texts[0].startswith("Rad 3 · ")
    assert "staff.csv, rad 3: lederen '9' til Bob (id 2)" in texts[0]
    assert "vises uten leder" in texts[0] and "without" not in texts[0]
