"""`orgeditor diff --lang nb` / LANG: the whole report in Bokmål (headline, headings, labels,
changes, findings) for the island-to-pods reorganisation; the HTML page says lang="nb"; the
JSON keeps its keys and key values in English with its prose in Bokmål."""

import json
import re
from html.parser import HTMLParser

import pytest
from support.cli_runs import run_cli
from support.reorganisations import island_to_pods

from orgeditor.io import save_orgchart

# what the English report says in its own words (the findings aside; "under" is Bokmål too)
ENGLISH_WORDS = (
    "before",
    "after",
    "delta",
    "matched",
    "model",
    "sellers",
    "stage",
    "enablement",
    "operations",
    "coverage",
    "pods formed",
    "headcount",
    "span of control",
    "layers",
    "findings",
    "fixed",
    "introduced",
    "unchanged",
    "changes",
    "added",
    "removed",
    "moved",
    "changed",
    "none",
    "lead generation",
    "closing",
    "retention",
    "generalists",
    "warning",
    "island",
)
ENGLISH_HEADINGS = (
    "Model",
    "Why",
    "Figures",
    "Figure",
    "Change",
    "Pods after",
    "Missing stages",
    "Changes (",
    "Findings fixed",
    "Findings introduced",
    "Findings unchanged",
    "Severity",
    "Rule",
    "Advice",
    "Headcount (positions)",
    "Sellers per enablement person",
    "Positions matched by",
)


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Start from no locale (English), whatever the machine running the tests says."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sides(tmp_path):
    island, pods = island_to_pods()
    a, b = tmp_path / "as-is.orgchart", tmp_path / "to-be.orgchart"
    save_orgchart(island, a)
    save_orgchart(pods, b)
    return a, b


def own_words(text: str) -> str:
    """The report without what is not its words: rule ids, position ids, file paths."""
    text = re.sub(r"\b[a-z]+\.[a-z_.]+\b", " ", text)  # rule ids
    text = re.sub(r"\S*orgchart\b", " ", text)
    return re.sub(r"\b[a-z]+(-[a-z0-9]+)+\b", " ", text)  # position ids: pod-1-lead


def english_left(text: str) -> list[str]:
    words = own_words(text).lower()
    return [w for w in ENGLISH_WORDS if re.search(rf"\b{re.escape(w)}\b", words)]


def test_text_report_in_bokmaal(capsys, sides):
    a, b = sides
    en_code, english, _ = run_cli(capsys, "diff", a, b)
    code, out, err = run_cli(capsys, "diff", a, b, "--lang", "nb")
    assert (code, err) == (en_code, "")
    lines = out.splitlines()
    assert lines[2] == (
        "* øy -> poder: 3 poder opprettet, Pod 3 mangler en rolle for kundeoppfølging; "
        "dekning av salgsaktivering 0 -> 1 per 5,5 selgere; dekning av salgsoperasjoner "
        "0 -> 1 per 11 selgere"
    )
    assert (
        "* selgere per trinn: leadgenerering 0 -> 3, avslutning 0 -> 6, kundeoppfølging "
        "0 -> 2, generalister 12 -> 0" in lines
    )
    assert "* bemanning 15 -> 18 (+3)" in lines
    assert "* lederspenn i snitt 4,7 -> 4,2, maks 6 -> 6; nivåer 3 -> 3" in lines
    assert "* endringer: 17 nye, 14 fjernet, 0 flyttet, 0 endret" in lines
    assert "før:   øy-modell (utledet: 12 av 12 selgere er generalister)" in lines
    assert any(line.startswith("etter: pod-modell (utledet:") for line in lines)
    assert re.search(r"^\s+før\s+etter\s+endring$", out, re.M)
    assert re.search(r"^Selgere per person i salgsaktivering\s+–\s+5,5$", out, re.M)
    assert "paret etter id 1, etter navn 0, etter tittel 0" in lines
    assert "endringer (31):" in lines and "  ny       pod-1-lead: under sales-leader" in lines
    assert "  fjernet  rep-12: var under team-2-lead" in lines
    assert "løste funn (3):" in lines and "nye funn (1):" in lines
    assert "uendrede funn (0):" in lines
    assert "  ADVARSEL model.pod_incomplete: Pod 3 (4 medlemmer) mangler kundeoppfølging" in out
    assert english_left(out) == []
    assert set(english_left(english)) >= {"before", "findings", "headcount", "added"}


