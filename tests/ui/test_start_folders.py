"""The file dialogs start in the open chart's folder, else in the folder used last, else in the
home folder; opening, importing, saving and exporting set the folder used last."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from orgeditor.io import save_orgchart
from orgeditor.ui.examples import load_example
from orgeditor.ui.folders import LAST_FOLDER_KEY, remember_folder, start_folder


@pytest.fixture(autouse=True)
def no_last_folder(qapp, tmp_path, monkeypatch):
    # QSettings keeps one file per process: no folder from another test, none left behind
    QSettings().remove(LAST_FOLDER_KEY)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    yield
    QSettings().remove(LAST_FOLDER_KEY)


def home() -> str:
    return str(Path.home())


def chart_file(folder: Path, name: str = "x.orgchart") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    save_orgchart(load_example("pod"), path)
    return path


# ----- start_folder / remember_folder -------------------------------------------------------


def test_nothing_known_starts_at_home(tmp_path):
    assert start_folder(None) == home() == str(tmp_path / "home")


def test_the_documents_folder_comes_first(tmp_path):
    remember_folder(chart_file(tmp_path / "last"))
    document = chart_file(tmp_path / "mine")
    assert start_folder(document) == str(tmp_path / "mine")


def test_the_last_folder_when_the_document_has_none(tmp_path):
    remember_folder(tmp_path / "last" / "y.csv")
    (tmp_path / "last").mkdir()
    assert QSettings().value(LAST_FOLDER_KEY) == str(tmp_path / "last")
    assert start_folder(None) == str(tmp_path / "last")


def test_folders_that_are_gone_are_skipped(tmp_path):
    remember_folder(tmp_path / "gone" / "y.csv")  # never made
    assert start_folder(tmp_path / "also gone" / "x.orgchart") == home()
    (tmp_path / "gone").mkdir()
    assert start_folder(tmp_path / "also gone" / "x.orgchart") == str(tmp_path / "gone")


def test_a_damaged_setting_is_ignored():
    QSettings().setValue(LAST_FOLDER_KEY, 42)
    assert start_folder(None) == home()


# ----- the controllers ----------------------------------------------------------------------


def test_after_open_the_dialogs_propose_the_charts_folder(window, tmp_path):
    path = tmp_path / "a" / "x.orgchart"
    path.parent.mkdir()
    window.show_example("pod")
    assert window.save_path(path)
    window.show_example("island")  # something else, then open the saved chart again
    assert window.open_path(path)

    folder = str(tmp_path / "a")
    assert window.files.dialog_folder() == folder
    assert window.files.proposed_save_path() == str(path)
    assert window.exports.proposed_path() == str(tmp_path / "a" / "x.pdf")


def test_a_new_chart_proposes_the_last_folder(window, tmp_path):
    opened = chart_file(tmp_path / "b")
    assert window.open_path(opened)
    window.files.new()
    assert window.document.path is None
    assert window.files.dialog_folder() == str(tmp_path / "b")
    assert window.files.proposed_save_path() == str(tmp_path / "b" / "Untitled.orgchart")
    assert window.exports.proposed_path() == str(tmp_path / "b" / "Untitled.pdf")


def test_an_unsaved_chart_with_nothing_remembered_proposes_home(window):
    window.files.new()
    assert window.files.dialog_folder() == home()
    assert window.files.proposed_save_path() == str(Path(home()) / "Untitled.orgchart")


def test_import_remembers_the_tables_folder(window, tmp_path, data_dir, monkeypatch):
    import orgeditor.ui.file_controller as file_controller
    from orgeditor.io import read_chart

    table = tmp_path / "hr" / "people.csv"
    table.parent.mkdir()
    table.write_bytes((data_dir / "northwind_employees.csv").read_bytes())
    # the mapping dialog is tested elsewhere; here it answers as OK would
    monkeypatch.setattr(file_controller, "import_file", lambda parent, path: read_chart(path))
    assert window.files.import_path(table)
    assert window.document.path is None
    assert window.files.dialog_folder() == str(tmp_path / "hr")
    assert window.files.proposed_save_path() == str(tmp_path / "hr" / "people.orgchart")


def test_save_and_export_remember_their_folders(window, tmp_path):
    window.show_example("pod")
    assert window.save_path(chart_file(tmp_path / "saved", "plan.orgchart"))
    window.files.new()
    assert window.files.dialog_folder() == str(tmp_path / "saved")

    window.show_example("pod")  # an empty chart has nothing to export
    (tmp_path / "out").mkdir()
    assert window.exports.export_to(tmp_path / "out" / "chart.svg")
    assert (tmp_path / "out" / "chart.svg").stat().st_size > 0
    assert window.files.dialog_folder() == str(tmp_path / "out")


def test_a_failed_export_does_not_move_the_folder(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    remember_folder(chart_file(tmp_path / "kept"))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not window.exports.export_to(tmp_path / "no such folder" / "chart.svg")
    assert warnings
    assert start_folder(None) == str(tmp_path / "kept")


# ----- the real dialogs ---------------------------------------------------------------------


def answer_file_dialog(qtbot, seen: dict, tries: int = 250):
    """Once the modal file dialog is up: note where it starts and what it proposes, then
    cancel it. Anything else modal that turns up instead is cancelled after `tries` looks
    (20 ms apart), so a wrong dialog fails the test instead of hanging it."""

    def look(left: int = tries):
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen["directory"] = dialog.directory().absolutePath()
            seen["selected"] = dialog.selectedFiles()
            dialog.reject()
        elif left > 0:
            QTimer.singleShot(20, lambda: look(left - 1))  # not shown yet
        elif isinstance(dialog, QDialog):
            seen["unexpected"] = type(dialog).__name__
            dialog.reject()

    QTimer.singleShot(0, look)


def test_the_open_dialog_starts_in_the_charts_folder(window, qtbot, tmp_path):
    path = tmp_path / "a" / "x.orgchart"
    path.parent.mkdir()
    window.show_example("pod")
    assert window.save_path(path)
    assert window.open_path(path)
    seen: dict = {}
    answer_file_dialog(qtbot, seen)
    window.files.open_dialog()  # returns once the dialog was cancelled
    assert seen["directory"] == str(tmp_path / "a")
    assert window.document.path == path  # cancelled: nothing else opened


def test_the_save_as_and_export_dialogs_propose_the_charts_folder(window, qtbot, tmp_path):
    path = chart_file(tmp_path / "c", "plan.orgchart")
    assert window.open_path(path)
    seen: dict = {}
    answer_file_dialog(qtbot, seen)
    assert not window.files.save_as()
    assert seen["directory"] == str(tmp_path / "c")
    assert seen["selected"] == [str(path)]

    seen.clear()
    answer_file_dialog(qtbot, seen)
    window.exports.export_dialog()
    assert seen["directory"] == str(tmp_path / "c")
    assert seen["selected"] == [str(tmp_path / "c" / "plan.pdf")]
    assert not (tmp_path / "c" / "plan.pdf").exists()  # cancelled: nothing written
