"""Rule settings: rules.toml defaults < a --config file < the chart's rule_overrides."""

import json
from pathlib import Path

import pytest
from support.chartspec import fired, sales_org

from orgeditor.model import Position
from orgeditor.rules import (
    RULE_IDS,
    ConfigError,
    Finding,
    default_config,
    load_config,
    override_problems,
    run,
    scope_summary,
)

# RULES.md "The rules": id, severity, settings with their defaults
CATALOGUE = {
    "structure.duplicate_id": ("error", {}),
    "structure.unknown_manager": ("error", {}),
    "structure.cycle": ("error", {}),
    "structure.multiple_roots": ("info", {}),
    # beyond RULES.md: GraphML may give a position several solid managers
    "structure.extra_manager": ("warning", {}),
    "enablement.missing": ("warning", {"enablement_min_sellers": 8}),
    "enablement.understaffed": ("warning", {"max_sellers_per_enabler": 50}),
    "enablement.no_executive": (
        "warning",
        {"exec_min_enablement_staff": 3, "exec_min_sellers": 50},
    ),
    "enablement.no_program_manager": (
        "info",
        {"program_manager_min_sellers": 20, "program_manager_min_open_seats": 3},
    ),
    "operations.missing": ("warning", {"operations_min_sellers": 8}),
    "segmentation.excessive": (
        "warning",
        {"min_sellers_per_cell": 3, "max_dimensions_small_team": 3, "small_team_sellers": 30},
    ),
    "segmentation.thin_cell": ("info", {}),
    "model.island_scale": ("warning", {"island_max_sellers": 12}),
    "model.assembly_line_small": ("warning", {"assembly_line_min_sellers": 6}),
    "model.assembly_line_gap": ("warning", {}),
    "model.pod_incomplete": ("warning", {}),
    "model.relationship_handoffs": (
        "info",
        {
            "relationship_industries": (
                "finance",
                "banking",
                "insurance",
                "real estate",
                "finans",
                "bank",
                "forsikring",
                "eiendom",
            )
        },
    ),
    "span.too_wide": ("warning", {"span_max": 10}),
    "span.too_narrow": ("info", {}),
    "management.over_managed": ("warning", {"min_sellers_per_manager": 3}),
    "management.too_many_layers": ("warning", {"max_layers": 3}),
    "enablement.unowned": ("info", {"owner_min_sellers": 6}),
}


def test_every_rule_of_the_catalogue_with_its_defaults():
    assert set(RULE_IDS) == set(CATALOGUE)
    config = default_config()
    for rule_id, (severity, values) in CATALOGUE.items():
        settings = config[rule_id]
        assert settings.enabled
        assert settings.severity == severity, rule_id
        assert dict(settings.values) == values, rule_id
        assert settings.advice and settings.practice, rule_id
        assert '("' in settings.practice, rule_id  # the article's section title, quoted


def test_checks_table_is_not_a_rule_and_scopes_to_sales_by_default():
    config = default_config()
    assert "checks" not in RULE_IDS and "checks" not in config
    assert dict(config.checks) == {"scope": "sales"}
    assert config.scope == "sales"


def test_finding_dict_has_exactly_the_json_keys():
    (found,) = fired(run(sales_org(8)), "enablement.missing")
    data = found.to_dict()
    assert list(data) == ["rule", "severity", "message", "positions", "advice", "practice"]
    assert data["positions"] == ["vp"]
    json.dumps(data)


def test_findings_sorted_by_severity_then_rule_then_positions():
    findings = run(sales_org(14, "m: Sales Manager\n  x: Account Manager"))
    keys = [f.sort_key() for f in findings]
    assert keys == sorted(keys)
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert isinstance(findings[0], Finding)


def test_natural_order_of_positions():
    chart = sales_org(0, "p2: Sales Manager\n  a: SDR\np10: Sales Manager\n  b: SDR")
    assert [f.positions for f in fired(run(chart), "span.too_narrow")] == [("p2",), ("p10",)]


# ----- a --config file ----------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_path_gives_the_defaults():
    assert load_config(None) == default_config()


