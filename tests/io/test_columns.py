"""Header matching (docs/ARCHITECTURE.md, "Files"): every documented alias, and the mapping API."""

from __future__ import annotations

import pytest

from orgeditor.io import CUSTOM, IGNORE, ColumnMapping, map_columns
from orgeditor.io.columns import field_for_header, normalise_header

# The contract, written out here on purpose (not imported from the module under test).
DOCUMENTED = {
    "id": ["id", "employee id", "person id", "position id", "personid"],
    "name": ["name", "full name", "employee"],
    "first_name": ["first name"],
    "last_name": ["last name"],
    "title": ["title", "job title", "position"],
    "manager_id": [
        "manager",
        "manager id",
        "reports to",
        "reportsto",
        "supervisor id",
        "boss id",
        "parentid",
        "pid",
    ],
    "role": ["role"],
    "team": ["team"],
    "team_kind": ["team_kind", "team kind"],
    "region": ["region", "territory", "geography", "area"],
    "product_line": ["product", "product line", "product_line"],
    "customer_size": ["segment", "customer segment", "customer_size"],
    "vertical": ["vertical", "industry"],
    "status": ["status"],
    "cost": ["cost", "salary", "annual cost"],
    "location": ["location"],
}


@pytest.mark.parametrize(("header", "field"), [(h, f) for f, hs in DOCUMENTED.items() for h in hs])
def test_documented_alias(header: str, field: str) -> None:
    assert field_for_header(header) == field
    # case, spaces, '_' and '-' do not matter
    assert field_for_header(header.upper()) == field
    assert field_for_header(header.replace(" ", "_")) == field
    assert field_for_header(" " + header.replace(" ", "-").title() + " ") == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Employee Name", "name"),
        ("Navn", "name"),
        ("Stilling", "title"),
        ("Line Manager", "manager_id"),
        ("Manager Name", "manager_id"),
        ("City", "location"),
        ("Office", "location"),
        ("Annual Salary", "cost"),
        ("Lønn", "cost"),
        ("Customer Size", "customer_size"),
        ("Sales Territory", "region"),
        ("Surname", "last_name"),
        ("Given name", "first_name"),
    ],
)
def test_extra_aliases(header: str, field: str) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize(
    "header", ["department", "Email", "hire_date", "country", "refs", "url", "Notes"]
)
def test_unrecognised_headers_stay_custom(header: str) -> None:
    assert field_for_header(header) is None
    assert map_columns(["name", header]).assignments == ("name", CUSTOM)


def test_normalise_header() -> None:
    assert normalise_header(" Reports-To_ ID ") == "reportstoid"


def test_map_columns_of_a_real_header() -> None:
    mapping = map_columns(
        ["Employee ID", "Full Name", "Job Title", "Reports To", "Segment", "Salary", "Email"]
    )
    assert mapping.as_dict() == {
        "Employee ID": "id",
        "Full Name": "name",
        "Job Title": "title",
        "Reports To": "manager_id",
        "Segment": "customer_size",
        "Salary": "cost",
        "Email": CUSTOM,
    }
    assert mapping.column_of("manager_id") == 3
    assert mapping.column_of("team") is None
    assert mapping.custom_columns() == [6]


def test_better_alias_wins_and_the_other_column_stays_custom() -> None:
    mapping = map_columns(["Manager", "Manager ID", "City", "Location", "Position", "Title"])
    assert mapping.assignments == ("custom", "manager_id", "custom", "location", "custom", "title")


def test_first_and_last_name_only_without_a_name_column() -> None:
    assert map_columns(["First Name", "Last Name"]).assignments == ("first_name", "last_name")
    assert map_columns(["Name", "First Name", "Last Name"]).assignments == (
        "name",
        CUSTOM,
        CUSTOM,
    )


def test_blank_and_repeated_headers_get_unique_names() -> None:
    mapping = map_columns(["name", "", "note", "note"])
    assert mapping.headers == ("name", "column 2", "note", "note (2)")


def test_override_moves_a_field_and_frees_the_old_column() -> None:
    mapping = map_columns(["name", "title", "boss"])
    changed = mapping.with_assignment("title", "name")
    assert changed.assignments == (CUSTOM, "name", "manager_id")
    assert changed.with_assignment(2, IGNORE).assignments == (CUSTOM, "name", IGNORE)
    assert mapping.assignments == ("name", "title", "manager_id")  # unchanged: frozen


def test_mapping_refuses_unknown_fields_and_double_use() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        ColumnMapping(("a",), ("salary",))
    with pytest.raises(ValueError, match="two columns"):
        ColumnMapping(("a", "b"), ("name", "name"))
    with pytest.raises(ValueError, match="one assignment per header"):
        ColumnMapping(("a", "b"), ("name",))
