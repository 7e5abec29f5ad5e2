"""The translation files in resources/i18n: every menu and action text is extractable by
pyside6-lupdate, translated in orgeditor_nb.ts, and the shipped .qm is built from that .ts.
scripts/update_translations.py makes them; these tests run its extraction into tmp_path."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support.translation_script import load_script

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "orgeditor_nb.ts"
QM = TS.with_suffix(".qm")
ENGLISH_TS = TS.with_name("orgeditor_en.ts")  # only the English forms of the counted texts

pytestmark = pytest.mark.skipif(
    not (Path(sys.executable).parent / "pyside6-lupdate").exists()
    and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed",
)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <translation> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    script = load_script()
    folder = tmp_path_factory.mktemp("lupdate")
    sources = [*script.ui_sources(), script.write_label_source(folder)]
    ts = folder / "extracted.ts"
    script.lupdate(ts, sources, cwd=folder)
    return messages(ts)


def english_menu_texts(window) -> set[str]:
    from test_language import bar_texts

    return {text for _where, text in bar_texts(window)}


def test_every_menu_text_is_extractable_and_translated(window, extracted):
    shipped = messages(TS)
    sources = {source for _context, source in extracted}
    texts = english_menu_texts(window)
    assert len(texts) > 60
    assert sorted(texts - sources) == []  # not a literal tr()/translate() lupdate can read
    unfinished = [
        text
        for text in texts
        if not any(
            source == text and element.get("type") is None and (element.text or "").strip()
            for (_context, source), element in shipped.items()
        )
    ]
    assert unfinished == []


def test_the_ts_file_is_up_to_date_with_the_code(extracted):
    """Every text the code asks for is in the shipped .ts (run scripts/update_translations.py
    after changing texts); the .ts keeps nothing the code no longer has."""
    shipped = messages(TS)
    assert sorted(set(extracted) - set(shipped)) == []
    assert sorted(set(shipped) - set(extracted)) == []


def test_every_text_has_a_finished_bokmaal_translation():
    """With the test above (the .ts holds exactly what the code asks for), no text of the
    interface can reach a Norwegian user in English: each entry is finished and not empty,
    a counted one with both of Bokmål's forms."""
    missing = []
    for (context, source), element in messages(TS).items():
        forms = [form.text for form in element.iter("numerusform")]
        texts = forms if forms else [element.text]
        if element.get("type") is not None or not all(t and t.strip() for t in texts):
            missing.append(f"{context}: {source}")
        elif forms and len(forms) != 2:
            missing.append(f"{context}: {source} ({len(forms)} forms)")
    assert missing == []
    assert len(messages(TS)) > 800


def test_the_qm_file_is_built_from_the_ts_file(tmp_path):
    script = load_script()
    rebuilt = tmp_path / "orgeditor_nb.qm"
    script.lrelease(TS, rebuilt)
    assert rebuilt.read_bytes() == QM.read_bytes()


def test_the_script_runs_lrelease_only(tmp_path, monkeypatch):
    """--release-only builds without touching the sources (into tmp_path here)."""
    script = load_script()
    monkeypatch.setattr(script, "I18N", tmp_path)
    for ts in (TS, ENGLISH_TS):
        shutil.copy(ts, tmp_path / ts.name)
    assert script.main(["--release-only"]) == 0
    for ts in (TS, ENGLISH_TS):
        qm = ts.with_suffix(".qm")
        assert (tmp_path / qm.name).read_bytes() == qm.read_bytes()


def test_the_english_forms_are_complete_and_built(tmp_path):
    """orgeditor_en.ts holds every counted text of the code (and nothing else), each with
    its one and many forms, and the shipped .qm is built from it."""
    script = load_script()
    extracted = tmp_path / "plurals.ts"
    script.lupdate(extracted, script.ui_sources(), cwd=tmp_path, plural_only=True)
    assert set(messages(extracted)) == set(messages(ENGLISH_TS))
    assert len(messages(ENGLISH_TS)) > 20
    for (_context, source), element in messages(ENGLISH_TS).items():
        forms = [form.text for form in element.iter("numerusform")]
        assert element.get("type") is None and forms == list(script.english_forms(source))
        assert "(s)" not in forms[0] + forms[1], source
    rebuilt = tmp_path / "orgeditor_en.qm"
    script.lrelease(ENGLISH_TS, rebuilt)
    assert rebuilt.read_bytes() == ENGLISH_TS.with_suffix(".qm").read_bytes()


def test_english_forms_follow_the_sources_convention():
    script = load_script()
    assert script.english_forms("%n position(s)") == ("%n position", "%n positions")
    assert script.english_forms("Make Pod from %n Position(s)…") == (
        "Make Pod from %n Position…",
        "Make Pod from %n Positions…",
    )
    assert script.english_forms("%n box(es) (%1)") == ("%n box (%1)", "%n boxes (%1)")
    assert script.english_forms("%n more") == ("%n more", "%n more")


def test_lrelease_reports_no_problem(tmp_path):
    script = load_script()
    result = subprocess.run(
        [script.tool("pyside6-lrelease"), str(TS), "-qm", str(tmp_path / "check.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Removed plural forms" not in result.stdout + result.stderr


def test_the_translations_are_package_data():
    """pyproject ships resources/i18n in the wheel (tests/test_wheel_install.py builds it)."""
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["orgeditor.resources"]
    for path in (TS, QM):
        name = path.relative_to(ROOT / "resources").as_posix()
        assert any(fnmatch(name, pattern) for pattern in patterns), name
