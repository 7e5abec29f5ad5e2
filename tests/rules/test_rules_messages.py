"""Finding messages in English and Bokmål (rules/messages.py), advice and practice texts in
both languages (rules.toml), and the language a run uses."""

import random
import tomllib
from importlib import resources

import pytest

from orgeditor.model import Chart, ImportProblem, Position, Team
from orgeditor.rules import (
    RULE_IDS,
    Checker,
    ConfigError,
    default_config,
    language_from_environment,
    load_config,
    normalise_language,
    render,
    resolve_language,
    run,
)
from orgeditor.rules.messages import TEMPLATES, placeholders, plural, translate_reason
from orgeditor.rules.problem_texts import PROBLEM_TEMPLATES

TITLES = [
    "CEO",
    "Chief Revenue Officer",
    "VP Sales",
    "Sales Manager",
    "SDR",
    "Account Executive",
    "Account Manager",
    "Customer Success Manager",
    "Sales Representative",
    "Sales Analyst",
    "VP of Sales Enablement",
    "Sales Enablement Program Manager",
    "Enablement Coordinator",
    "Engineer",
    "",
]
ROLES = [None, None, "sdr", "ae", "am", "csm", "generalist", "sales_ops", "cro", "sales_manager"]
OVERRIDES = [
    {},
    {"span.too_wide": {"span_max": 2}, "model.island_scale": {"island_max_sellers": 3}},
    {"segmentation.excessive": {"min_sellers_per_cell": 1}},
    {"checks": {"scope": "all"}, "management.too_many_layers": {"max_layers": 1}},
    {
        "management.over_managed": {"min_sellers_per_manager": 5},
        "enablement.unowned": {"owner_min_sellers": 1},
        "enablement.missing": {"enablement_min_sellers": 100},
        "model.assembly_line_small": {"assembly_line_min_sellers": 40},
        "enablement.no_executive": {"exec_min_sellers": 5, "exec_min_enablement_staff": 1},
        "enablement.understaffed": {"max_sellers_per_enabler": 1.5},
        "enablement.no_program_manager": {
            "program_manager_min_sellers": 4,
            "program_manager_min_open_seats": 1,
        },
    },
]


def random_chart(seed: int) -> Chart:
    rnd = random.Random(seed)
    chart = Chart()
    teams = []
    for t in range(rnd.randint(0, 3)):
        chart.add_team(
            Team(f"t{t}", kind=rnd.choice(["pod", "other"]), name=rnd.choice(["", "Nord"]))
        )
        teams.append(f"t{t}")
    ids: list[str] = []
    for i in range(rnd.randint(1, 40)):
        position = Position(
            f"p{i}",
            name=rnd.choice(["", f"N{i}"]),
            title=rnd.choice(TITLES),
            explicit_role=rnd.choice(ROLES),
            status=rnd.choice(["filled", "vacant"]),
            region=rnd.choice(["", "Vest", "Øst"]),
            product_line=rnd.choice(["", "Kjerne", "Sky"]),
            vertical=rnd.choice(["", "Retail", "Banking"]),
            team=rnd.choice([None, *teams]),
        )
        chart.add_position(position, rnd.choice(ids[-6:]) if ids else None)
        ids.append(f"p{i}")
    if rnd.random() < 0.3:
        chart.update_settings(industry="Bank")
    if rnd.random() < 0.3:
        chart.import_problems = [
            ImportProblem(
                "duplicate_id", rnd.choice(["", "a.csv row 3"]), rnd.choice([(), ("p0",)])
            ),
            ImportProblem("unknown_manager", "", (ids[0],), reference=rnd.choice(["", "Zed"])),
            ImportProblem("cycle", "", rnd.choice([(), tuple(ids[:3])])),
            ImportProblem("extra_manager", rnd.choice(["", "g.graphml"]), (ids[-1],)),
        ]
    return chart


def test_every_template_has_both_languages_with_the_same_placeholders():
    for message_id, texts in TEMPLATES.items():
        assert set(texts) == {"en", "nb"}, message_id
        assert placeholders(message_id, "en") == placeholders(message_id, "nb"), message_id
        if message_id in PROBLEM_TEMPLATES:  # the importers' problems, not a rule's finding
            continue
        assert any(message_id == r or message_id.startswith(f"{r}.") for r in RULE_IDS)