def test_config_file_changes_threshold_severity_and_enabled(tmp_path):
    config = load_config(
        write(
            tmp_path,
            """
        ["enablement.missing"]
        enablement_min_sellers = 5
        severity = "error"

        ["operations.missing"]
        enabled = false
    """.replace("        ", ""),
        )
    )
    findings = run(sales_org(5), config)
    (found,) = fired(findings, "enablement.missing")
    assert found.severity == "error"
    assert "(5 or more sellers need one)" in found.message
    assert not fired(run(sales_org(8), config), "operations.missing")
    assert fired(run(sales_org(8)), "operations.missing")  # the defaults are untouched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('["span.too_wyde"]\nspan_max = 3', "unknown rule id 'span.too_wyde'"),
        ('["span.too_wide"]\nspan_maximum = 3', "[span.too_wide] unknown setting 'span_maximum'"),
        ('["span.too_wide"]\nspan_max = "ten"', "[span.too_wide] span_max must be a number"),
        ('["span.too_wide"]\nspan_max = true', "span_max must be a number"),
        ('["span.too_wide"]\nenabled = "no"', "enabled must be true or false"),
        ('["span.too_wide"]\nseverity = "fatal"', "severity must be one of error, warning, info"),
        (
            '["model.relationship_handoffs"]\nrelationship_industries = [1]',
            "relationship_industries must be a list of strings",
        ),
        ('["span.too_wide"]\nadvice = 3', "advice must be a string"),
        ('"span.too_wide" = 3', "[span.too_wide] must be a table"),
        ('[checks]\nscope = "sellers"', "[checks] scope must be one of 'sales', 'all'"),
        ("[checks]\nscope = 1", "[checks] scope must be one of"),
        ('[checks]\nscoop = "all"', "[checks] unknown setting 'scoop'"),
        ("checks = 3", "[checks] must be a table"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_bad_config_file_names_file_and_key(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert isinstance(error.value, ValueError)
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.toml")


def test_config_file_sets_the_scope(tmp_path):
    config = load_config(write(tmp_path, '[checks]\nscope = "all"'))
    assert config.scope == "all"
    assert config != default_config()
    assert config["span.too_wide"] == default_config()["span.too_wide"]


def test_float_threshold_accepted(tmp_path):
    config = load_config(write(tmp_path, '["segmentation.excessive"]\nmin_sellers_per_cell = 2.5'))
    assert config["segmentation.excessive"]["min_sellers_per_cell"] == 2.5


# ----- the chart's own overrides ------------------------------------------------------


def test_chart_overrides_win_over_the_config_file(tmp_path):
    config = load_config(write(tmp_path, '["span.too_wide"]\nspan_max = 5'))
    chart = sales_org(7)
    assert fired(run(chart, config), "span.too_wide")
    chart.update_settings(rule_overrides={"span.too_wide": {"span_max": 7}})
    assert not fired(run(chart, config), "span.too_wide")
    chart.update_settings(rule_overrides={"span.too_wide": {"span_max": 6}})
    (found,) = fired(run(chart, config), "span.too_wide")
    assert "(more than 6)" in found.message


def test_chart_override_disables_a_rule():
    chart = sales_org(8)
    chart.update_settings(rule_overrides={"enablement.missing": {"enabled": False}})
    findings = run(chart)
    assert not fired(findings, "enablement.missing")
    assert fired(findings, "operations.missing")


def test_chart_override_changes_severity():
    chart = sales_org(8)
    chart.update_settings(rule_overrides={"operations.missing": {"severity": "info"}})
    findings = run(chart)
    (found,) = fired(findings, "operations.missing")
    assert found.severity == "info"
    assert all(f.severity == "info" for f in findings[findings.index(found) :])


def test_bad_chart_overrides_are_skipped_not_fatal():
    chart = sales_org(8)
    chart.update_settings(
        rule_overrides={
            "no.such_rule": {"enabled": False},
            "operations.missing": {"operations_min_sellers": "many", "severity": "info"},
        }
    )
    (found,) = fired(run(chart), "operations.missing")
    assert found.severity == "info"  # the good entry applies, the bad one is skipped
    problems = override_problems(chart.settings.rule_overrides)
    assert len(problems) == 2
    assert "unknown rule id 'no.such_rule'" in problems[0]
    assert "operations_min_sellers must be a number" in problems[1]


def test_chart_override_of_the_scope_and_its_problems():
    chart = sales_org(0, "hr: HR Director\n  x*11: Recruiter")
    chart.set_manager("hr", None)  # HR beside sales, not under the VP
    assert not fired(run(chart), "span.too_wide")
    chart.update_settings(rule_overrides={"checks": {"scope": "all"}})
    (found,) = fired(run(chart), "span.too_wide")
    assert found.positions == ("hr",)
    assert override_problems({"checks": {"scope": "everyone"}}) == [
        "chart settings: [checks] scope must be one of 'sales', 'all', not 'everyone'"
    ]
    chart.update_settings(rule_overrides={"checks": {"scope": "everyone"}})  # skipped
    assert not fired(run(chart), "span.too_wide")


def test_scope_summary_for_the_command_line():
    chart = sales_org(3, leader="VP Sales")
    chart.update_position("vp", name="Vera Berg")
    assert scope_summary(chart) == {
        "setting": "sales",
        "basis": "sales_leaders",
        "description": "Checking the whole chart, 4 positions",
        "tops": ["vp"],
        "positions": 4,
        "whole": True,
    }
    chart.add_position(Position("ceo", "Ada", "CEO"))
    chart.set_manager("vp", "ceo")
    summary = scope_summary(chart)
    assert summary["description"] == (
        "Checking the sales unit under Vera Berg (VP Sales), 4 positions"
    )
    assert (summary["tops"], summary["whole"]) == (["vp"], False)
    every = scope_summary(chart, default_config().with_overrides({"checks": {"scope": "all"}}))
    assert every["setting"] == "all" and every["tops"] == ["ceo"] and every["positions"] == 5
    json.dumps(every)
