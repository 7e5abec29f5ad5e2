"""`orgeditor diff A B`: text, JSON (DESIGN.md "orgeditor diff"), HTML, -o, --match, sides
as FILE.orgchart:SCENARIO, exit codes 0/1/2."""

import json
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from support.cli_runs import run_cli
from support.reorganisations import island_to_pods

from orgeditor import io
from orgeditor.cli_diff import split_side
from orgeditor.io import save_orgchart
from orgeditor.templates import build_chart, default_params

# an HR export in January, and one in June after the system re-numbered everyone: Kari left,
# Ola moved to Lise, Per became an Account Manager, Nora joined, a Sales Analyst was hired
JANUARY = """id,name,title,manager_id,cost
1,Vera Vik,VP Sales,,200
2,Lise Lund,Sales Manager,1,120
3,Mona Berg,Sales Manager,1,120
4,Ola Nord,Account Executive,2,90
5,Per Sand,Account Executive,2,90
6,Kari Dal,SDR,3,60
7,Siv Aas,SDR,3,60
8,Tor Berg,Account Executive,3,90
"""
JUNE = """id,name,title,manager_id,cost
101,Vera Vik,VP Sales,,200
102,Lise Lund,Sales Manager,101,120
103,Mona Berg,Sales Manager,101,120
104,Ola Nord,Account Executive,103,95
105,Per Sand,Account Manager,102,90
107,Siv Aas,SDR,103,60
108,Tor Berg,Account Executive,103,90
109,Nora Li,SDR,102,60
110,,Sales Analyst,101,70
"""


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """These tests read English findings: no locale asks for another language (--lang)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


KEYS = {"before", "after", "changes", "findings", "matched_by"}
SIDE_KEYS = {"file", "scenario", "model", "counts"}
CHANGE_KEYS = {"kind", "id", "name", "from_manager", "to_manager", "fields"}
FINDING_KEYS = {"rule", "severity", "message", "positions", "advice", "practice"}


def exports(tmp_path):
    first, second = tmp_path / "hr-2024-01.csv", tmp_path / "hr-2024-06.csv"
    first.write_text(JANUARY, encoding="utf-8")
    second.write_text(JUNE, encoding="utf-8")
    return first, second


def templates(tmp_path):
    island, pods = island_to_pods()
    a, b = tmp_path / "island.orgchart", tmp_path / "pods.orgchart"
    save_orgchart(island, a)
    save_orgchart(pods, b)
    return a, b


def diff_json(capsys, *args):
    code, out, err = run_cli(capsys, "diff", *args, "--format", "json")
    return code, json.loads(out), err


def test_dated_csv_exports_matched_by_name(capsys, tmp_path):
    first, second = exports(tmp_path)
    code, report, err = diff_json(capsys, first, second, "--match", "name")
    assert (code, err) == (0, "")
    assert report["matched_by"] == {"id": 0, "name": 7, "title": 0}
    changes = {c["id"]: c for c in report["changes"]}
    assert {c["kind"] for c in report["changes"]} == {"added", "removed", "moved", "changed"}
    assert changes["104"]["kind"] == "moved"
    assert (changes["104"]["from_manager"], changes["104"]["to_manager"]) == ("102", "103")
    assert changes["104"]["fields"] == {"cost": [90.0, 95.0]}
    # Per stayed with Lise (id 2, now 102): a change of title and role, not a move
    assert changes["105"]["kind"] == "changed"
    assert changes["105"]["from_manager"] == changes["105"]["to_manager"] == "102"
    assert changes["105"]["fields"] == {
        "title": ["Account Executive", "Account Manager"],
        "role": ["ae", "am"],
    }
    assert changes["6"] == {
        "kind": "removed",
        "id": "6",
        "name": "Kari Dal",
        "from_manager": "103",
        "to_manager": None,
        "fields": {},
    }
    assert changes["109"]["kind"] == changes["110"]["kind"] == "added"
    assert report["before"]["counts"]["positions"] == 8
    assert report["after"]["counts"] == {
        "positions": 9,
        "sellers": 5,
        "enablement": 0,
        "operations": 1,
    }
    assert report["before"]["scenario"] is None
    assert report["before"]["file"] == str(first)


def test_dated_csv_exports_by_id_pair_nothing(capsys, tmp_path):
    first, second = exports(tmp_path)
    code, report, _ = diff_json(capsys, first, second)
    assert code == 0
    assert report["matched_by"] == {"id": 0, "name": 0, "title": 0}
    kinds = {c["kind"] for c in report["changes"]}
    assert kinds == {"added", "removed"}


def test_text_names_matching_and_changes(capsys, tmp_path):
    first, second = exports(tmp_path)
    code, out, _ = run_cli(capsys, "diff", first, second, "--match", "name")
    assert code == 0
    assert "matched by id 0, by name 7, by title 0" in out
    assert "moved    104 (Ola Nord): manager 102 -> 103; cost 90 -> 95" in out
    assert (
        "changed  105 (Per Sand): title Account Executive -> Account Manager; role ae -> am"
    ) in out
    assert "removed  6 (Kari Dal): was under 103" in out
    assert "* headcount 8 -> 9 (+1), cost 830 -> 905 (+75)" in out


def test_island_to_pods_json_contract_and_findings(capsys, tmp_path):
    a, b = templates(tmp_path)
    code, report, _ = diff_json(capsys, a, b)
    assert code == 0
    assert set(report) == KEYS | {"summary"}
    assert set(report["before"]) == set(report["after"]) == SIDE_KEYS
    assert (report["before"]["model"], report["after"]["model"]) == ("island", "pod")
    assert all(set(c) == CHANGE_KEYS for c in report["changes"])
    for group in ("fixed", "introduced", "unchanged"):
        assert all(set(f) == FINDING_KEYS for f in report["findings"][group])
    fixed = {f["rule"] for f in report["findings"]["fixed"]}
    assert {"enablement.missing", "operations.missing"} <= fixed
    assert report["summary"]["headline"][0].startswith(
        "island -> pods: 3 pods formed, Pod 3 has no retention role"
    )
    assert report["summary"]["model"]["after_reason"].startswith("inferred:")


def test_fail_on_judges_the_after_side(capsys, tmp_path):
    a, b = templates(tmp_path)
    assert run_cli(capsys, "diff", a, b)[0] == 0  # warnings only
    assert run_cli(capsys, "diff", a, b, "--fail-on", "warning")[0] == 1
    # backwards: the island (before, warnings) is now the after side; the pods' gap is fixed
    assert run_cli(capsys, "diff", b, a, "--fail-on", "warning")[0] == 1
    assert run_cli(capsys, "diff", b, a, "--fail-on", "never")[0] == 0
    same = tmp_path / "same.orgchart"
    save_orgchart(build_chart(default_params("pod")), same)  # templates draw no warnings
    assert run_cli(capsys, "diff", same, same, "--fail-on", "warning")[0] == 0


def test_unreadable_inputs_exit_2_with_one_line(capsys, tmp_path):
    a, _ = templates(tmp_path)
    missing = tmp_path / "missing.csv"
    code, out, err = run_cli(capsys, "diff", a, missing)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "missing.csv" in err
    bad = tmp_path / "bad.orgchart"
    bad.write_text("not json", encoding="utf-8")
    code, _, err = run_cli(capsys, "diff", bad, a)
    assert code == 2 and "bad.orgchart" in err and "Traceback" not in err


def test_html_report_to_file(capsys, tmp_path):
    a, b = templates(tmp_path)
    target = tmp_path / "report.html"
    code, out, err = run_cli(capsys, "diff", a, b, "--format", "html", "-o", target)
    assert (code, out, err) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    texts = []
    parser = HTMLParser()
    parser.handle_data = texts.append
    parser.feed(page)
    text = "".join(texts)
    assert "Headcount (positions)" in text and "Pod 3 has no retention role" in text
    assert "enablement.missing" in text


def test_split_side_keeps_windows_drives():
    side = split_side("plan.orgchart:Pods")
    assert (side.file, side.scenario) == ("plan.orgchart", "Pods")
    side = split_side(r"C:\plans\plan.orgchart")
    assert (side.file, side.scenario) == (r"C:\plans\plan.orgchart", None)
    side = split_side(r"C:\plans\plan.ORGCHART:To-be: 3 pods")
    assert (side.file, side.scenario) == (r"C:\plans\plan.ORGCHART", "To-be: 3 pods")
    side = split_side("C:/hr/export.csv")
    assert (side.file, side.scenario) == ("C:/hr/export.csv", None)


def test_scenarios_of_one_file(capsys, tmp_path, monkeypatch):
    a, b = templates(tmp_path)
    island, pods = io.load_orgchart(a), io.load_orgchart(b)
    plan = tmp_path / "plan.orgchart"
    plan.write_text("{}", encoding="utf-8")

    def load_scenarios(path, max_positions=None):
        assert str(path) == str(plan)
        return [("As-is", island), ("Pods", pods)]

    monkeypatch.setattr(io, "load_scenarios", load_scenarios)
    code, report, _ = diff_json(capsys, f"{plan}:As-is", f"{plan}:pods")  # case ignored
    assert code == 0
    assert (report["before"]["scenario"], report["after"]["scenario"]) == ("As-is", "pods")
    assert (report["before"]["model"], report["after"]["model"]) == ("island", "pod")
    code, out, err = run_cli(capsys, "diff", f"{plan}:As-is", f"{plan}:Plan B")
    assert (code, out) == (2, "")
    assert err.strip() == (
        f"orgeditor diff: {plan}: no scenario 'Plan B'; the file has: 'As-is', 'Pods'"
    )
    monkeypatch.delattr(io, "load_scenarios")
    code, _, err = run_cli(capsys, "diff", f"{plan}:As-is", b)
    assert code == 2 and "cannot read scenarios" in err


def test_scenarios_saved_in_one_file(capsys, tmp_path):
    """The real io.load_scenarios: two scenarios of one .orgchart as before and after."""
    from orgeditor.io import save_scenarios
    from orgeditor.model.scenarios import Scenarios

    a, b = templates(tmp_path)
    plan = tmp_path / "plan.orgchart"
    named = [("As-is", io.load_orgchart(a)), ("Pods", io.load_orgchart(b))]
    save_scenarios(Scenarios.of(named), plan)
    code, report, _ = diff_json(capsys, f"{plan}:As-is", f"{plan}:Pods")
    assert code == 0
    assert (report["before"]["model"], report["after"]["model"]) == ("island", "pod")
    assert report["after"]["file"] == str(plan) and report["after"]["scenario"] == "Pods"
    code, _, err = run_cli(capsys, "diff", f"{plan}:As-is", f"{plan}:Nope")
    assert code == 2 and "no scenario 'Nope'; the file has: 'As-is', 'Pods'" in err


def test_cli_diff_imports_no_qt():
    """cli_diff, like the other CLI modules, loads no PySide6 (docs/ARCHITECTURE.md)."""
    code = (
        "import sys, orgeditor.cli, orgeditor.cli_diff, orgeditor.analysis.diff_html; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