def test_every_rule_has_a_template():
    for rule_id in RULE_IDS:
        assert any(m == rule_id or m.startswith(f"{rule_id}.") for m in TEMPLATES), rule_id


def test_every_rule_has_advice_and_practice_in_bokmal():
    text = resources.files("orgeditor.resources").joinpath("rules.toml").read_text("utf-8")
    tables = {k: v for k, v in tomllib.loads(text).items() if k != "checks"}
    assert set(tables) == set(RULE_IDS)
    config = default_config()
    for rule_id, table in tables.items():
        assert table["advice_nb"].strip() and table["practice_nb"].strip(), rule_id
        assert table["advice_nb"] != table["advice"], rule_id
        assert "«" in table["practice_nb"], rule_id  # names the article's section
        assert config[rule_id].texts("nb") == (table["advice_nb"], table["practice_nb"])
        assert config[rule_id].texts("en") == (table["advice"], table["practice"])


def same(finding):
    return finding.rule, finding.positions, finding.message_id, repr(sorted(finding.params.items()))


def test_findings_render_from_their_id_and_params_in_both_languages():
    fired = set()
    for seed in range(60):
        chart = random_chart(seed)
        for overrides in OVERRIDES:
            chart.settings.rule_overrides = overrides
            # the same findings (sorted apart: the message breaks ties in the sort)
            english = sorted(run(chart), key=same)
            bokmal = sorted(run(chart, language="nb"), key=same)
            assert [same(f) for f in english] == [same(f) for f in bokmal]
            for en, nb in zip(english, bokmal, strict=True):
                assert en.message_id in TEMPLATES
                assert en.message == render(en.message_id, en.params, "en")
                assert nb.message == render(en.message_id, en.params, "nb")
                assert nb.advice == default_config()[nb.rule].advice_nb
                fired.add(en.rule)
    assert len(fired) >= len(RULE_IDS) - 2  # nearly every rule fired at least once


def test_bokmal_words_and_plurals():
    assert plural(1, "selger", "selgere", "nb") == "1 selger"
    assert plural(2, "selger", "selgere", "nb") == "2 selgere"
    assert plural(0, "seller", "sellers") == "0 sellers"
    assert plural(2.5, "selger", "selgere", "nb") == "2,5 selgere"
    params = {"sellers": 1, "minimum": 8}
    assert render("operations.missing", params, "nb").startswith("1 selger og ingen rolle")
    assert render("operations.missing", {**params, "sellers": 14}, "nb").startswith("14 selgere og")
    split = {
        "sellers": 6,
        "split": (("region", 4), ("product_line", 3)),
        "cells": 6,
        "per_segment": 1.0,
        "min_per_segment": 3,
        "dimensions": 2,
        "small_team": 30,
    }
    assert render("segmentation.excessive.thin", split, "en") == (
        "6 sellers split by region (4) and product line (3) into 6 segments: 1.0 seller "
        "each, fewer than 3"
    )
    assert render("segmentation.excessive.thin", split, "nb") == (
        "6 selgere fordelt etter region (4) og produktlinje (3) på 6 segmenter: 1,0 selger "
        "i hvert, færre enn 3"
    )
    gap = {"dimension": "region", "value": "Vest", "stage": "closing", "sellers": 2}
    assert render("model.assembly_line_gap.value", gap, "nb") == (
        "Region Vest har ingen selger for avslutning (AE) blant sine 2 selgere"
    )
    cell = {"cell": (("region", "Vest"), ("product_line", "unassigned")), "seller": "Ada"}
    assert "produktlinje ikke tildelt" in render("segmentation.thin_cell", cell, "nb")


def test_role_names_come_from_the_catalogue_in_bokmal():
    params = {"sellers": 20, "min_sellers": 20, "open_seats": 0, "min_open": 3}
    params["role"] = "enablement_program_manager"
    assert render("enablement.no_program_manager.sellers", params, "en").endswith(
        "and no Sales Enablement Program Manager"
    )
    assert render("enablement.no_program_manager.sellers", params, "nb").endswith(
        "og ingen programleder salgsaktivering"
    )
    sponsors = {"staff": 3, "min_staff": 3, "sponsors": ("cro", "vp_enablement")}
    text = render("enablement.no_executive.staff", sponsors, "nb")
    assert "(inntektsdirektør (CRO) eller visepresident salgsaktivering)" in text


