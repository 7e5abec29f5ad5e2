"""`orgeditor check --lang` / LANG and `orgeditor diff --lang`: findings in Bokmål, the JSON
contract (keys, severity values) and the exit codes unchanged."""

import json

import pytest
from support.cli_runs import run_cli

LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Start from no locale (English), whatever the machine running the tests says."""
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)


def check(capsys, *args):
    return run_cli(capsys, "check", *args)


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_bokmal_text_output_and_exit_codes(capsys, data_dir, fail_on):
    path = data_dir / "softuni_employees.csv"
    en_code, en_out, _ = check(capsys, path, "--fail-on", fail_on)
    nb_code, out, err = check(capsys, path, "--fail-on", fail_on, "--lang", "nb")
    assert nb_code == en_code and err == ""
    assert "14 selgere og ingen rolle for salgsaktivering (8 eller flere selgere trenger én)" in out
    assert "ADVARSEL enablement.missing:" in out and "INFO     span.too_narrow:" in out
    assert "øy-modell (utledet: 14 av 14 selgere er generalister)" in out
    assert "Sjekker salgsenheten under" in out and "5 funn: 0 feil, 3 advarsler, 2 info" in out
    assert "råd: Legg til en rolle for salgsaktivering" in out
    assert "«Invester i salg aktivering»" in out
    assert "sellers" not in out and "advice:" not in out
    assert "14 sellers and no sales enablement role" in en_out  # English as before


def test_lang_from_the_environment(capsys, data_dir, monkeypatch):
    path = data_dir / "softuni_employees.csv"
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    code, out, _ = check(capsys, path)
    assert code == 0 and "14 selgere" in out and "ADVARSEL" in out
    code, out, _ = check(capsys, path, "--lang", "en")  # the option wins
    assert "14 sellers" in out and "WARNING" in out
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # LC_ALL before LANG
    code, out, _ = check(capsys, path)
    assert "14 sellers" in out


def test_bokmal_json_keeps_the_contract(capsys, data_dir):
    path = data_dir / "softuni_employees.csv"
    _, en_out, _ = check(capsys, path, "--format", "json")
    code, out, _ = check(capsys, path, "--format", "json", "--lang", "nb")
    english, report = json.loads(en_out), json.loads(out)
    assert code == 0
    assert set(report) == set(english)
    assert report["model"] == english["model"] and report["counts"] == english["counts"]
    assert [(f["rule"], f["severity"], f["positions"]) for f in report["findings"]] == [
        (f["rule"], f["severity"], f["positions"]) for f in english["findings"]
    ]
    for finding in report["findings"]:
        assert set(finding) == {"rule", "severity", "message", "positions", "advice", "practice"}
        assert finding["severity"] in ("error", "warning", "info")
    texts = {f["rule"]: f for f in report["findings"]}
    assert texts["operations.missing"]["message"].startswith("14 selgere og ingen rolle")
    assert texts["operations.missing"]["advice"].startswith("Legg til en rolle")
    assert texts["model.island_scale"]["practice"].endswith("«Øya»")


def test_import_problems_in_bokmal_exit_1(capsys, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("id,name,title,manager_id\n1,Ada,CEO,\n1,Bo,Sales Rep,1\n3,Cy,SDR,99\n")
    en_code, _, _ = check(capsys, path)
    code, out, _ = check(capsys, path, "--lang", "nb")
    assert code == en_code == 1
    assert "FEIL" in out and "har ingen leder" in out


def test_config_overrides_work_in_bokmal(capsys, data_dir, tmp_path):
    config = tmp_path / "rules.toml"
    config.write_text(
        '["operations.missing"]\noperations_min_sellers = 20\n'
        '["model.island_scale"]\nadvice_nb = "Del opp øya."\n'
    )
    path = data_dir / "softuni_employees.csv"
    code, out, _ = check(capsys, path, "--lang", "nb", "--config", config)
    assert code == 0 and "operations.missing" not in out
    assert "råd: Del opp øya." in out
    bad = tmp_path / "bad.toml"
    bad.write_text('["model.island_scale"]\npractice_nb = 3\n')
    code, _, err = check(capsys, path, "--lang", "nb", "--config", bad)
    assert code == 2 and "practice_nb must be a string" in err


def test_unknown_lang_is_refused(capsys, data_dir):
    code, _, err = check(capsys, data_dir / "softuni_employees.csv", "--lang", "de")
    assert code == 2 and "--lang" in err


def test_diff_lists_findings_in_bokmal(capsys, tmp_path):
    before = tmp_path / "before.csv"
    after = tmp_path / "after.csv"
    before.write_text("id,name,title,manager_id\n1,Vera,VP Sales,\n2,Ola,Sales Manager,1\n")
    rows = "".join(f"{i},S{i},Sales Representative,1\n" for i in range(3, 17))
    after.write_text("id,name,title,manager_id\n1,Vera,VP Sales,\n" + rows)
    code, out, _ = run_cli(capsys, "diff", before, after, "--format", "json", "--lang", "nb")
    en_code, en_out, _ = run_cli(capsys, "diff", before, after, "--format", "json")
    assert code == en_code
    report, english = json.loads(out), json.loads(en_out)
    assert set(report) == set(english)
    introduced = {f["rule"]: f["message"] for f in report["findings"]["introduced"]}
    assert introduced["operations.missing"].startswith("14 selgere og ingen rolle")
    assert all(
        f["severity"] in ("error", "warning", "info") for f in report["findings"]["introduced"]
    )
    code, out, _ = run_cli(capsys, "diff", before, after, "--lang", "nb")
    assert "14 selgere" in out
