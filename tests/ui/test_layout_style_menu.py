"""View ▸ Layout ▸ Compact / Wide: the menu switches the style, lays the cards out in it, is one
undo step and is saved in the chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.menu_runs import run_menu
from support.pictures import grab_checked

from orgeditor.drawing.style import OPTIONS
from orgeditor.layout import chart_layout

SOFTUNI = Path(__file__).resolve().parents[1] / "data" / "softuni_employees.csv"


def choose_layout(window, qtbot, style: str):
    bar = window.menuBar()
    view_menu = next(
        a.menu() for a in bar.actions() if a.menu() and a.text().replace("&", "") == "View"
    )
    return run_menu(
        qtbot,
        lambda: QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(view_menu.menuAction()).center()
        ),
        ["Layout", style],
    )


def card_places(window) -> dict[str, tuple[float, float]]:
    window.scene.flush()
    return {pid: card.pos().toTuple() for pid, card in window.scene.cards().items()}


def test_the_menu_switches_the_style_in_one_undo_step(window, qtbot, tmp_path, picture_dir):
    window.open_path(SOFTUNI)
    chart = window.document.chart
    assert chart.settings.layout == "compact"
    compact = card_places(window)
    assert compact == chart_layout(chart, OPTIONS, respect_manual=True).positions
    steps = window.document.undo_stack.count()

    run = choose_layout(window, qtbot, "Wide")
    assert run.seen[-1] == ["Compact", "Wide"]
    assert chart.settings.layout == "wide"
    wide = card_places(window)
    assert wide == chart_layout(chart, OPTIONS, respect_manual=True).positions

    def spread(places):
        xs = [x for x, _ in places.values()]
        return max(xs) - min(xs)

    assert spread(wide) > 2 * spread(compact)
    assert window.layout_styles.wide.isChecked() and not window.layout_styles.compact.isChecked()
    assert window.document.undo_stack.count() == steps + 1

    window.document.undo_stack.undo()
    assert chart.settings.layout == "compact"
    assert card_places(window) == compact
    assert window.layout_styles.compact.isChecked()
    window.document.undo_stack.redo()
    assert card_places(window) == wide

    saved = tmp_path / "wide.orgchart"
    window.save_path(saved)
    window.open_path(saved)
    assert window.document.chart.settings.layout == "wide"
    assert window.layout_styles.wide.isChecked()
    grab_checked(window, picture_dir / "layout_wide.png")


def test_a_new_style_tidies_even_when_cards_keep_their_places(window, qtbot):
    window.open_path(SOFTUNI)
    chart = window.document.chart
    window.relayout_toggle.trigger()  # re-layout off: cards stay where they stand
    assert chart.settings.auto_layout is False
    choose_layout(window, qtbot, "Wide")
    assert card_places(window) == chart_layout(chart, OPTIONS, respect_manual=True).positions


def test_the_293_position_company_fitted_is_an_overview_not_a_strip(window, picture_dir):
    window.resize(1920, 1080)
    window.open_path(SOFTUNI)
    window.view.fit()
    compact_zoom = window.view.zoom()
    grab_checked(window, picture_dir / "softuni_fitted.png")
    bounds = window.scene.bounds()
    assert bounds.width() / bounds.height() <= 3
    window.layout_styles.wide.trigger()
    window.scene.flush()
    window.view.fit()
    assert compact_zoom > 2.5 * window.view.zoom()  # the wide tree fits only as a thin strip
