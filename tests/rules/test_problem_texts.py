"""The importers' problems in Bokmål (rules/problem_texts.py): each problem keeps its template
and values, the English template says exactly what the reader wrote, the Bokmål one leaves no
English behind, and both survive a save and a reload."""

from __future__ import annotations

import subprocess
import sys

import pytest

from orgeditor.io import load_orgchart, read_chart, save_orgchart
from orgeditor.rules.problem_texts import PROBLEM_TEMPLATES, problem_text, rendered

# every kind and variant: a cycle of two and one of six, a position reporting to itself, an
# unknown manager, a name shared by two positions, a repeated id
CSV = """id,name,manager_id
1,Ann,2
2,Bob,1
3,Cy,9
3,Di,1
5,Eve,5
6,Kim,Sam
7,Sam,
8,Sam,
a,A,b
b,B,c
c,C,d
d,D,e
e,E,f
f,F,a
"""
GRAPHML = """<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<graph edgedefault="directed">
  <node id="boss"/><node id="other"/><node id="kid"/>
  <edge source="boss" target="kid"/><edge source="other" target="kid"/>
</graph>
</graphml>
"""
ENGLISH_WORDS = ("shown without", "manager", "reports to", "cycle", "row ", "used again")


@pytest.fixture
def problems(tmp_path):
    (tmp_path / "staff.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "org.graphml").write_text(GRAPHML, encoding="utf-8")
    _chart, table = read_chart(tmp_path / "staff.csv")
    _chart, graph = read_chart(tmp_path / "org.graphml")
    return [*table, *graph]


def test_every_template_is_met_and_says_what_the_reader_wrote(problems):
    assert {p.message_id for p in problems} == set(PROBLEM_TEMPLATES)
    for problem in problems:
        assert rendered(problem, "en") == problem.message
        assert problem_text(problem, "en") == problem.message


def test_bokmaal_leaves_no_english(problems):
    for problem in problems:
        text = problem_text(problem, "nb")
        assert text != problem.message
        assert text.startswith(("staff.csv, rad ", "org.graphml, node "))
        assert not any(word in text for word in ENGLISH_WORDS), text
    long_cycle = next(p for p in problems if len(p.position_ids) == 6)
    assert "→ … (6 stillinger) →" in problem_text(long_cycle, "nb")
    texts = {p.message_id: problem_text(p, "nb") for p in problems}
    assert "Eve (id 5) rapporterer til seg selv" in texts["import.cycle.self"]
    assert "passer med 2 stillinger etter navn" in texts["import.unknown_manager.many"]
    assert "denne raden ble importert med id-en" in texts["import.duplicate_id"]


def test_a_problem_from_an_older_file_is_shown_as_written(problems):
    from dataclasses import replace

    older = replace(problems[0], message_id="", params={})
    assert problem_text(older, "nb") == older.message
    unknown = replace(problems[0], message_id="import.not_yet_written")
    assert problem_text(unknown, "nb") == unknown.message


def test_the_templates_survive_a_save_and_a_reload(problems, tmp_path):
    chart, table = read_chart(tmp_path / "staff.csv")
    chart.import_problems = table
    save_orgchart(chart, tmp_path / "staff.orgchart")
    again = load_orgchart(tmp_path / "staff.orgchart")
    assert [problem_text(p, "nb") for p in again.import_problems] == [
        problem_text(p, "nb") for p in table
    ]


def test_check_in_bokmaal_writes_the_problems_in_bokmaal(tmp_path):
    (tmp_path / "staff.csv").write_text(CSV, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "orgeditor", "check", str(tmp_path / "staff.csv"), "--lang", "nb"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "vises uten leder" in done.stdout
    assert "shown without a manager" not in done.stdout
