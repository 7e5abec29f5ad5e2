"""The window: File ▸ Export writes Excel workbooks, and the cap on positions per file comes
from the setting import/maxPositions (io/limits.py) for Open and Import alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from orgeditor.io import MAX_POSITIONS, read_chart
from orgeditor.ui.dialogs.import_dialog import (
    MAX_POSITIONS_KEY,
    ImportDialog,
    max_positions_setting,
)
from orgeditor.ui.export_controller import export_filter


def staff(tmp_path, rows: int):
    path = tmp_path / "staff.csv"
    lines = "".join(f"{i},P{i},Account Executive\n" for i in range(1, rows + 1))
    path.write_text("id,name,title\n" + lines, encoding="utf-8")
    return path


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *_args, **_kwargs):
        shown.append((title, text))

    monkeypatch.setattr("orgeditor.ui.file_controller.QMessageBox.warning", record)
    monkeypatch.setattr("orgeditor.ui.export_controller.QMessageBox.warning", record)
    return shown


def test_the_export_dialog_offers_excel() -> None:
    assert "Excel workbook (*.xlsx)" in export_filter().split(";;")


def test_export_to_xlsx_round_trips(window, tmp_path, warnings) -> None:
    window.show_example("pod")
    path = tmp_path / "pod.xlsx"
    assert window.exports.export_to(path)
    back, problems = read_chart(path)
    assert (problems, warnings) == ([], [])
    chart = window.document.chart  # the full comparison: tests/io (test_round_trips)

    def fields(c):
        return [(p.id, p.name, p.title, p.role, p.cost, c.manager_of(p.id)) for p in c.positions()]

    assert fields(back) == fields(chart)


def test_export_dialog_adds_the_suffix_and_asks_nothing(window, tmp_path, monkeypatch) -> None:
    window.show_example("pod")
    chosen = (str(tmp_path / "pod"), "Excel workbook (*.xlsx)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    window.exports.export_dialog()  # would block on an options dialog if it asked one
    assert (tmp_path / "pod.xlsx").exists()


def test_a_selection_is_not_exported_as_a_workbook(window, tmp_path, warnings) -> None:
    window.show_example("pod")
    some = list(window.document.chart.position_ids())[:2]
    assert not window.exports.export_to(tmp_path / "some.xlsx", some)
    assert warnings == [("Could not export", "some.xlsx: a selection exports as PNG, SVG or PDF")]


# ----- the cap on positions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "cap"),
    [(None, MAX_POSITIONS), (500_000, 500_000), ("600000", 600_000), ("many", MAX_POSITIONS)],
)
def test_the_setting(qapp, stored, cap) -> None:
    if stored is not None:
        QSettings().setValue(MAX_POSITIONS_KEY, stored)
    assert max_positions_setting() == cap


@pytest.mark.parametrize("stored", [0, -3])
def test_a_setting_below_one_is_the_default(qapp, stored) -> None:
    QSettings().setValue(MAX_POSITIONS_KEY, stored)
    assert max_positions_setting() == MAX_POSITIONS


def test_open_refuses_a_file_over_the_setting(window, tmp_path, warnings) -> None:
    path = staff(tmp_path, 51)
    QSettings().setValue(MAX_POSITIONS_KEY, 50)
    before = window.document.chart
    assert not window.files.open(path)
    ((title, text),) = warnings
    assert title == "Could not open"
    assert text.startswith("staff.csv, row 52: refused: more than 50 positions (the limit)")
    assert window.document.chart is before
    QSettings().setValue(MAX_POSITIONS_KEY, 51)
    assert window.files.open(path)
    assert len(window.document.chart) == 51


def test_the_import_dialog_uses_the_setting(qtbot, tmp_path) -> None:
    path = staff(tmp_path, 51)
    QSettings().setValue(MAX_POSITIONS_KEY, 50)
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert "more than 50 positions" in (dialog.error() or "")
    assert not dialog.ok_button.isEnabled()
    given = ImportDialog(path, max_positions=51)  # a caller's cap wins over the setting
    qtbot.addWidget(given)
    assert given.error() is None and len(given.chart()) == 51
