"""The main window as a user meets it: contract names, example chart, open/save, undo, title."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGraphicsView, QWidget

from orgeditor.model import Position, chart_state
from orgeditor.ui.commands import AddPositionCommand


def cards(window):
    return {item.data(0) for item in window.scene.items() if item.data(0) is not None}


def test_contract_object_names(window):
    assert isinstance(window.findChild(QGraphicsView, "canvas"), QGraphicsView)
    for name in ("palette", "inspector", "checksPanel"):
        assert isinstance(window.findChild(QWidget, name), QWidget), name
    assert isinstance(window.findChild(QAbstractItemView, "checksList"), QAbstractItemView)


def test_example_chart_on_start(window, qtbot):
    window.show_example()
    chart = window.document.chart
    assert len(chart) > 10
    assert cards(window) == set(chart.position_ids())
    assert not window.document.modified
    checks_list = window.findChild(QAbstractItemView, "checksList")
    qtbot.waitUntil(lambda: checks_list.model() is not None)


def test_open_csv_then_save_and_reopen_same_chart(window, data_dir, tmp_path):
    assert window.open_path(data_dir / "northwind_employees.csv")
    chart = window.document.chart
    assert len(chart) == 9
    assert cards(window) == set(chart.position_ids())
    target = tmp_path / "northwind.orgchart"
    assert window.save_path(target)
    assert target.exists()
    assert not window.document.modified
    saved = chart_state(chart)
    window.show_example()
    assert window.open_path(target)
    assert chart_state(window.document.chart) == saved
    assert "northwind.orgchart" in window.windowTitle()


def test_unreadable_file_keeps_current_document(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window.show_example()
    before = chart_state(window.document.chart)
    bad = tmp_path / "bad.orgchart"
    bad.write_text("{not json", encoding="utf-8")
    assert not window.open_path(bad)
    assert shown and "bad.orgchart" in shown[0]
    assert chart_state(window.document.chart) == before


def test_edit_marks_title_and_undo_history_survives_save(window, tmp_path):
    window.show_example()
    stack = window.document.undo_stack
    chart = window.document.chart
    stack.push(AddPositionCommand(chart, Position("new1", "Nina", "Account Executive"), None))
    assert window.isWindowModified()
    assert window.actions.undo.text().endswith("Add position")
    assert window.save_path(tmp_path / "a.orgchart")
    assert not window.isWindowModified()
    assert stack.count() == 1 and stack.canUndo()
    stack.undo()
    assert "new1" not in chart
    assert window.isWindowModified()


def test_delete_key_removes_selection_and_undo_restores(window, qtbot):
    window.show_example()
    chart = window.document.chart
    before = chart_state(chart)
    leaf = next(pid for pid in chart.position_ids() if not chart.reports_of(pid))
    window.scene.select_ids([leaf])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert leaf not in chart
    assert leaf not in cards(window)
    window.document.undo_stack.undo()
    assert chart_state(chart) == before
    assert leaf in cards(window)
    assert not window.document.modified, [
        window.document.undo_stack.text(i) for i in range(window.document.undo_stack.count())
    ]


def test_copy_paste_subtree(window):
    window.show_example()
    chart = window.document.chart
    manager = next(pid for pid in chart.position_ids() if len(chart.reports_of(pid)) == 3)
    root = chart.roots()[0]
    count = len(chart)
    window.scene.select_ids([manager])
    window.edit.copy()
    window.scene.select_ids([root])
    window.edit.paste()
    assert len(chart) == count + 4
    pasted = window.scene.selected_ids()
    assert len(pasted) == 4
    top = pasted[0]
    assert chart.manager_of(top) == root
    assert len(chart.reports_of(top)) == 3
    window.document.undo_stack.undo()
    assert len(chart) == count


def test_status_bar_shows_counts_and_model(window, qtbot, data_dir):
    window.open_path(data_dir / "northwind_employees.csv")
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "9 positions" in bar.positions_label.text())
    assert "6 sellers" in bar.sellers_label.text()
    assert "island" in bar.model_label.text()


@pytest.mark.parametrize("source", ["empty", "example", "softuni"])
def test_window_renders(window, qtbot, data_dir, source, picture_dir):
    if source == "empty":
        window.files.new()
    elif source == "example":
        window.show_example()
    else:
        window.open_path(data_dir / "softuni_employees.csv")
    window.scene.flush()
    window.checks.refresh_now()  # the debounced checks: the picture shows their findings
    image = window.grab().toImage()
    assert image.save(str(picture_dir / f"window_{source}.png"))
    assert image.width() >= 1200 and image.height() >= 800
    # the canvas has content: more than one colour in its area (an empty chart shows a hint)
    canvas = window.view.grab().toImage()
    colours = {
        canvas.pixel(x, y)
        for x in range(0, canvas.width(), 7)
        for y in range(0, canvas.height(), 7)
    }
    assert len(colours) > (1 if source == "empty" else 20)


def test_checks_row_click_selects_and_centres_positions(window, qtbot, data_dir):
    from PySide6.QtTest import QTest

    window.open_path(data_dir / "softuni_employees.csv")
    checks_list = window.findChild(QAbstractItemView, "checksList")
    qtbot.waitUntil(lambda: checks_list.model().rowCount() > 0)
    findings = window.checks.findings()
    # span.* looks inside the sales scope (RULES.md): the Pacific Sales Manager's one report
    row = next(i for i, f in enumerate(findings) if f.rule == "span.too_narrow")
    checks_list.scrollTo(checks_list.model().index(row, 0))
    rect = checks_list.visualRect(checks_list.model().index(row, 0))
    QTest.mouseClick(checks_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.scene.selected_ids() == list(findings[row].positions)
    manager = findings[row].positions[0]
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    card = window.scene.card(manager).sceneBoundingRect()
    assert card.adjusted(-400, -300, 400, 300).contains(centre)


def test_closing_with_unsaved_changes_asks(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.show_example()
    chart = window.document.chart
    window.document.undo_stack.push(
        AddPositionCommand(chart, Position("n1", "Nils", "Selger"), chart.roots()[0])
    )
    asked = []

    def answer(choice):
        def question(*args, **kwargs):
            asked.append(args[2])
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible()
    assert "Save the changes" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert window.close()
    assert len(asked) == 2


def test_open_recent_lists_opened_files(window, data_dir, tmp_path):
    path = tmp_path / "team.orgchart"
    window.show_example("island")
    window.save_path(path)
    window.open_path(data_dir / "northwind_employees.csv")
    names = [a.text() for a in window.actions.recent_menu.actions()]
    assert names[:2] == ["northwind_employees.csv", "team.orgchart"]


def test_figures_and_segmentation_panels_are_wired(window, qtbot):
    from PySide6.QtWidgets import QComboBox

    window.show_example("assembly_line")
    assert window.findChild(QWidget, "figuresPanel") is window.figures
    assert window.findChild(QWidget, "segmentationPanel") is window.segmentation
    from PySide6.QtTest import QTest

    window.docks[4].raise_()
    window.segmentation.refresh_now()
    matrix = window.segmentation.matrix()
    assert matrix.layout == "row"
    table = window.findChild(QAbstractItemView, "segmentationMatrix")
    model = table.model()
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data() == "6"
    )
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    selected = window.scene.selected_ids()
    assert len(selected) == 6
    regions = {window.document.chart.effective_segment(pid, "region") for pid in selected}
    assert len(regions) == 1
    combo = window.findChild(QComboBox, "colourByCombo")
    combo.setCurrentIndex(combo.findData("region"))
    assert window.scene.colour_by == "region"
    qtbot.waitUntil(lambda: len(window.scene.colour_legend()) >= 2)
    values = {value for value, _colour in window.scene.colour_legend()}
    assert {"North", "South"} <= values


def test_new_from_template_replaces_chart_with_a_clean_structure(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from orgeditor.rules import run
    from orgeditor.ui.dialogs.template_wizard import TemplateWizard

    monkeypatch.setattr(TemplateWizard, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.show_example("island")
    window.actions.new_from_template.trigger()
    chart = window.document.chart
    assert len(chart) == 19  # the pod template at its defaults
    assert window.document.modified
    assert not [f for f in run(chart) if f.severity in ("error", "warning")]
    assert cards(window) == set(chart.position_ids())


def test_insert_structure_under_selected_card_is_one_step(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from orgeditor.ui.dialogs.template_wizard import TemplateWizard

    monkeypatch.setattr(TemplateWizard, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.show_example("island")
    chart = window.document.chart
    root = chart.roots()[0]
    before = chart_state(chart)
    window.scene.select_ids([root])
    window.actions.insert_structure.trigger()
    top = window.scene.selected_ids()[0]
    assert chart.manager_of(top) == root
    assert len(chart) == len(before["positions"]) + 19
    window.document.undo_stack.undo()
    assert chart_state(chart) == before


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".csv", ".graphml"])
def test_export_whole_chart_writes_each_format(window, tmp_path, suffix):
    window.show_example("pod")
    path = tmp_path / f"chart{suffix}"
    assert window.exports.export_to(path)
    data = path.read_bytes()
    assert len(data) > 500
    if suffix in (".svg", ".csv", ".graphml"):
        assert "Silje Holm" in data.decode("utf-8-sig")
    elif suffix == ".pdf":
        assert data.startswith(b"%PDF")
    else:
        assert data.startswith(b"\x89PNG")


def test_export_selection_only_to_pdf(window, tmp_path):
    import pypdf

    window.show_example("pod")
    chart = window.document.chart
    lead = next(pid for pid in chart.position_ids() if chart.position(pid).name == "Martin Vik")
    ids = [lead, *chart.descendants(lead)]
    path = tmp_path / "pod.pdf"
    assert window.exports.export_to(path, ids)
    text = " ".join("".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())
    assert "Martin Vik" in text and "Julie Berge" in text
    assert "Silje Holm" not in text


def test_import_through_the_mapping_dialog_opens_a_new_unsaved_document(
    window, data_dir, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    from orgeditor.ui.dialogs.import_dialog import ImportDialog

    monkeypatch.setattr(
        ImportDialog, "exec", lambda self: (self.accept(), QDialog.DialogCode.Accepted)[1]
    )
    assert window.files.import_path(data_dir / "softuni_employees.csv")
    chart = window.document.chart
    assert len(chart) == 293
    assert window.document.modified
    assert "softuni_employees" in window.windowTitle()
    assert cards(window) == set(chart.position_ids())
