"""One home for the domain's words: every key has a label, plural and position labels agree."""

import pytest

from orgeditor.model import (
    DIMENSION_LABELS,
    MODEL_LABELS,
    SALES_MODELS,
    SEGMENT_DIMENSIONS,
    SELLER_STAGES,
    STATUS_LABELS,
    STATUSES,
    TEAM_KIND_LABELS,
    TEAM_KINDS,
    Chart,
    Position,
    catalogue,
    dimension_label,
    display_label,
    distinct_label,
    full_label,
    model_label,
    plural,
    role_family_label,
    role_label,
    stage_label,
    status_label,
    team_kind_label,
)


def _is_label(text: str) -> bool:
    """A word for people: not empty, no snake_case key, starts with a capital letter."""
    return bool(text) and "_" not in text and text[0].isupper()


# ----- every key has a label --------------------------------------------------------------------


def test_every_role_in_the_catalogue_has_a_label():
    for key, role in catalogue().roles.items():
        assert _is_label(role_label(key)), key
        assert role_label(key) == role.label_en


def test_every_role_family_and_stage_has_a_label():
    cat = catalogue()
    families = {role.family for role in cat.roles.values()} | set(cat.families)
    for family in families:
        assert _is_label(role_family_label(family)), family
    assert role_family_label("enablement") == "Sales enablement"
    assert role_family_label("seller") == "Sales"
    for stage in SELLER_STAGES:
        assert _is_label(stage_label(stage)), stage
    assert stage_label("lead_generation") == "Lead generation"
    assert stage_label("all") == "All stages"  # generalists


def test_tables_cover_exactly_the_model_vocabulary():
    assert set(TEAM_KIND_LABELS) == set(TEAM_KINDS)
    assert set(MODEL_LABELS) == {*SALES_MODELS, "none"}
    assert set(DIMENSION_LABELS) == set(SEGMENT_DIMENSIONS)
    assert set(STATUS_LABELS) == set(STATUSES)
    for table in (TEAM_KIND_LABELS, MODEL_LABELS, DIMENSION_LABELS, STATUS_LABELS):
        assert all(_is_label(text) for text in table.values())
        assert len(set(table.values())) == len(table)  # no two keys read alike


@pytest.mark.parametrize(
    ("function", "key", "expected"),
    [
        (team_kind_label, "enablement", "Enablement"),
        (team_kind_label, "other", "Other"),
        (model_label, "assembly_line", "Assembly line"),
        (model_label, "pod", "Pod"),
        (model_label, "none", "None"),
        (model_label, None, "None"),  # nothing declared
        (dimension_label, "product_line", "Product line"),
        (dimension_label, "customer_size", "Customer size"),
        (status_label, "planned", "Planned"),
    ],
)
def test_labels(function, key, expected):
    assert function(key) == expected


def test_unknown_keys_read_as_words_not_errors():
    # a newer file may bring a key this version does not know
    assert role_label("chief_vibes_officer") == "chief_vibes_officer"
    assert role_family_label("partner_sales") == "Partner sales"
    assert stage_label("expansion") == "Expansion"
    assert team_kind_label("tiger_team") == "Tiger team"
    assert model_label("hub_and_spoke") == "Hub and spoke"
    assert dimension_label("channel") == "Channel"
    assert status_label("on_hold") == "On hold"


# ----- plural -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((0, "seller"), "0 sellers"),
        ((1, "seller"), "1 seller"),
        ((2, "seller"), "2 sellers"),
        ((1, "person", "people"), "1 person"),
        ((3, "person", "people"), "3 people"),
        ((1.0, "seat"), "1 seat"),
        ((2.5, "seat"), "2.5 seats"),
        ((4.0, "seat"), "4 seats"),  # no '.0'
    ],
)
def test_plural(args, expected):
    assert plural(*args) == expected


# ----- how a position is named ------------------------------------------------------------------


@pytest.fixture
def chart() -> Chart:
    chart = Chart()
    chart.add_position(Position("p1", "Kari Nordmann", "Account Executive"))
    chart.add_position(Position("p2", "", "Account Executive", status="vacant"), "p1")
    chart.add_position(Position("p3", "Ola", ""), "p1")
    chart.add_position(Position("p4", "", "", status="vacant"), "p1")
    return chart


def test_display_label_is_name_else_title_else_id(chart):
    assert display_label(chart, "p1") == "Kari Nordmann"
    assert display_label(chart, "p2") == "Account Executive"
    assert display_label(chart, "p3") == "Ola"
    assert display_label(chart, "p4") == "p4"
    assert display_label(chart, "gone") == "gone"  # e.g. a finding of an older revision


def test_full_label_shows_name_and_title_when_both_are_set(chart):
    assert full_label(chart, "p1") == "Kari Nordmann — Account Executive"
    assert full_label(chart, "p2") == "Account Executive"
    assert full_label(chart, "p3") == "Ola"
    assert full_label(chart, "p4") == "p4"
    assert full_label(chart, "gone") == "gone"


def test_distinct_label_tells_vacant_seats_apart(chart):
    assert distinct_label(chart, "p1") == "Kari Nordmann"
    assert distinct_label(chart, "p2") == "Account Executive (p2)"
    assert distinct_label(chart, "p3") == "Ola"
    assert distinct_label(chart, "p4") == "p4"
    assert distinct_label(chart, "gone") == "gone"
