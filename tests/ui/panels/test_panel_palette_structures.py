"""The palette's Structures section: assembly line, pod and island, dragged as a model key."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.pictures import grab_checked

from orgeditor.templates import default_params, describe
from orgeditor.ui.panels.mime import (
    PALETTE_MIME,
    STRUCTURE_MIME,
    role_from_mime,
    structure_from_mime,
    structure_mime_data,
)
from orgeditor.ui.panels.palette import PaletteWidget
from orgeditor.ui.panels.palette_model import ROLE_KEY, STRUCTURE_KEY
from orgeditor.ui.panels.role_style import family_colour

MODELS = ["assembly_line", "pod", "island"]
LABELS = ["Assembly line", "Pod", "Island"]


def make_palette(qtbot, shown: bool = False) -> PaletteWidget:
    palette = PaletteWidget()
    qtbot.addWidget(palette)
    palette.resize(280, 600)
    if shown:
        palette.show()
        qtbot.waitExposed(palette)
    return palette


def structure_index(palette: PaletteWidget, model: str):
    """The structures view's index of a template model."""
    return palette.structures_proxy.mapFromSource(
        palette.structures_model.index_of_structure(model)
    )


def entries(model) -> dict[str, list[tuple[str, str]]]:
    out = {}
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        out[heading.data()] = [
            (model.index(r, 0, heading).data(), model.index(r, 0, heading).data(STRUCTURE_KEY))
            for r in range(model.rowCount(heading))
        ]
    return out


def test_a_structures_section_with_three_entries(qtbot):
    palette = make_palette(qtbot)
    assert entries(palette.structures_model) == {
        "Structures": list(zip(LABELS, MODELS, strict=True))
    }
    assert palette.structure_keys() == MODELS
    assert palette.structures_view.objectName() == "paletteStructures"
    # the role section is as it was: five families, no structure among them
    assert palette.model.rowCount() == 5
    assert all(key is not None for key in palette.role_keys())


def test_entries_show_an_icon_and_describe_their_defaults(qtbot):
    palette = make_palette(qtbot)
    for model, label in zip(MODELS, LABELS, strict=True):
        index = palette.structures_model.index_of_structure(model)
        assert index.data() == label
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert escape(describe(default_params(model))) in tip
        assert index.data(ROLE_KEY) is None


def test_mime_data_carries_the_model_key_as_utf8(qtbot):
    palette = make_palette(qtbot)
    for model, label in zip(MODELS, LABELS, strict=True):
        index = palette.structures_model.index_of_structure(model)
        assert index.flags() & Qt.ItemFlag.ItemIsDragEnabled
        mime = palette.structures_model.mimeData([index])
        assert set(mime.formats()) == {STRUCTURE_MIME, "text/plain"}
        assert bytes(mime.data(STRUCTURE_MIME).data()) == model.encode("utf-8")
        assert mime.text() == label
        assert structure_from_mime(mime) == model
        assert role_from_mime(mime) is None and not mime.hasFormat(PALETTE_MIME)
        assert structure_from_mime(palette.structure_mime_data_for(model)) == model
    assert STRUCTURE_MIME == "application/x-orgeditor-structure"


def test_drag_goes_through_the_view_model(qtbot):
    palette = make_palette(qtbot)
    mime = palette.structures_view.model().mimeData([structure_index(palette, "island")])
    assert structure_from_mime(mime) == "island"
    heading = palette.structures_model.mimeData([palette.structures_model.index(0, 0)])
    assert structure_from_mime(heading) is None


def test_structure_mime_helpers_round_trip():
    assert structure_from_mime(structure_mime_data("pod", "Pod")) == "pod"
    assert structure_from_mime(structure_mime_data("", "")) is None


def test_enter_on_a_structure_emits_structure_activated(qtbot):
    palette = make_palette(qtbot, shown=True)
    view = palette.structures_view
    view.setCurrentIndex(structure_index(palette, "pod"))
    with qtbot.waitSignal(palette.structureActivated) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["pod"]


def test_double_click_on_a_structure_emits_structure_activated(qtbot):
    palette = make_palette(qtbot, shown=True)
    view = palette.structures_view
    point = view.visualRect(structure_index(palette, "island")).center()
    with qtbot.waitSignal(palette.structureActivated) as blocker:
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        QTest.mouseDClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
    assert blocker.args == ["island"]


def test_the_section_shows_every_row_and_follows_the_filter(qtbot):
    palette = make_palette(qtbot, shown=True)
    view = palette.structures_view
    last = structure_index(palette, "island")
    assert view.viewport().rect().contains(view.visualRect(last))  # no scrolling needed
    qtbot.keyClicks(palette.filter_edit, "pod")
    proxy = palette.structures_proxy
    assert [
        proxy.index(r, 0, proxy.index(0, 0)).data()
        for r in range(proxy.rowCount(proxy.index(0, 0)))
    ] == ["Pod"]
    palette.filter_edit.clear()
    qtbot.keyClicks(palette.filter_edit, "enablement")
    assert proxy.rowCount() == 0 and view.isHidden()
    palette.filter_edit.clear()
    assert not view.isHidden() and proxy.rowCount(proxy.index(0, 0)) == 3


def test_palette_with_structures_png(qtbot, png_dir):
    palette = make_palette(qtbot, shown=True)
    seller, enablement = family_colour("seller"), family_colour("enablement")
    grab_checked(palette, png_dir / "palette_structures.png", colours=[seller, enablement])
