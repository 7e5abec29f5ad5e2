"""A card's title wraps onto a second line instead of being cut with "…" (card_layout), inside
the card's fixed size, the name still shown; and exports show the whole wrapped title."""

import pytest
from support.export_text import squeeze

from orgeditor.drawing.card_content import CardContent
from orgeditor.drawing.card_layout import (
    NAME_FONT,
    NAME_Y,
    ROW_Y,
    TEXT_RIGHT,
    TEXT_X,
    TITLE_FONT,
    TITLE_Y,
    WRAP_TITLE_Y,
    layout_card,
    measure,
    wrap_title,
)
from orgeditor.drawing.style import CARD_H
from orgeditor.model import Chart, Position
from orgeditor.render import render_svg

WIDTH = TEXT_RIGHT - TEXT_X
LONG = "Vice President of Enterprise Sales"  # two lines, no more
TOO_LONG = (
    "Senior Director of Strategic Partnerships and Alliances for the Americas and Asia Pacific"
)


def content(title: str, name: str = "Grace Hopper", status: str = "filled") -> CardContent:
    return CardContent(
        title=title,
        name=name,
        status=status,
        role="account_executive",
        family="seller",
        role_label="Account Executive",
        segments=("EMEA",),
        manual=False,
    )


def width_of(text: str) -> float:
    return measure(TITLE_FONT).horizontalAdvance(text)


def test_a_short_title_stays_on_one_line(qapp):
    layout = layout_card(content("Sales Manager"))
    assert layout.lines == ["Sales Manager"]
    assert not layout.wrapped
    assert layout.title_lines[0].at.y() == TITLE_Y
    assert layout.name_at.y() == NAME_Y


def test_a_long_title_wraps_onto_two_lines_without_an_ellipsis(qapp):
    assert width_of(LONG) > WIDTH  # would not fit on one line
    layout = layout_card(content(LONG))
    assert layout.wrapped and len(layout.lines) == 2
    assert " ".join(layout.lines) == LONG  # broken between words, nothing lost
    assert not any("…" in line for line in layout.lines)
    assert all(width_of(line) <= WIDTH + 0.5 for line in layout.lines)
    assert layout.lines[0].split()[-1] + " " + layout.lines[1].split()[0] in LONG


def test_a_title_too_long_for_two_lines_is_elided_at_the_end_of_the_second(qapp):
    lines = wrap_title(TOO_LONG, TITLE_FONT, WIDTH)
    assert len(lines) == 2
    assert "…" not in lines[0] and lines[1].endswith("…")
    assert TOO_LONG.startswith(lines[0])
    assert all(width_of(line) <= WIDTH + 0.5 for line in lines)


def test_one_long_word_is_broken_inside_it(qapp):
    word = "Supercalifragilisticexpialidociousmanagerofeverything"
    lines = wrap_title(word, TITLE_FONT, WIDTH)
    assert len(lines) == 2 and lines[0] and word.startswith(lines[0])
    assert all(width_of(line) <= WIDTH + 0.5 for line in lines)


@pytest.mark.parametrize("status", ["filled", "vacant"])
def test_two_title_lines_and_the_name_fit_above_the_bottom_row(qapp, status):
    layout = layout_card(content(TOO_LONG, status=status))
    first, second = layout.title_lines
    assert first.at.y() == WRAP_TITLE_Y
    assert 0 < first.at.y() < second.at.y() < layout.name_at.y()
    title = measure(TITLE_FONT)
    # the lines do not overlap (descent of one, ascent of the next: the 13 px font's height)
    assert second.at.y() - first.at.y() >= title.height() - 0.5
    assert layout.name_at.y() - second.at.y() >= title.height() - 0.5
    name = measure(NAME_FONT)
    assert layout.name_at.y() + name.height() <= ROW_Y  # the name stands above the pills
    assert all(pill.rect.top() >= ROW_Y and pill.rect.bottom() <= CARD_H for pill in layout.pills)
    assert layout.name.text()  # the name is still shown


def test_an_export_shows_the_whole_wrapped_title(qapp, tmp_path):
    chart = Chart()
    chart.add_position(Position("rvp", "Grace Hopper", LONG))
    path = tmp_path / "card.svg"
    render_svg(chart, path)
    text = squeeze(path.read_text(encoding="utf-8"))
    for word in LONG.split():
        assert word in text
    assert "…" not in text
    assert "Grace Hopper" in text
