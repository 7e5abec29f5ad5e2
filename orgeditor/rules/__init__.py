"""Qt-free check engine: the rules of RULES.md over a chart.

run(chart, config=None) -> list[Finding]   # sorted: severity, rule id, positions
load_config(path | None) -> RuleConfig       # rules.toml < TOML file; ConfigError if bad
Checker(chart, config=None).findings()       # incremental, for the live checks panel
RULE_IDS                                     # every rule id, in rules.toml order
"""

from orgeditor.rules.checker import Checker
from orgeditor.rules.config import (
    SEVERITIES,
    ConfigError,
    RuleConfig,
    RuleSettings,
    default_config,
    effective_config,
    load_config,
    override_problems,
)
from orgeditor.rules.engine import RULE_IDS, run
from orgeditor.rules.finding import SEVERITY_ORDER, Finding

__all__ = [
    "RULE_IDS",
    "SEVERITIES",
    "SEVERITY_ORDER",
    "Checker",
    "ConfigError",
    "Finding",
    "RuleConfig",
    "RuleSettings",
    "default_config",
    "effective_config",
    "load_config",
    "override_problems",
    "run",
]
