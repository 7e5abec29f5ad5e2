"""analysis.diff_texts: the comparison's words in English and Bokmål side by side, and the
summary, the changes and the reports rendered in Bokmål (numbers as Norwegian writes them,
roles, stages and dimensions from the catalogue); English as before."""

from string import Formatter

import pytest
from support.chartspec import build

from orgeditor.analysis.diff import Change
from orgeditor.analysis.diff_report import DiffSide, change_text, diff_text, value_text
from orgeditor.analysis.diff_summary import compare, coverage_text
from orgeditor.analysis.diff_texts import TEXTS, number, say
from orgeditor.rules import default_config

NB = default_config().with_language("nb")


def fields(template: str) -> set[tuple[str, bool]]:
    """(name, counts a noun) of every placeholder."""
    return {
        (name, "/" in (spec or ""))
        for _lit, name, spec, _conv in Formatter().parse(template)
        if name is not None
    }


@pytest.mark.parametrize("text_id", sorted(TEXTS))
def test_every_text_has_both_languages_with_the_same_placeholders(text_id):
    texts = TEXTS[text_id]
    assert set(texts) == {"en", "nb"}
    assert {name for name, _ in fields(texts["en"])} == {name for name, _ in fields(texts["nb"])}


def test_numbers_as_each_language_writes_them():
    assert [number(v) for v in (12, 2.5, 1234567.0, None)] == ["12", "2.5", "1,234,567", "–"]
    assert [number(v, "nb") for v in (12, 2.5, 1234567.0, 1234.25)] == [
        "12",
        "2,5",
        "1\u00a0234\u00a0567",
        "1\u00a0234,2",
    ]
    assert value_text(830.0, "nb") == "830" and value_text("", "nb") == "–"
    assert say("pods.formed", "nb", n=1) == "1 pod opprettet"
    assert say("pods.formed", "nb", n=3) == "3 poder opprettet"
    assert say("pods.formed", "de", n=3) == "3 pods formed"  # an unknown language: English


def test_headline_in_bokmaal_with_cost_segments_and_a_managers_pod():
    before = build(
        """
        vp: VP Sales | cost=2000
          m1: Sales Manager | name="Ola Berg" cost=1000.5
            s*6: Sales Representative | cost=500 product_line=A
        """
    )
    after = build(
        """
        vp: VP Sales | cost=2000
          m1: Sales Manager | name="Ola Berg" cost=1000.5
            s1: SDR | cost=500 product_line=A
            s2: Account Executive | cost=600 product_line=A
          m2: Sales Manager | cost=1100
            s4: SDR | cost=500 product_line=B
            s5: Account Executive | cost=600 product_line=B
            s6: Customer Success Manager | cost=500 product_line=B
        """
    )
    summary = compare(before, after, config=NB)
    assert summary.language == "nb"
    headline = summary.headline()
    assert headline[0].startswith("øy -> poder: 2 poder opprettet, teamet til Ola Berg mangler")
    assert "en rolle for kundeoppfølging" in headline[0]
    assert "bemanning 8 -> 8 (+0), kostnad 6\u00a0000,5 -> 6\u00a0800,5 (+800)" in headline
    assert "segmenteringsceller 0 -> 2 (etter produktlinje)" in headline
    assert "lederspenn i snitt 3,5 -> 2,3, maks 6 -> 3; nivåer 3 -> 3" in headline
    assert headline[-2].startswith("funn: 2 løst (") and ", 3 nye (" in headline[-2]
    assert headline[-1] == "endringer: 1 ny, 1 fjernet, 3 flyttet, 2 endret"
    assert coverage_text(summary.after, "enablement", "nb") == "0"
    # the English of the same summary, asked for
    english = summary.headline("en")
    assert english[0].startswith("island -> pods: 2 pods formed, the team of Ola Berg has no")
    assert "headcount 8 -> 8 (+0), cost 6,000.5 -> 6,800.5 (+800)" in english
    labels = {key: label for key, label, *_ in summary.figures()}
    assert labels["stage.closing"] == "Selgere: avslutning"
    assert labels["cost"] == "Kostnad"
    assert {key: label for key, label, *_ in summary.figures("en")}["cost"] == "Cost"


def test_a_change_in_bokmaal_names_fields_roles_and_statuses():
    change = Change(
        "moved",
        "s3",
        "Per Sand",
        "m1",
        "m2",
        {
            "role": ("ae", "am"),
            "status": ("filled", "vacant"),
            "product_line": ("A", None),
            "cost": (1200.0, 1250.5),
        },
        "s3",
    )
    assert change_text(change, "nb") == (
        "flyttet  s3 (Per Sand): leder m1 -> m2; rolle Account Executive (avslutning) -> "
        "Kundeansvarlig; status besatt -> ledig; produktlinje A -> –; "
        "kostnad 1\u00a0200 -> 1\u00a0250,5"
    )
    assert change_text(change) == (
        "moved    s3 (Per Sand): manager m1 -> m2; role ae -> am; status filled -> vacant; "
        "product_line A -> –; cost 1,200 -> 1,250.5"
    )
    added = Change("added", "n1", "", None, "m2")
    assert change_text(added, "nb") == "ny       n1: under m2"


def test_text_report_of_an_unchanged_chart_in_bokmaal():
    chart = build("vp: VP Sales\n  s*3: Sales Representative")
    text = diff_text(compare(chart, chart, config=NB), DiffSide("a.csv"), DiffSide("b.csv"))
    assert "* øy (modellen er uendret)" in text
    assert "endringer (0):\n  ingen" in text and "uendrede funn" in text
