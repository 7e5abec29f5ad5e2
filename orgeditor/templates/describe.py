"""describe(params): a one-line summary of what a template will make, for a wizard, in English
or Bokmål (the sentences side by side, as rules/messages.py and analysis/diff_texts.py keep
theirs)."""

from __future__ import annotations

from orgeditor.analysis import counts
from orgeditor.analysis.diff_texts import count, dimension_word, language_of, model_name
from orgeditor.rules import run
from orgeditor.templates.build import build_chart
from orgeditor.templates.params import TemplateParams, validate

_SHORT = {"sdr": "SDR", "ae": "AE", "am": "AM", "csm": "CSM"}
NB = "nb"
# the words of the line, English and Bokmål
_WORDS = {
    "en": {
        "manager_per": "a sales manager per {n} sellers",
        "pods": ("pod", "pods"),
        "pods_of": "{pods} of {seats} with a pod lead each",
        "generalists": ("generalist", "generalists"),
        "lead_per": "a team lead per {n}",
        "one_per": ", one per {dimension} ({values})",
        "warn": "the checks will warn: {rules}",
        "no_warnings": "no warnings",
        "line": "{model}{per}: {composition} – {sellers}, {positions} ({managers}, "
        "{operations} in sales operations, {enablement} in enablement); {verdict}",
        "sellers": ("seller", "sellers"),
        "positions": ("position", "positions"),
        "managers": ("manager", "managers"),
    },
    "nb": {
        "manager_per": "en salgsleder per {n} selgere",
        "pods": ("pod", "poder"),
        "pods_of": "{pods} med {seats} og en podleder hver",
        "generalists": ("generalist", "generalister"),
        "lead_per": "en teamleder per {n}",
        "one_per": ", én per {dimension} ({values})",
        "warn": "sjekkene vil advare: {rules}",
        "no_warnings": "ingen advarsler",
        "line": "{model}{per}: {composition} – {sellers}, {positions} ({managers}, "
        "{operations} i salgsoperasjoner, {enablement} i salgsaktivering); {verdict}",
        "sellers": ("selger", "selgere"),
        "positions": ("stilling", "stillinger"),
        "managers": ("leder", "ledere"),
    },
}


def _seats(pairs: list[tuple[str, int]]) -> str:
    return ", ".join(f"{n} {_SHORT[role]}" for role, n in pairs if n)


def _counted(n: int, key: str, language: str) -> str:
    one, many = _WORDS[language][key]
    return count(n, one, many, language)


def _composition(params: TemplateParams, language: str) -> str:
    words = _WORDS[language]
    if params.model == "assembly_line":
        stages = _seats([(r, getattr(params, r)) for r in ("sdr", "ae", "am", "csm")])
        return f"{stages}, {words['manager_per'].format(n=params.sellers_per_manager)}"
    if params.model == "pod":
        pod = _seats([(r, getattr(params, f"pod_{r}")) for r in ("sdr", "ae", "am", "csm")])
        return words["pods_of"].format(pods=_counted(params.pods, "pods", language), seats=pod)
    generalists = _counted(params.generalists, "generalists", language)
    return f"{generalists}, {words['lead_per'].format(n=params.sellers_per_manager)}"


def describe(params: TemplateParams, language: str = "en") -> str:
    """'Pod: 3 pods of 1 SDR, 2 AE, 1 AM with a pod lead each – 12 sellers, 19 positions
    (4 managers, 1 in sales operations, 2 in enablement); no warnings' (language "nb": the
    same in Bokmål).

    With a segment the composition is per value ("Island, one per region (North, South): ...").
    When the chart would draw warnings from the checks, their rule ids end the line. Raises
    TemplateError for parameters the template cannot build from."""
    language = language_of(language)
    words = _WORDS[language]
    params = validate(params)
    chart = build_chart(params)
    figures = counts(chart)
    managers = sum(figures.by_role.get(r, 0) for r in ("cro", "sales_leader", "sales_manager"))
    per = ""
    if params.segment:
        dimension, values = params.segment
        per = words["one_per"].format(
            dimension=dimension_word(dimension, language), values=", ".join(values)
        )
    warned = sorted({f.rule for f in run(chart) if f.severity in ("error", "warning")})
    verdict = words["warn"].format(rules=", ".join(warned)) if warned else words["no_warnings"]
    return words["line"].format(
        model=model_name(params.model, language),
        per=per,
        composition=_composition(params, language),
        sellers=_counted(figures.sellers, "sellers", language),
        positions=_counted(figures.positions, "positions", language),
        managers=_counted(managers, "managers", language),
        operations=figures.operations,
        enablement=figures.enablement,
        verdict=verdict,
    )
