"""What the canvas, the panels and the dialogs draw reads in the dark theme as in the light one:
no colour that assumes a light background (orgeditor/ui/theme.py). Text at WCAG AA (4.5:1)
on what it is drawn on, measured on what was painted where the drawing is custom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
)
from support.pictures import colours_in, grab_checked

from orgeditor.drawing.scheme import DARK, LIGHT
from orgeditor.drawing.style import AA_TEXT, contrast
from orgeditor.io import IGNORE
from orgeditor.model import Chart, Position
from orgeditor.rules.messages import render
from orgeditor.ui.canvas.drag_ghost import DragGhostItem
from orgeditor.ui.canvas.drop_hint import DropHintItem
from orgeditor.ui.dialogs.import_dialog import ImportDialog
from orgeditor.ui.dialogs.template_wizard import TemplateWizard
from orgeditor.ui.panels.breadcrumb_bar import DARK_COLOURS, LIGHT_COLOURS
from orgeditor.ui.panels.custom_fields import IS_MIXED, ValueDelegate
from orgeditor.ui.panels.figure_widgets import Bar, BarList, mixed
from orgeditor.ui.panels.segmentation_model import THIN_ROLE
from orgeditor.ui.theme import (
    DARK_THEME,
    LIGHT_THEME,
    SYSTEM,
    apply_theme,
    is_dark,
    set_theme_setting,
)

THEMES = (DARK_THEME, LIGHT_THEME)


@pytest.fixture(autouse=True)
def system_theme_after(qapp):
    """The application's own style and palette again after each test, and the setting that a
    window applies when it is made."""
    yield
    set_theme_setting(SYSTEM)
    apply_theme(qapp, SYSTEM)


def best_contrast(image: QImage, background: QColor) -> float:
    """The strongest contrast of any painted colour against the background: what the text
    (antialiased at its edges, solid in its strokes) reaches."""
    return max(contrast(QColor(*rgb), background) for rgb in colours_in(image))


def painted(item, background: QColor, size: tuple[int, int] = (400, 200)) -> QImage:
    """An item's own paint() on a canvas of `background` (the item's origin at 10, 10)."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.translate(10, 10)
    item.paint(painter, None, None)
    painter.end()
    return image


def switch(window, qtbot, theme: str, widget=None) -> None:
    """Choose a theme and wait until `widget` (default: the window) has taken its palette:
    the application tells its widgets through posted events."""
    window.set_theme(theme)
    target = widget or window
    window_role = QPalette.ColorRole.Window
    qtbot.waitUntil(
        lambda: target.palette().color(window_role) == QApplication.palette().color(window_role)
    )


def window_colours() -> tuple[QColor, QColor, QColor]:
    palette = QApplication.palette()
    role = QPalette.ColorRole
    return palette.color(role.Window), palette.color(role.Base), palette.color(role.Text)


# ----- the canvas ----------------------------------------------------------------------------


