"""The find bar: name and title, case- and accent-insensitive; Enter / Shift+Enter / Escape."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.pictures import grab_checked

from orgeditor.ui.commands import EditFieldsCommand
from orgeditor.ui.panels.find_bar import FindBar
from orgeditor.ui.panels.text_fold import fold


@pytest.fixture
def bar(show_widget, document):
    return show_widget(FindBar(document), 420, 40)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Ødegård", "odegard"), ("Bærum", "baerum"), ("ÅSE", "ase"), ("José Müller", "jose muller")],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_find_by_name(qtbot, bar):
    with qtbot.waitSignal(bar.hitActivated) as blocker:
        hits = bar.find("liv berg")
    assert hits == ["s2"] and blocker.args == ["s2"]
    assert bar.count_label.text() == "1 of 1"


def test_find_by_title_counts_and_steps(qtbot, bar):
    hits = bar.find("account")  # Account Executive, Account Manager
    assert hits == ["s1", "s3"]
    assert bar.count_label.text() == "1 of 2"
    with qtbot.waitSignal(bar.hitActivated) as blocker:
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert blocker.args == ["s3"] and bar.count_label.text() == "2 of 2"
    with qtbot.waitSignal(bar.hitActivated) as blocker:
        QTest.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == ["s1"] and bar.count_label.text() == "1 of 2"
    with qtbot.waitSignal(bar.hitActivated) as blocker:
        bar.previous()  # wraps around
    assert blocker.args == ["s3"]


def test_find_without_accents(bar):
    assert bar.find("odegard") == ["vp"]
    assert bar.find("baerum") == ["m1"]
    assert bar.find("ØDEGÅRD") == ["vp"]


def test_typing_searches_and_no_match_says_so(qtbot, bar):
    with qtbot.waitSignal(bar.hitActivated) as blocker:
        qtbot.keyClicks(bar.edit, "kari")
    assert blocker.args == ["ceo"]
    bar.find("nobody here")
    assert bar.hits() == [] and bar.count_label.text() == "No matches"


def test_hits_follow_edits_without_jumping(qtbot, bar, document):
    bar.find("hansen")
    assert bar.hits() == ["s1"]
    document.undo_stack.push(EditFieldsCommand(document.chart, {"s2": {"name": "Liv Hansen"}}))
    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 2")
    assert bar.current_hit() == "s1"


def test_escape_hides_and_emits_closed(qtbot, bar):
    bar.edit.setFocus()
    with qtbot.waitSignal(bar.closed):
        QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    bar.show_and_focus()
    assert bar.isVisible()


def test_find_bar_png(qtbot, bar, png_dir):
    bar.find("account")
    assert bar.count_label.text() == "1 of 2"
    grab_checked(bar, png_dir / "find_bar.png")
