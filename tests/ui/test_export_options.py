"""File ▸ Export's options dialog: what each format asks, the keyword arguments it gives,
and the export controller passing them through (or not exporting when cancelled)."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog
from support.pictures import grab_checked

from orgeditor.render import PAPER_SIZES
from orgeditor.ui.dialogs.export_options import ExportOptionsDialog, default_options


def dialog(qtbot, fmt):
    made = ExportOptionsDialog(fmt)
    qtbot.addWidget(made)
    return made


def pdf_text(path):
    import pypdf

    reader = pypdf.PdfReader(path)
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


# --- the dialog ----------------------------------------------------------------------------


def test_defaults_match_the_old_fixed_export(qtbot):
    assert dialog(qtbot, ".png").options() == {"scale": 2.0, "background": "white"}
    assert dialog(qtbot, ".pdf").options() == {
        "paper": "A4",
        "orientation": "auto",
        "pages": "fit",
        "scale": 1.0,
    }
    assert dialog(qtbot, ".svg").options() == {}
    for fmt in (".png", ".pdf", ".svg"):
        assert dialog(qtbot, fmt).options() == default_options(fmt)


def test_unknown_format_is_refused(qtbot):
    with pytest.raises(ValueError, match="no export options"):
        ExportOptionsDialog(".csv")


def test_png_asks_scale_and_background_only(qtbot):
    made = dialog(qtbot, ".png")
    assert not hasattr(made, "paper")
    assert made.scale_spin.minimum() == 0.5 and made.scale_spin.maximum() == 8.0
    assert made.scale_buttons[2.0].isChecked()
    made.scale_buttons[3.0].click()
    assert made.scale_spin.value() == 3.0
    assert made.scale_buttons[3.0].isChecked() and not made.scale_buttons[2.0].isChecked()
    made.scale_spin.setValue(1.5)  # off the presets: none of them is checked
    assert not any(button.isChecked() for button in made.scale_buttons.values())
    made.transparent.setChecked(True)
    assert made.options() == {"scale": 1.5, "background": None}


def test_pdf_asks_paper_pages_orientation_and_split_scale(qtbot):
    made = dialog(qtbot, ".pdf")
    assert not hasattr(made, "scale_spin")
    assert [made.paper.itemText(i) for i in range(made.paper.count())] == list(PAPER_SIZES)
    assert not made.percent.isEnabled()  # the scale is for split pages only
    made.split_radio.setChecked(True)
    assert made.percent.isEnabled()
    assert (made.percent.minimum(), made.percent.maximum()) == (50, 200)
    made.percent.setValue(80)
    made.paper.setCurrentText("A3")
    made.orientation.setCurrentIndex(made.orientation.findData("landscape"))
    assert made.options() == {
        "paper": "A3",
        "orientation": "landscape",
        "pages": "split",
        "scale": 0.8,
    }
    made.set_split(False)  # fit ignores the split scale
    assert made.options()["pages"] == "fit" and made.options()["scale"] == 1.0


def test_svg_returns_at_once(qtbot):
    made = dialog(qtbot, ".svg")
    assert made.exec() == QDialog.DialogCode.Accepted.value
    assert ExportOptionsDialog.ask(".svg") == {}


def test_ask_returns_none_when_cancelled(qtbot):
    QTimer.singleShot(0, lambda: _active_dialog().reject())
    assert ExportOptionsDialog.ask(".png") is None


def test_ask_returns_the_options_when_accepted(qtbot):
    def accept():
        made = _active_dialog()
        made.scale_buttons[4.0].click()
        made.accept()

    QTimer.singleShot(0, accept)
    assert ExportOptionsDialog.ask(".png") == {"scale": 4.0, "background": "white"}


def _active_dialog() -> ExportOptionsDialog:
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportOptionsDialog)]
    return next(w for w in found if w.isVisible())


def test_grab_the_dialogs(qtbot, picture_dir):
    for fmt in (".png", ".pdf"):
        made = dialog(qtbot, fmt)
        if fmt == ".pdf":
            made.set_split(True)
        made.show()
        qtbot.waitExposed(made)
        grab_checked(made, picture_dir / f"export_options_{fmt[1:]}.png")


# --- the dialog's options, exported ----------------------------------------------------------


def test_png_scale_3_is_one_and_a_half_times_scale_2(qtbot, window, tmp_path):
    window.show_example("pod")
    made = dialog(qtbot, ".png")
    two, three = tmp_path / "two.png", tmp_path / "three.png"
    assert window.exports.export_to(two, **made.options())
    made.scale_buttons[3.0].click()
    assert window.exports.export_to(three, **made.options())
    small, large = QImage(str(two)), QImage(str(three))
    assert large.width() == pytest.approx(small.width() * 1.5, abs=2)
    assert large.height() == pytest.approx(small.height() * 1.5, abs=2)


def test_png_transparent_background(qtbot, window, tmp_path):
    window.show_example("pod")
    made = dialog(qtbot, ".png")
    made.transparent.setChecked(True)
    path = tmp_path / "clear.png"
    assert window.exports.export_to(path, **made.options())
    image = QImage(str(path))
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    opaque = tmp_path / "white.png"
    assert window.exports.export_to(opaque)
    assert QImage(str(opaque)).pixelColor(0, 0).alpha() == 255


def test_pdf_split_has_numbered_pages(qtbot, window, tmp_path, data_dir):
    assert window.open_path(data_dir / "softuni_employees.csv")
    made = dialog(qtbot, ".pdf")
    made.set_split(True)
    path = tmp_path / "softuni.pdf"
    assert window.exports.export_to(path, **made.options())
    reader, texts = pdf_text(path)
    assert len(reader.pages) > 1
    assert "page 1 of" in texts[0]
    fit = tmp_path / "fit.pdf"
    assert window.exports.export_to(fit)  # the default: one page
    assert len(pdf_text(fit)[0].pages) == 1


def test_export_to_refuses_unknown_or_misplaced_options(window, tmp_path, monkeypatch):
    window.show_example("pod")
    warnings = []
    monkeypatch.setattr(
        "orgeditor.ui.export_controller.QMessageBox.warning",
        lambda *args: warnings.append(args[-1]),
    )
    assert not window.exports.export_to(tmp_path / "a.png", paper="A4")
    assert not window.exports.export_to(tmp_path / "a.csv", scale=2.0)
    assert not window.exports.export_to(tmp_path / "a.png", scale=20.0)  # render's range
    assert len(warnings) == 3
    assert not (tmp_path / "a.png").exists() and not (tmp_path / "a.csv").exists()


# --- File ▸ Export with the dialog -------------------------------------------------------------


def _save_as(monkeypatch, path, chosen="PDF document (*.pdf)"):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen))


def test_export_dialog_passes_the_options_through(window, tmp_path, monkeypatch):
    window.show_example("pod")
    path = tmp_path / "pod.png"
    _save_as(monkeypatch, path)
    asked = []

    def ask(suffix):
        asked.append(suffix)
        return {"scale": 1.0, "background": None}

    monkeypatch.setattr(window.exports, "ask_options", ask)
    window.exports.export_dialog()
    assert asked == [".png"]
    image = QImage(str(path))
    assert image.pixelColor(0, 0).alpha() == 0
    default = tmp_path / "default.png"
    assert window.exports.export_to(default)
    assert QImage(str(default)).width() == pytest.approx(image.width() * 2, abs=2)


def test_export_dialog_cancelled_options_write_nothing(window, tmp_path, monkeypatch):
    window.show_example("pod")
    path = tmp_path / "pod.pdf"
    _save_as(monkeypatch, path)
    QTimer.singleShot(0, lambda: _active_dialog().reject())
    window.exports.export_dialog()
    assert not path.exists()


def test_export_dialog_real_options_dialog_accepted(window, tmp_path, monkeypatch):
    window.show_example("pod")
    path = tmp_path / "pod.pdf"
    _save_as(monkeypatch, path)

    def accept():
        made = _active_dialog()
        assert made.fmt == ".pdf"
        made.paper.setCurrentText("A3")
        made.accept()

    QTimer.singleShot(0, accept)
    window.exports.export_dialog()
    reader, _texts = pdf_text(path)
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    height_mm = float(reader.pages[0].mediabox.height) / 72 * 25.4
    assert sorted((round(width_mm), round(height_mm))) == [297, 420]


def test_export_dialog_svg_and_csv_ask_nothing(window, tmp_path, monkeypatch):
    window.show_example("pod")
    for name in ("pod.svg", "pod.csv"):
        path = tmp_path / name
        _save_as(monkeypatch, path)
        window.exports.export_dialog()  # would block on a dialog if it asked
        assert path.exists()


# --- Print Preview: fit or split -------------------------------------------------------------


def test_print_preview_offers_fit_or_split(window, qtbot, data_dir, picture_dir):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    assert window.open_path(data_dir / "softuni_employees.csv")
    preview = window.exports.make_print_preview()
    qtbot.addWidget(preview)
    combo = preview.pages_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["fit", "split"]
    preview.show()
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: widget.pageCount() > 1)
    grab_checked(preview, picture_dir / "print_preview_split.png")
    preview.close()
