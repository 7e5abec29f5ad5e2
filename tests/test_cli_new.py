"""`orgeditor new`: template charts written headless pass `orgeditor check`; bad input exits 2."""

import json
import subprocess
import sys

import pytest

from orgeditor.cli import main
from orgeditor.io import load_orgchart

MODELS = ("assembly_line", "pod", "island")


def new(capsys, *args):
    """Exit code, stdout, stderr; argparse's own errors exit through SystemExit."""
    try:
        code = main(["new", *map(str, args)])
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


def check(capsys, path, *args):
    code = main(["check", str(path), *args])
    out, _ = capsys.readouterr()
    return code, out


@pytest.mark.parametrize("model", MODELS)
def test_new_writes_a_chart_that_passes_check(capsys, tmp_path, model):
    path = tmp_path / f"{model}.orgchart"
    code, out, err = new(capsys, "--model", model, "-o", path)
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    assert out.startswith(f"wrote {path}: ")
    assert out.rstrip().endswith(f"{model.replace('_', ' ')} model, 0 warnings")
    code, _ = check(capsys, path, "--fail-on", "warning")
    assert code == 0
    code, report = check(capsys, path, "--format", "json")
    assert json.loads(report)["model"] == model


@pytest.mark.parametrize(
    ("model", "segment"),
    [
        ("pod", "product_line=A,B,C"),
        ("assembly_line", "region=North,South"),
        ("island", "region=North,South,West"),
    ],
)
def test_segmented_charts_pass_check(capsys, tmp_path, model, segment):
    path = tmp_path / "plan.orgchart"
    code, out, _ = new(capsys, "--model", model, "--segment", segment, "-o", path)
    assert code == 0
    assert "0 warnings" in out
    assert check(capsys, path, "--fail-on", "warning")[0] == 0
    dimension, values = segment.split("=")
    chart = load_orgchart(path)
    assert {getattr(t, dimension) for t in chart.teams()} >= set(values.split(","))


def test_parameters_reach_the_chart(capsys, tmp_path):
    path = tmp_path / "pods.orgchart"
    code, out, _ = new(
        capsys,
        "--model", "pod", "--pods", "4", "--pod-sdr", "1", "--pod-ae", "1", "--pod-csm", "1",
        "--pod-am", "0", "--name", "Acme", "--leader-title", "Head of Sales", "-o", path,
    )  # fmt: skip
    assert code == 0
    assert out == f"wrote {path}: 20 positions (12 sellers), pod model, 0 warnings\n"
    chart = load_orgchart(path)
    assert chart.settings.name == "Acme"
    assert chart.position("sales-leader").title == "Head of Sales"
    assert [t.id for t in chart.teams() if t.kind == "pod"] == [f"pod-{n}" for n in range(1, 5)]
    assert chart.position("pod-4-csm-1").role == "csm"


def test_without_support_the_summary_counts_the_warnings(capsys, tmp_path):
    path = tmp_path / "bare.orgchart"
    code, out, _ = new(capsys, "--model", "pod", "--no-sales-ops", "--no-enablement", "-o", path)
    assert code == 0
    assert out.rstrip().endswith("pod model, 2 warnings")
    assert check(capsys, path, "--fail-on", "warning")[0] == 1


def test_norwegian_and_sponsor_options(capsys, tmp_path):
    path = tmp_path / "stor.orgchart"
    args = ["--model", "assembly_line", "--sdr", "20", "--ae", "20", "--am", "20"]
    code, _, _ = new(capsys, *args, "--language", "nb", "--sponsor", "cro", "-o", path)
    assert code == 0
    chart = load_orgchart(path)
    assert chart.roots() == ["cro"]
    assert chart.position("sales-leader").title == "Salgsdirektør"
    assert check(capsys, path, "--fail-on", "warning")[0] == 0


def test_an_existing_file_is_kept_without_force(capsys, tmp_path):
    path = tmp_path / "plan.orgchart"
    path.write_text("keep me", encoding="utf-8")
    code, out, err = new(capsys, "--model", "island", "-o", path)
    assert code == 2
    assert out == ""
    assert "exists already" in err
    assert path.read_text(encoding="utf-8") == "keep me"
    code, _, _ = new(capsys, "--model", "island", "--force", "-o", path)
    assert code == 0
    assert load_orgchart(path).position("sales-leader").role == "sales_leader"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--model", "island", "--segment", "colour=red,blue"], "unknown segment dimension"),
        (["--model", "island", "--segment", "region"], "DIMENSION=VALUE1,VALUE2"),
        (["--model", "island", "--segment", "region=a,a"], "given twice"),
        (["--model", "island", "--generalists", "many"], "expected a whole number"),
        (["--model", "island", "--generalists", "-3"], "expected 0 or more"),
        (["--model", "island", "--generalists", "0"], "needs 1 or more sellers"),
        (["--model", "island", "--sellers-per-manager", "0"], "sellers_per_manager"),
        (["--model", "island", "--pods", "3"], "--pods applies to the pod model only"),
        (["--model", "pod", "--pod-ae", "9"], "pod of 11 sellers"),
        (["--model", "matrix"], "invalid choice"),
        (["--model", "pod", "--colour", "red"], "unrecognised arguments: --colour red"),
    ],
)
def test_bad_parameters_exit_2_with_one_line(capsys, tmp_path, args, message):
    path = tmp_path / "out.orgchart"
    code, out, err = new(capsys, *args, "-o", path)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("orgeditor new: ")
    assert message in err
    assert not path.exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("plan.csv", "orgeditor new writes .orgchart files"),
        ("plan", "orgeditor new writes .orgchart files"),
        ("missing/plan.orgchart", "there is no folder"),
    ],
)
def test_unwritable_paths_exit_2(capsys, tmp_path, name, message):
    code, out, err = new(capsys, "--model", "pod", "-o", tmp_path / name)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert message in err


def test_missing_output_exits_2(capsys):
    code, _, err = new(capsys, "--model", "pod")
    assert code == 2
    assert err.count("\n") == 1
    assert "-o/--output" in err


def test_console_entry_point_has_no_traceback(tmp_path):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "orgeditor", "new", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )

    bad = run("--model", "pod", "--pods", "x", "-o", "x.orgchart")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1
    good = run("--model", "pod", "-o", "x.orgchart")
    assert good.returncode == 0
    assert good.stdout.startswith("wrote x.orgchart: 19 positions")