def test_the_empty_canvas_hint_reads_on_either_canvas(window, qtbot, picture_dir):
    window.document.replace_chart(Chart(), None)
    window.show_canvas()
    for theme, scheme in ((DARK_THEME, DARK), (LIGHT_THEME, LIGHT)):
        window.set_theme(theme)
        assert window.scene.scheme is scheme
        view = window.view
        picture = view.viewport().grab().toImage()
        picture.save(str(picture_dir / f"empty_canvas_{theme}.png"))
        middle = picture.copy(0, picture.height() // 2 - 30, picture.width(), 60)
        assert best_contrast(middle, scheme.background) >= AA_TEXT, theme


def test_drag_outlines_and_the_refusal_read_on_the_dark_canvas(window, qtbot, picture_dir):
    window.show_example()
    window.set_theme(DARK_THEME)
    window.scene.flush()
    card = window.scene.card(next(iter(window.document.chart.graph)))
    ghost = DragGhostItem([(0.0, 0.0), (card.pos().x(), card.pos().y() + 200)])
    hint = DropHintItem("Alan cannot report to Per: Per already reports to Alan.")
    window.scene.addItem(ghost)
    window.scene.addItem(hint)
    hint.show_at(card.pos())
    try:
        window.view.centerOn(card)
        window.view.viewport().grab().save(str(picture_dir / "drag_feedback_dark.png"))
        # the dashed outline of a card's old place: 3:1 like any outline that matters
        assert best_contrast(painted(ghost, DARK.background), DARK.background) >= 3.0
        picture = painted(hint, DARK.background)
        fill = picture.pixelColor(10 + 20, 10 + 20)  # inside the box, left of the text
        assert fill.lightnessF() < 0.35  # a dark box on the dark canvas, not a light one
        assert best_contrast(picture, fill) >= AA_TEXT
    finally:
        window.scene.removeItem(ghost)
        window.scene.removeItem(hint)


def test_the_name_editor_takes_the_palette(window, qtbot):
    window.document.replace_chart(Chart(), None)
    window.document.chart.add_position(Position("p", "Kari Nordmann", "VP Sales"))
    window.scene.flush()
    switch(window, qtbot, DARK_THEME, window.view.viewport())
    window.scene.select_ids(["p"])
    assert window.view.edit_selected_name()
    editor = window.view.findChild(QLineEdit, "cardNameEditor")
    picture = editor.grab().toImage()
    inside = picture.pixelColor(picture.width() - 6, picture.height() // 2)
    _window, base, _text = window_colours()
    assert contrast(inside, base) < 1.2  # the field is the palette's dark base, not white
    assert best_contrast(picture, inside) >= AA_TEXT
    window.view.close_editor()


# ----- panels ----------------------------------------------------------------------------------


def test_bar_tracks_are_shades_of_the_panel(qtbot):
    bars = BarList()
    qtbot.addWidget(bars)
    bars.resize(300, 60)
    bars.set_bars([Bar("Full", 10, "10", "#0072B2"), Bar("Empty", 0, "0", "#0072B2")])
    for theme in THEMES:
        apply_theme(QApplication.instance(), theme)
        picture = bars.grab().toImage()
        track_x = int(bars._columns()[0]) + int(bars._columns()[1]) - 4
        track = picture.pixelColor(track_x, BarList.ROW + BarList.ROW // 2 + 1)
        window = bars.palette().color(QPalette.ColorRole.Window)
        # a track close to the panel's own colour: no white box on a dark panel
        assert 1.05 < contrast(track, window) < 2.0, (theme, track.name())


def test_greyed_texts_follow_the_theme(window, qtbot):
    window.show_example()
    figures, segments = window.figures, window.segmentation
    figures.refresh_now()
    segments.refresh_now()
    quiet = [segments.axes_label, segments.hint_label, segments.legend_note]
    for theme in THEMES:
        switch(window, qtbot, theme, segments.legend_note)
        back = QApplication.palette().color(QPalette.ColorRole.Window)
        for label in quiet:
            colour = label.palette().color(label.foregroundRole())
            assert contrast(colour, back) >= AA_TEXT, (theme, label.text())
        # the greyed parts of the figures' rich texts ("3 (9 sellers, 3 managers)")
        for text in [label.text() for label in figures.findChildren(QLabel)]:
            if "color:" in text:
                colour = QColor(text.split("color:")[1][:7])
                assert contrast(colour, back) >= AA_TEXT, (theme, text)


def segmented_chart() -> Chart:
    """Two dimensions in use (a grid with totals), a thin cell and sellers without a value."""
    chart = Chart()
    chart.add_position(Position("vp", "Vera Berg", "VP Sales"))
    places = [("North", "SMB"), ("North", "SMB"), ("North", "Enterprise"), ("South", "SMB")]
    places += [("South", "Enterprise"), ("South", "Enterprise"), ("", "SMB")]
    for i, (region, size) in enumerate(places):
        chart.add_position(
            Position(
                f"s{i}", f"Seller {i}", "Account Executive", region=region, customer_size=size
            ),
            "vp",
        )
    return chart


def test_the_matrix_reads_in_both_themes(window, qtbot, picture_dir):
    window.document.replace_chart(segmented_chart(), None)
    panel = window.segmentation
    panel.refresh_now()
    model = panel.model
    assert model.matrix().layout == "grid"
    cells = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    role = Qt.ItemDataRole
    for theme in THEMES:
        switch(window, qtbot, theme, panel)
        _window, base, text = window_colours()
        thin = total = 0
        for r, c in cells:
            index = model.index(r, c)
            fill = index.data(role.BackgroundRole)
            if fill is None or not index.data():
                continue
            fill = QColor(fill) if fill.alpha() == 255 else base  # a translucent heat tint
            shown = index.data(role.ForegroundRole) or text
            assert contrast(QColor(shown), fill) >= AA_TEXT, (theme, r, c)
            thin += bool(index.data(THIN_ROLE))
            total += model._is_total(r, c)
        assert total and thin, "a total and a thin cell were looked at"
        greyed = [
            model.headerData(section, orientation, role.ForegroundRole)
            for orientation, count in (
                (Qt.Orientation.Horizontal, model.columnCount()),
                (Qt.Orientation.Vertical, model.rowCount()),
            )
            for section in range(count)
        ]
        greyed = [colour for colour in greyed if colour is not None]  # "unassigned"
        assert greyed
        for colour in greyed:
            assert contrast(colour, base) >= AA_TEXT, theme
        summary = panel.summary_label.text()
        if "color:" in summary:
            colour = QColor(summary.split("color:")[1][:7])
            back = QApplication.palette().color(QPalette.ColorRole.Window)
            assert contrast(colour, back) >= AA_TEXT, theme
        grab_checked(panel, picture_dir / f"segmentation_matrix_{theme}.png")


def test_colour_by_has_a_name(window):
    combo = window.segmentation.colour_combo
    assert combo.accessibleName() == "Colour cards by"


def test_the_breadcrumb_bar_is_dark_under_the_dark_theme(window, qtbot, picture_dir):
    window.show_example()
    chart = window.document.chart
    manager = next(pid for pid in chart.graph if chart.manager_of(pid) and chart.reports_of(pid))
    for theme, colours in ((DARK_THEME, DARK_COLOURS), (LIGHT_THEME, LIGHT_COLOURS)):
        switch(window, qtbot, theme, window.breadcrumb.parentWidget())
        window.branches.focus_on(manager)
        qtbot.waitUntil(window.breadcrumb.isVisible)
        bar = window.breadcrumb
        assert bar.colours() is colours
        band = QColor(colours["band"])
        for key in ("link", "text", "quiet", "separator"):
            assert contrast(QColor(colours[key]), band) >= AA_TEXT, (theme, key)
        picture = grab_checked(bar, picture_dir / f"breadcrumb_{theme}.png")
        assert picture.pixelColor(picture.width() // 2, 2) == band
        window.branches.show_whole_chart()


# ----- dialogs ---------------------------------------------------------------------------------


def test_the_template_preview_follows_the_theme(window, qtbot, picture_dir):
    for theme, scheme in ((DARK_THEME, DARK), (LIGHT_THEME, LIGHT)):
        switch(window, qtbot, theme)
        wizard = TemplateWizard(window, "pod")
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        assert wizard.preview.scene.scheme is scheme
        assert wizard.preview.view.backgroundBrush().color() == scheme.background
        wizard.preview.show_error("sellers_per_manager must be at least 2")
        sheet = wizard.preview.error_box.styleSheet()
        fill = QColor(sheet.split("background: ")[1][:7])
        text = QColor(sheet.split("QLabel { color: ")[1][:7])
        assert contrast(text, fill) >= AA_TEXT
        assert is_dark(QApplication.palette()) == (fill.lightnessF() < 0.5), theme
        grab_checked(wizard, picture_dir / f"template_wizard_{theme}.png")
        wizard.preview.close_document()
        wizard.reject()


def test_import_problems_read_in_the_dark(window, qtbot, tmp_path, picture_dir):
    switch(window, qtbot, DARK_THEME)
    csv = tmp_path / "people.csv"
    csv.write_text(
        "id,name,title,manager_id,notes\n1,Ann,VP Sales,,\n2,Bo,AE,1,x\n3,Cy,AE,9,y\n", "utf-8"
    )
    dialog = ImportDialog(csv, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    window_colour, base, _text = window_colours()
    counts = dialog.counts.styleSheet()  # one problem: the count in a warning's colour
    assert contrast(QColor(counts.split("color: ")[1][:7]), window_colour) >= AA_TEXT
    grab_checked(dialog, picture_dir / "import_dark.png")
    dialog._show_error("people.csv: not a table")
    counts = dialog.counts.styleSheet()
    assert contrast(QColor(counts.split("color: ")[1][:7]), window_colour) >= AA_TEXT
    error = dialog.problem_list.item(0).foreground().color()
    assert contrast(error, base) >= AA_TEXT
    dialog.reject()


def test_an_ignored_column_reads_greyed(qtbot, tmp_path):
    csv = tmp_path / "people.csv"
    csv.write_text("id,name,title,manager_id\n1,Ann,VP Sales,\n2,Bo,AE,1\n", "utf-8")
    for theme in THEMES:
        apply_theme(QApplication.instance(), theme)
        dialog = ImportDialog(csv)
        qtbot.addWidget(dialog)
        dialog.set_assignment(1, IGNORE)  # the names: greyed in the preview
        ignored = [
            dialog.table.item(row, 1).foreground().color()
            for row in range(1, dialog.table.rowCount())
            if dialog.table.item(row, 1) is not None
            and dialog.table.item(row, 1).foreground().style() != Qt.BrushStyle.NoBrush
        ]
        base = dialog.table.palette().color(QPalette.ColorRole.Base)
        assert ignored, "the column was ignored"
        for colour in ignored:
            assert contrast(colour, base) >= AA_TEXT, theme
        dialog.reject()


def test_uncertain_roles_read_in_the_dark(window, qtbot, picture_dir):
    switch(window, qtbot, DARK_THEME)
    chart = Chart()
    chart.add_position(Position("top", "Kari Nordmann", "Salgsdirektør"))
    chart.add_position(Position("ninja", "Ola", "Ninja"), "top")
    window.document.replace_chart(chart, None)
    dialog = window.review_roles()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableView, "roleReviewTable")
    index = table.model().index(0, 0)
    assert index.data() == "Ninja"
    back = index.data(Qt.ItemDataRole.BackgroundRole).color()
    text = index.data(Qt.ItemDataRole.ForegroundRole).color()
    assert back.lightnessF() < 0.35 and contrast(text, back) >= AA_TEXT
    grab_checked(dialog, picture_dir / "role_review_dark.png")
    dialog.reject()


def test_the_template_wizard_speaks_the_interface_language(bokmaal, qtbot):
    wizard = TemplateWizard(model="island")
    qtbot.addWidget(wizard)
    wizard.form.spins["generalists"].setValue(20)
    wizard.refresh()
    finding = next(f for f in wizard.findings() if f.rule == "model.island_scale")
    assert finding.message == render(finding.message_id, finding.params, "nb")
    assert finding.message != render(finding.message_id, finding.params, "en")
    model = wizard.preview.findings_model
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert finding.message in shown
    summary = wizard.preview.summary.text()
    assert summary.startswith("Øy: 20 generalister") and "sjekkene vil advare" in summary
    assert wizard.form.language.currentData() == "nb"  # new charts get Bokmål titles
    wizard.preview.close_document()


def test_a_field_with_several_values_reads_greyed(qtbot):
    model = QStandardItemModel(1, 1)
    model.setData(model.index(0, 0), True, IS_MIXED)
    delegate = ValueDelegate("(several values)")
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    for theme in THEMES:
        apply_theme(QApplication.instance(), theme)
        option = QStyleOptionViewItem()
        option.palette = table.palette()
        delegate.initStyleOption(option, model.index(0, 0))
        assert option.text == "(several values)"
        base = option.palette.color(QPalette.ColorRole.Base)
        shown = mixed(option.palette.color(QPalette.ColorRole.Text), base, 1.0)  # as painted
        assert contrast(shown, base) >= AA_TEXT, theme
        assert shown != table.palette().color(QPalette.ColorRole.Text)  # still greyed