def test_lang_from_the_environment(capsys, sides, monkeypatch):
    a, b = sides
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    _, out, _ = run_cli(capsys, "diff", a, b)
    assert "* bemanning 15 -> 18 (+3)" in out and "løste funn (3):" in out
    _, out, _ = run_cli(capsys, "diff", a, b, "--lang", "en")  # the option wins
    assert "* headcount 15 -> 18 (+3)" in out and "findings fixed (3):" in out


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.html_lang = None
        self.headings: list[str] = []
        self.header_cells: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        self._in = tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in in ("h1", "h2"):
            self.headings.append(data)
        if self._in == "th":
            self.header_cells.append(data)


def page_of(capsys, *args) -> Page:
    code, out, _ = run_cli(capsys, "diff", *args, "--format", "html")
    assert code == 0
    page = Page()
    page.feed(out)
    page.close()
    return page


def test_html_report_in_bokmaal(capsys, sides):
    a, b = sides
    page = page_of(capsys, a, b, "--lang", "nb")
    assert page.html_lang == "nb"
    assert page.headings == [
        "Omorganisering",
        "Modell",
        "Nøkkeltall",
        "Poder etter",
        "Endringer (31)",
        "Løste funn (3)",
        "Nye funn (1)",
        "Uendrede funn (0)",
    ]
    assert {"Før", "Etter", "Hvorfor", "Endring", "Manglende trinn", "Alvorlighet", "Råd"} <= set(
        page.header_cells
    )
    text = "".join(page.text)
    assert "øy -> poder: 3 poder opprettet" in text and "Bemanning (stillinger)" in text
    assert "Stillinger paret etter id: 1, etter navn: 0, etter tittel: 0." in text
    assert "1 pod mangler et trinn." in text and "advarsel" in text
    assert [h for h in ENGLISH_HEADINGS if re.search(rf"\b{re.escape(h)}(?!\w)", text)] == []
    assert english_left(text) == []
    english = page_of(capsys, a, b)
    assert english.html_lang == "en"
    assert english.headings[:3] == ["Reorganisation", "Model", "Figures"]
    assert all(h in "".join(english.text) for h in ENGLISH_HEADINGS)  # the list finds them


def test_json_keeps_its_keys_with_the_prose_in_bokmaal(capsys, sides):
    a, b = sides
    _, en_out, _ = run_cli(capsys, "diff", a, b, "--format", "json")
    code, out, _ = run_cli(capsys, "diff", a, b, "--format", "json", "--lang", "nb")
    english, report = json.loads(en_out), json.loads(out)
    assert code == 0
    assert report["before"] == english["before"] and report["after"] == english["after"]
    assert report["changes"] == english["changes"]  # kinds, ids, fields: machine values
    assert report["matched_by"] == english["matched_by"]
    summary, en_summary = report["summary"], english["summary"]
    assert set(summary) == set(en_summary)
    assert set(summary["figures"]) == set(en_summary["figures"])
    for key, figure in summary["figures"].items():
        assert {k: v for k, v in figure.items() if k != "label"} == {
            k: v for k, v in en_summary["figures"][key].items() if k != "label"
        }
    assert summary["figures"]["positions"]["label"] == "Bemanning (stillinger)"
    assert summary["headline"][0].startswith("øy -> poder: 3 poder opprettet")
    assert summary["model"]["before"] == "island" and summary["model"]["after"] == "pod"
    assert summary["model"]["before_reason"].startswith("utledet:")
    assert summary["pods_with_gaps"] == [{"name": "Pod 3", "sellers": 3, "gaps": ["retention"]}]
    assert summary["changes"] == en_summary["changes"]
    for group in ("fixed", "introduced", "unchanged"):
        assert [(f["rule"], f["severity"]) for f in report["findings"][group]] == [
            (f["rule"], f["severity"]) for f in english["findings"][group]
        ]
    introduced = report["findings"]["introduced"][0]
    assert introduced["message"].startswith("Pod 3 (4 medlemmer) mangler")
