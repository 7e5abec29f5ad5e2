"""Light and dark (orgeditor/ui/theme.py): the theme is chosen in the View menu or the
preferences, applied at once to the whole application and the chart, kept in the settings;
presentation mode's high-contrast palette wins while it is on and the theme comes back after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from orgeditor.drawing.scheme import DARK, LIGHT
from orgeditor.drawing.style import AA_TEXT, contrast
from orgeditor.model import Position
from orgeditor.ui.theme import (
    DARK_THEME,
    LIGHT_THEME,
    SYSTEM,
    applied_theme,
    apply_theme,
    is_dark,
    muted_colour,
    theme_setting,
)


@pytest.fixture(autouse=True)
def system_theme_after(qapp):
    """The application's own style and palette again after each test."""
    yield
    apply_theme(qapp, SYSTEM)


def window_colour():
    return QApplication.palette().color(QPalette.ColorRole.Window)


def test_the_view_menu_switches_the_whole_application(window, qtbot):
    assert applied_theme() == SYSTEM and not is_dark()
    window.actions.theme_actions[DARK_THEME].trigger()
    assert applied_theme() == DARK_THEME and theme_setting() == DARK_THEME
    assert window_colour().lightnessF() < 0.2
    assert QApplication.style().name().lower() == "fusion"
    # the chart follows: dark canvas, dark cards, light lines
    assert window.scene.scheme is DARK
    assert window.view.backgroundBrush().color() == DARK.background
    assert window.actions.theme_actions[DARK_THEME].isChecked()
    window.actions.theme_actions[LIGHT_THEME].trigger()
    assert window_colour().lightnessF() > 0.8
    assert window.scene.scheme is LIGHT
    assert window.view.backgroundBrush().color() == LIGHT.background
    window.actions.theme_actions[SYSTEM].trigger()
    assert theme_setting() == SYSTEM and window.scene.scheme is LIGHT


def test_quiet_text_reads_in_both_palettes(window):
    for theme in (LIGHT_THEME, DARK_THEME):
        window.set_theme(theme)
        palette = QApplication.palette()
        muted = QPalette(palette).color(QPalette.ColorRole.Window)
        assert contrast(QPalette(palette).color(QPalette.ColorRole.WindowText), muted) >= 7
        from PySide6.QtGui import QColor

        assert contrast(QColor(muted_colour(palette)), muted) >= AA_TEXT, theme


def test_the_preferences_choose_the_theme_and_it_is_kept(window, qtbot):
    seen: list[QDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog)
        combo = dialog.findChild(QComboBox, "interfaceTheme")
        combo.setCurrentIndex(combo.findData(DARK_THEME))
        dialog.accept()

    QTimer.singleShot(10, answer)
    window.show_preferences()
    assert seen and seen[0].objectName() == "preferencesDialog"
    assert theme_setting() == DARK_THEME  # kept in the settings for the next start
    assert is_dark() and window.scene.scheme is DARK
    # a start with the setting: the theme applied before the first window is built
    apply_theme(QApplication.instance(), SYSTEM)
    assert not is_dark()
    assert apply_theme() == DARK_THEME and is_dark()


def test_presentation_keeps_its_palette_and_the_theme_returns(window, qtbot):
    window.set_theme(DARK_THEME)
    window.presentation.set_active(True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert window.scene.scheme is LIGHT  # light cards on the projector's white
    window.set_theme(DARK_THEME)  # chosen again meanwhile: the presentation still wins
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    window.presentation.set_active(False)
    assert is_dark() and window.scene.scheme is DARK


def test_a_theme_chosen_in_another_window_waits_for_the_presentation(window, qtbot):
    """The palette is the whole application's: while one window presents, a theme chosen in
    another window is applied when the presentation ends."""
    from orgeditor.ui.main_window import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)  # nothing edited: it closes without asking
    other.show()
    qtbot.waitExposed(other)
    window.presentation.set_active(True)
    other.set_theme(DARK_THEME)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    window.presentation.set_active(False)
    assert is_dark()


def test_the_window_in_dark_and_light(window, qtbot, picture_dir):
    """Screenshots to look at: the chart with findings, the start page, in both themes."""
    window.show_example()
    chart = window.document.chart
    for pid in [p for p in chart.graph if "Enablement" in chart.position(p).title]:
        chart.remove_position(pid)  # no enablement for the sellers: a finding to badge
    top = next(pid for pid in chart.graph if chart.manager_of(pid) is None)
    for i in range(9):  # sellers enough to need enablement: warning badges on the cards
        chart.add_position(Position(f"x{i}", f"Seller {i}", "Account Executive"), top)
    window.document.undo_stack.clear()
    window.checks.refresh_now()
    window.scene.flush()
    window.scene.select_ids([f"x{i}" for i in range(1)])
    for theme in (DARK_THEME, LIGHT_THEME):
        window.set_theme(theme)
        qtbot.wait(20)
        window.view.reveal("x0")
        window.grab().save(str(picture_dir / f"window_{theme}.png"))
        window.show_start_page()
        window.grab().save(str(picture_dir / f"start_{theme}.png"))
        window.show_canvas()
    assert (picture_dir / "window_dark.png").stat().st_size > 10_000
