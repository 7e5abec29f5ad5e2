"""Property tests: any text either imports or fails with ChartFileError, and every row of a
table with arbitrary (broken) reporting lines arrives as a position."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import ChartFileError, read_csv

_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [*',;\t\n\r"#: ', "name", "id", "manager", "title", "ø", "\ufeff", "\\", "x"]
        ),
        max_size=80,
    ).map("".join)
)
def test_any_text_imports_or_fails_cleanly(tmp_path, text: str) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_text(text, encoding="utf-8")
    try:
        chart, problems = read_csv(path)
    except ChartFileError as error:
        assert str(error).startswith("fuzz.csv")
        return
    assert all(p.message.startswith("fuzz.csv, row ") for p in problems)
    assert len(list(chart.position_ids())) == len(chart)


_IDS = st.sampled_from(["1", "2", "3", "4", "5", "a", "b", ""])


@_SETTINGS
@given(st.lists(st.tuples(_IDS, _IDS, st.sampled_from(["Ann", "Bo", "", "Cy"])), max_size=25))
def test_every_row_becomes_a_position(tmp_path, rows: list[tuple[str, str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "name", "manager_id", "title"])
    for position_id, manager, name in rows:
        writer.writerow([position_id, name, manager, "Seller"])
    path = tmp_path / "rows.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    chart, problems = read_csv(path)
    assert len(chart) == len(rows)
    kinds = {p.kind for p in problems}
    assert kinds <= {"duplicate_id", "unknown_manager", "cycle"}
    for problem in problems:
        assert problem.row is not None and 2 <= problem.row <= len(rows) + 1
        assert all(pid in chart for pid in problem.position_ids if problem.kind != "duplicate_id")
    # the chart is a forest: walking up from anywhere ends at a root
    for position_id in chart.position_ids():
        assert len(chart.chain_of_command(position_id)) < len(chart)