def test_the_model_reason_reads_in_bokmal():
    reason = "inferred: 9 of 12 sellers are generalists"
    assert translate_reason(reason, "en") == reason
    assert translate_reason(reason, "nb") == "utledet: 9 av 12 selgere er generalister"
    pods = "inferred: 9 of 12 specialists sit in 3 mixed teams"
    assert translate_reason(pods, "nb") == "utledet: 9 av 12 spesialister sitter i 3 blandede team"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("nb_NO.UTF-8", "nb"),
        ("nb", "nb"),
        ("no", "nb"),
        ("nn_NO", "nb"),
        ("nb-NO", "nb"),
        ("en_GB.UTF-8", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("de_DE", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_normalise_language(value, expected):
    assert normalise_language(value) == expected


def test_language_from_the_environment():
    assert language_from_environment({}) == "en"
    assert language_from_environment({"LANG": "nb_NO.UTF-8"}) == "nb"
    assert language_from_environment({"LANG": "nb_NO.UTF-8", "LC_ALL": "C"}) == "en"
    assert language_from_environment({"LANG": "en_US", "LC_MESSAGES": "no_NO"}) == "nb"
    assert language_from_environment({"LANG": "", "LC_ALL": ""}) == "en"
    assert resolve_language("en", {"LANG": "nb_NO"}) == "en"
    assert resolve_language(None, {"LANG": "nb_NO"}) == "nb"


def test_the_default_is_english_and_the_language_is_part_of_the_config():
    config = default_config()
    assert config.language == "en"
    nb = config.with_language("nb")
    assert nb.language == "nb" and nb != config and config.with_language("en") == config
    assert nb.with_overrides({"span.too_wide": {"span_max": 3}}).language == "nb"


def test_overrides_of_the_texts():
    config = load_config(None).with_overrides(
        {
            "span.too_wide": {"advice": "Our own advice."},
            "span.too_narrow": {"advice_nb": "Vårt råd."},
        }
    )
    # an English override without its twin serves both languages
    assert config["span.too_wide"].texts("nb")[0] == "Our own advice."
    assert config["span.too_wide"].texts("nb")[1] == default_config()["span.too_wide"].practice_nb
    assert config["span.too_narrow"].texts("nb")[0] == "Vårt råd."
    assert config["span.too_narrow"].texts("en")[0] == default_config()["span.too_narrow"].advice
    with pytest.raises(ConfigError, match="advice_nb must be a string"):
        load_config(None).with_overrides({"span.too_wide": {"advice_nb": 3}})


def test_chart_overrides_apply_in_bokmal():
    chart = random_chart(3)
    chart.settings.rule_overrides = {
        "structure.multiple_roots": {"advice_nb": "Koble sammen trærne."},
        "span.too_narrow": {"enabled": False},
    }
    chart.add_position(Position("x1", name="Ekstra"))
    chart.add_position(Position("x2", name="Ekstra to"))
    found = run(chart, language="nb")
    roots = [f for f in found if f.rule == "structure.multiple_roots"]
    assert roots and roots[0].advice == "Koble sammen trærne."
    assert "stillinger har ingen leder" in roots[0].message
    assert not any(f.rule == "span.too_narrow" for f in found)


def test_the_checker_in_bokmal_agrees_with_run():
    chart = random_chart(7)
    checker = Checker(chart, default_config().with_language("nb"))
    assert checker.findings() == run(chart, language="nb")
    chart.add_position(Position("new", title="Sales Representative"), "p0")
    assert checker.findings() == run(chart, language="nb")
    checker.set_config(default_config())
    assert checker.findings() == run(chart)
    checker.close()


def test_params_do_not_change_equality():
    (finding, *_) = run(random_chart(1)) or [None]
    if finding is None:
        pytest.skip("no finding")
    from dataclasses import replace

    other = replace(finding, params={"anything": 1}, message_id="x")
    assert other == finding and hash(other) == hash(finding)
