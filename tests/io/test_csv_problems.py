"""Data problems never abort an import: every row arrives and each problem names file and row."""

from __future__ import annotations

from orgeditor.model import chart_state


def test_duplicate_id_keeps_both_rows(import_text) -> None:
    chart, problems = import_text(
        "id,name,title,manager_id\n1,Ada,CEO,\n5,Bo,AE,1\n5,Cy,AM,1\n6,Di,SDR,5\n5,Ed,CSM,1\n"
    )
    assert len(chart) == 5
    assert chart.position("5").name == "Bo"
    assert chart.position("5~2").name == "Cy"
    assert chart.position("5~3").name == "Ed"
    assert chart.manager_of("6") == "5"  # references go to the first row with the id
    assert [(p.kind, p.row, p.position_ids) for p in problems] == [
        ("duplicate_id", 4, ("5", "5~2")),
        ("duplicate_id", 6, ("5", "5~3")),
    ]
    assert problems[0].message == (
        "staff.csv, row 4: id '5' is used again (first on row 3); "
        "this row was imported with the id '5~2'"
    )
    assert chart.import_problems == problems


def test_duplicate_id_never_takes_an_id_used_later(import_text) -> None:
    chart, _ = import_text("id,name\n5,A\n5,B\n5~2,C\n")
    assert {p.id: p.name for p in chart.positions()} == {"5": "A", "5~3": "B", "5~2": "C"}


def test_unknown_manager_becomes_a_root(import_text) -> None:
    chart, problems = import_text("id,name,manager_id\n1,Ada,\n2,Bo,1\n3,Cy,42\n4,Di,3\n")
    assert len(chart) == 4
    assert chart.roots() == ["1", "3"]
    assert chart.reports_of("3") == ["4"]
    (problem,) = problems
    assert (problem.kind, problem.row, problem.position_ids, problem.reference) == (
        "unknown_manager",
        4,
        ("3",),
        "42",
    )
    assert problem.message == (
        "staff.csv, row 4: the manager '42' of Cy (id 3) matches no id and no name; "
        "it is shown without a manager"
    )


def test_ambiguous_manager_name_is_unknown(import_text) -> None:
    chart, problems = import_text("name,manager\nOla Hansen,\nOla Hansen,\nKari,Ola Hansen\n")
    assert chart.manager_of("kari") is None
    (problem,) = problems
    assert problem.kind == "unknown_manager"
    assert "matches 2 positions by name (ola-hansen, ola-hansen-2)" in problem.message
    assert problem.row == 4


def test_cycle_is_broken_and_reported(import_text) -> None:
    chart, problems = import_text("id,name,manager_id\n1,Ada,\n2,Bo,4\n3,Cy,2\n4,Di,3\n5,Ed,3\n")
    assert len(chart) == 5
    (problem,) = problems
    assert problem.kind == "cycle"
    assert problem.position_ids == ("2", "4", "3")
    assert problem.row == 3
    assert problem.message == (
        "staff.csv, row 3: reporting lines form a cycle: 2 → 4 → 3 → 2 (each reports to the "
        "next); Bo (id 2) is shown without a manager"
    )
    # the first position of the cycle in the file lost its manager; the rest hangs below it
    assert chart.roots() == ["1", "2"]
    assert chart.manager_of("3") == "2" and chart.manager_of("4") == "3"
    assert chart.reports_of("3") == ["4", "5"]


def test_self_reference_is_a_cycle_of_one(import_text) -> None:
    chart, problems = import_text("id,name,manager_id\n1,Ada,1\n2,Bo,1\n")
    (problem,) = problems
    assert (problem.kind, problem.position_ids, problem.row) == ("cycle", ("1",), 2)
    assert "Ada (id 1) reports to itself" in problem.message
    assert chart.roots() == ["1"] and chart.reports_of("1") == ["2"]


def test_two_cycles_and_other_problems_together_sorted_by_row(import_text) -> None:
    chart, problems = import_text("id,name,manager_id\na,A,b\nb,B,a\nc,C,zz\na,A2,\nd,D,e\ne,E,d\n")
    assert len(chart) == 6
    assert [(p.kind, p.row) for p in problems] == [
        ("cycle", 2),
        ("unknown_manager", 4),
        ("duplicate_id", 5),
        ("cycle", 6),
    ]
    assert {p.position_ids for p in problems if p.kind == "cycle"} == {("a", "b"), ("d", "e")}
    # the import problems are saved with the chart
    assert len(chart_state(chart)["import_problems"]) == 4
