"""Qt-free check engine: the rules of RULES.md over a chart.

run(chart, config=None, language=None) -> list[Finding]   # sorted: severity, rule, positions
config.with_language("nb")                   # findings in Bokmål (default: English)
resolve_language(option, environ=None)       # --lang, else LC_ALL / LC_MESSAGES / LANG
render(message_id, params, language)         # a finding's message in another language
load_config(path | None) -> RuleConfig       # rules.toml < TOML file; ConfigError if bad
Checker(chart, config=None).findings()       # incremental, for the live checks panel
Checker.changes() -> FindingsDelta           # findings gone and come since last asked
RULE_IDS                                     # every rule id, in rules.toml order
scope_summary(chart, config=None) -> dict    # what span.* and management.* looked at
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
from orgeditor.rules.engine import RULE_IDS, checked_scope, run, scope_summary
from orgeditor.rules.finding import SEVERITY_ORDER, Finding, FindingsDelta
from orgeditor.rules.messages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    language_from_environment,
    normalise_language,
    render,
    resolve_language,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "RULE_IDS",
    "SEVERITIES",
    "SEVERITY_ORDER",
    "Checker",
    "ConfigError",
    "Finding",
    "FindingsDelta",
    "RuleConfig",
    "RuleSettings",
    "checked_scope",
    "default_config",
    "effective_config",
    "language_from_environment",
    "load_config",
    "normalise_language",
    "override_problems",
    "render",
    "resolve_language",
    "run",
    "scope_summary",
]
