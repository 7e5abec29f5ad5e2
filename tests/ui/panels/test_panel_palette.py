"""The role palette: every role, grouped by family; drags carry the role key."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.pictures import grab_checked

from orgeditor.drawing.style import FAMILY_COLOURS
from orgeditor.model import catalogue
from orgeditor.ui.panels.mime import PALETTE_MIME, role_from_mime, role_mime_data
from orgeditor.ui.panels.palette import PaletteWidget
from orgeditor.ui.panels.palette_model import ROLE_KEY
from orgeditor.ui.panels.role_style import FAMILY_ORDER, family_colour

HEADINGS = ["Sales", "Sales operations", "Sales enablement", "Leadership", "Other"]


def make_palette(qtbot) -> PaletteWidget:
    palette = PaletteWidget()
    qtbot.addWidget(palette)
    palette.resize(280, 560)
    return palette


def grouped(model) -> dict[str, list[str]]:
    out = {}
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        out[heading.data()] = [
            model.index(r, 0, heading).data(ROLE_KEY) for r in range(model.rowCount(heading))
        ]
    return out


def test_every_role_grouped_under_the_five_headings_in_order(qtbot):
    palette = make_palette(qtbot)
    assert palette.objectName() == "palette"
    groups = grouped(palette.model)
    assert list(groups) == HEADINGS
    cat = catalogue()
    for heading, family in zip(HEADINGS, FAMILY_ORDER, strict=True):
        assert groups[heading] == cat.keys_in_family(family)
    assert sorted(palette.role_keys()) == sorted(cat.roles)
    assert set(FAMILY_COLOURS) >= set(cat.families)


def test_entries_show_label_icon_and_tooltip(qtbot):
    palette = make_palette(qtbot)
    index = palette.model.index_of_role("sdr")
    assert index.data() == catalogue().label("sdr")
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Lead generation" in tip and "BDR" in tip


def test_mime_data_carries_the_role_key_as_utf8(qtbot):
    palette = make_palette(qtbot)
    for key in catalogue().roles:
        index = palette.model.index_of_role(key)
        assert index.flags() & Qt.ItemFlag.ItemIsDragEnabled
        mime = palette.model.mimeData([index])
        assert set(mime.formats()) == {PALETTE_MIME, "text/plain"}
        assert bytes(mime.data(PALETTE_MIME).data()) == key.encode("utf-8")
        assert mime.text() == catalogue().label(key)
        assert role_from_mime(mime) == key
    assert PALETTE_MIME == "application/x-orgeditor-role"


def test_drag_goes_through_the_view_model(qtbot):
    """What the view hands to QDrag: the proxy maps to the same mime data."""
    palette = make_palette(qtbot)
    proxy_index = palette.proxy.mapFromSource(palette.model.index_of_role("ae"))
    mime = palette.view.model().mimeData([proxy_index])
    assert role_from_mime(mime) == "ae"
    headings_mime = palette.model.mimeData([palette.model.index(0, 0)])
    assert role_from_mime(headings_mime) is None


def test_role_mime_helpers_round_trip():
    assert role_from_mime(role_mime_data("cro", "Chief Revenue Officer")) == "cro"


def test_filter_box_narrows_the_list(qtbot):
    palette = make_palette(qtbot)
    qtbot.keyClicks(palette.filter_edit, "enablement")
    proxy = palette.proxy
    shown = []
    for row in range(proxy.rowCount()):
        heading = proxy.index(row, 0)
        shown += [proxy.index(r, 0, heading).data(ROLE_KEY) for r in range(proxy.rowCount(heading))]
    assert set(catalogue().keys_in_family("enablement")) <= set(shown)
    assert "sdr" not in shown and "executive" not in shown
    palette.filter_edit.clear()
    assert proxy.rowCount() == 5


def test_enter_on_an_entry_emits_role_activated(qtbot):
    palette = make_palette(qtbot)
    palette.show()
    qtbot.waitExposed(palette)
    index = palette.proxy.mapFromSource(palette.model.index_of_role("csm"))
    palette.view.setCurrentIndex(index)
    with qtbot.waitSignal(palette.roleActivated) as blocker:
        QTest.keyClick(palette.view, Qt.Key.Key_Return)
    assert blocker.args == ["csm"]


def test_palette_png(qtbot, png_dir):
    palette = make_palette(qtbot)
    palette.show()
    qtbot.waitExposed(palette)
    seller, enablement = family_colour("seller"), family_colour("enablement")
    grab_checked(palette, png_dir / "palette.png", colours=[seller, enablement])
