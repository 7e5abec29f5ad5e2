"""`orgeditor check`: text and JSON output, --fail-on, --config, exit codes 0/1/2."""

import json
import subprocess
import sys

import pytest

from orgeditor.cli import main


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """These tests read English findings: no locale asks for another language (--lang)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


def check(capsys, *args):
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, *args):
    code, out, err = check(capsys, *args, "--format", "json")
    return code, json.loads(out), err


def test_northwind_json_shape_and_figures(capsys, data_dir):
    code, report, _ = check_json(capsys, data_dir / "northwind_employees.csv")
    assert code == 0
    assert set(report) == {"file", "model", "model_reason", "counts", "scope", "findings"}
    assert set(report["scope"]) == {"setting", "basis", "description", "tops", "positions", "whole"}
    assert report["scope"]["setting"] == "sales"
    assert report["scope"]["description"] == "Checking the whole chart, 9 positions"
    assert report["model"] == "island"
    assert report["counts"] == {"positions": 9, "sellers": 6, "enablement": 0, "operations": 1}
    rules = {f["rule"] for f in report["findings"]}
    assert "operations.missing" not in rules  # the Inside Sales Coordinator is sales operations
    assert "enablement.missing" not in rules  # 6 sellers, below the threshold of 8
    for finding in report["findings"]:
        assert set(finding) == {"rule", "severity", "message", "positions", "advice", "practice"}
        assert finding["severity"] in ("error", "warning", "info")


def test_softuni_findings_and_fail_on(capsys, data_dir, tmp_path):
    path = data_dir / "softuni_employees.csv"
    code, report, _ = check_json(capsys, path)
    assert code == 0  # warnings only; the default --fail-on is error
    assert report["counts"]["positions"] == 293
    assert report["counts"]["sellers"] == 14
    by_rule = {}
    for finding in report["findings"]:
        by_rule.setdefault(finding["rule"], []).append(finding)
    assert "enablement.missing" in by_rule
    assert "operations.missing" in by_rule
    assert "structure.multiple_roots" in by_rule
    assert len(by_rule["structure.multiple_roots"][0]["positions"]) == 4
    # RULES.md "The sales scope": spans are checked under the VP of Sales only by default
    assert "span.too_wide" not in by_rule
    every = tmp_path / "all.toml"
    every.write_text('[checks]\nscope = "all"\n', encoding="utf-8")
    _, report, _ = check_json(capsys, path, "--config", every)
    wide = [f for f in report["findings"] if f["rule"] == "span.too_wide" and "22" in f["message"]]
    assert len(wide) == 1
    code, _, _ = check(capsys, path, "--fail-on", "warning")
    assert code == 1
    code, _, _ = check(capsys, path, "--fail-on", "never")
    assert code == 0


def test_text_output_names_model_and_findings(capsys, data_dir):
    code, out, _ = check(capsys, data_dir / "softuni_employees.csv")
    assert code == 0
    assert "293 positions, 14 sellers" in out
    assert "enablement.missing" in out
    assert "advice:" in out and "practice:" in out


def test_drawio_example(capsys, data_dir):
    code, report, _ = check_json(capsys, data_dir / "drawio_orgchart_example.txt")
    assert code == 0
    assert report["counts"]["positions"] == 4
    assert report["model"] == "none"


def test_import_problems_are_errors(capsys, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(
        "id,name,title,manager_id\n1,Ann,VP Sales,\n2,Bob,Sales Rep,1\n2,Cy,Sales Rep,1\n"
        "3,Di,Sales Rep,99\n",
        encoding="utf-8",
    )
    code, report, _ = check_json(capsys, path)
    assert code == 1
    rules = {f["rule"] for f in report["findings"] if f["severity"] == "error"}
    assert rules == {"structure.duplicate_id", "structure.unknown_manager"}


def test_config_overrides_threshold(capsys, data_dir, tmp_path):
    config = tmp_path / "rules.toml"
    config.write_text('["span.too_wide"]\nspan_max = 30\n', encoding="utf-8")
    _, report, _ = check_json(capsys, data_dir / "softuni_employees.csv", "--config", config)
    assert "span.too_wide" not in {f["rule"] for f in report["findings"]}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("missing.csv", None),
        ("binary.csv", b"\x00\x01\x02PK\x03\x04" * 50),
        ("foreign.orgchart", b'{"hello": "world"}'),
        ("notes.docx", b"whatever"),
    ],
)
def test_unreadable_input_exit_2_one_line(capsys, tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = check(capsys, path)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]
    assert "Traceback" not in err


def test_bad_config_exit_2(capsys, data_dir, tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text('["span.too_wide"]\nspan_maximum = 3\n', encoding="utf-8")
    code, _, err = check(capsys, data_dir / "northwind_employees.csv", "--config", config)
    assert code == 2
    assert "bad.toml" in err and "span_maximum" in err


def test_console_entry_point_runs_headless(data_dir):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "orgeditor",
            "check",
            str(data_dir / "northwind_employees.csv"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["counts"]["positions"] == 9


def test_text_output_says_what_was_checked(capsys, data_dir):
    code, out, _ = check(capsys, data_dir / "softuni_employees.csv", "--fail-on", "never")
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[1]
        == "Checking the sales unit under Brian Welcker (Vice President of Sales), 18 positions"
    )
