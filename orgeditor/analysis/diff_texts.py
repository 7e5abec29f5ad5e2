"""The comparison's own words in English and Bokmål: headings, labels and the headline's
sentences of the text, JSON and HTML reports (diff_summary, diff_report, diff_html), kept side
by side as rules/messages.py keeps the findings' templates (Qt-free; the GUI's Qt translations
are apart).

`say(text_id, language, **params)` renders a template. Placeholders are named, `{name}` or
`{name:one/many}`: a count with its noun, the singular for exactly 1 ("1 pod", "3 poder"); a
number without a spec is shown by `number` (Bokmål: a decimal comma and a space between
thousands, as Norwegian writes them); anything else as it is. Words for keys (models, stages,
change kinds, fields, severities, figures) have their own small functions below; stage,
dimension and role words in Bokmål come from the role catalogue (as rules/messages.py has
them).
"""

from __future__ import annotations

from functools import cache
from string import Formatter
from typing import Any

from orgeditor.model import dimension_label, model_label
from orgeditor.model.roles import catalogue
from orgeditor.rules.messages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    MODEL_PHRASES_NB,
    SEVERITY_NB,
    _dimension,
    _stage,
)

NB = "nb"
THOUSANDS_NB = "\u00a0"  # a no-break space: "1 234 567" never breaks across lines

# text id -> {language: template}
TEXTS: dict[str, dict[str, str]] = {
    # the headline
    "model.changed": {"en": "{was} -> {now}", "nb": "{was} -> {now}"},
    "model.unchanged": {"en": "{now} (model unchanged)", "nb": "{now} (modellen er uendret)"},
    "pods.formed": {"en": "{n:pod/pods} formed", "nb": "{n:pod/poder} opprettet"},
    "pods.dissolved": {"en": "{n:pod/pods} dissolved", "nb": "{n:pod/poder} oppløst"},
    "pod.gap": {
        "en": ", {pod} has no {stages} role",
        "nb": ", {pod} mangler en rolle for {stages}",
    },
    "pod.of_manager": {"en": "the team of {lead}", "nb": "teamet til {lead}"},
    "or": {"en": " or ", "nb": " eller "},
    "coverage.enablement": {
        "en": "enablement coverage {was} -> {now}",
        "nb": "dekning av salgsaktivering {was} -> {now}",
    },
    "coverage.operations": {
        "en": "operations coverage {was} -> {now}",
        "nb": "dekning av salgsoperasjoner {was} -> {now}",
    },
    "coverage.per": {"en": "1 per {n:seller/sellers}", "nb": "1 per {n:selger/selgere}"},
    "coverage.no_sellers": {"en": "no sellers", "nb": "ingen selgere"},
    "stages": {"en": "sellers per stage: {list}", "nb": "selgere per trinn: {list}"},
    "headcount": {
        "en": "headcount {was} -> {now} ({delta})",
        "nb": "bemanning {was} -> {now} ({delta})",
    },
    "cost": {"en": ", cost {was} -> {now} ({delta})", "nb": ", kostnad {was} -> {now} ({delta})"},
    "span": {
        "en": "span of control mean {mean}, max {max}; layers {layers}",
        "nb": "lederspenn i snitt {mean}, maks {max}; nivåer {layers}",
    },
    "cells": {
        "en": "segmentation cells {cells} (by {by})",
        "nb": "segmenteringsceller {cells} (etter {by})",
    },
    "findings": {
        "en": "findings: {fixed} fixed{fixed_rules}, {introduced} introduced{introduced_rules}, "
        "{unchanged} unchanged",
        "nb": "funn: {fixed} løst{fixed_rules}, {introduced:nytt/nye}{introduced_rules}, "
        "{unchanged} uendret",
    },
    "changes": {"en": "changes: {list}", "nb": "endringer: {list}"},
    "tally.added": {"en": "{n} added", "nb": "{n:ny/nye}"},
    "tally.removed": {"en": "{n} removed", "nb": "{n} fjernet"},
    "tally.moved": {"en": "{n} moved", "nb": "{n} flyttet"},
    "tally.changed": {"en": "{n} changed", "nb": "{n} endret"},
    "none": {"en": "none", "nb": "ingen"},
    # one change
    "change.manager": {"en": "manager {was} -> {now}", "nb": "leder {was} -> {now}"},
    "change.under": {"en": "under {manager}", "nb": "under {manager}"},
    "change.was_under": {"en": "was under {manager}", "nb": "var under {manager}"},
    # the text report
    "text.before": {"en": "before: {model} ({reason})", "nb": "før:   {model} ({reason})"},
    "text.after": {"en": "after:  {model} ({reason})", "nb": "etter: {model} ({reason})"},
    "text.matched": {
        "en": "matched by id {id}, by name {name}, by title {title}",
        "nb": "paret etter id {id}, etter navn {name}, etter tittel {title}",
    },
    "text.changes": {"en": "changes ({n}):", "nb": "endringer ({n}):"},
    "text.fixed": {"en": "findings fixed ({n}):", "nb": "løste funn ({n}):"},
    "text.introduced": {"en": "findings introduced ({n}):", "nb": "nye funn ({n}):"},
    "text.unchanged": {"en": "findings unchanged ({n}):", "nb": "uendrede funn ({n}):"},
    "column.before": {"en": "before", "nb": "før"},
    "column.after": {"en": "after", "nb": "etter"},
    "column.delta": {"en": "delta", "nb": "endring"},
    # the HTML report
    "html.title": {"en": "Reorganisation", "nb": "Omorganisering"},
    "html.before": {"en": "Before", "nb": "Før"},
    "html.after": {"en": "After", "nb": "Etter"},
    "html.model": {"en": "Model", "nb": "Modell"},
    "html.why": {"en": "Why", "nb": "Hvorfor"},
    "html.figures": {"en": "Figures", "nb": "Nøkkeltall"},
    "html.figure": {"en": "Figure", "nb": "Nøkkeltall"},
    "html.change": {"en": "Change", "nb": "Endring"},
    "html.pods_after": {"en": "Pods after", "nb": "Poder etter"},
    "html.pod": {"en": "Pod", "nb": "Pod"},
    "html.sellers": {"en": "Sellers", "nb": "Selgere"},
    "html.missing_stages": {"en": "Missing stages", "nb": "Manglende trinn"},
    "html.pods_lacking": {
        "en": "{n} pod(s) lack a stage.",
        "nb": "{n:pod/poder} mangler et trinn.",
    },
    "html.changes": {"en": "Changes ({n})", "nb": "Endringer ({n})"},
    "html.matched": {
        "en": "Positions matched by id: {id}, by name: {name}, by title: {title}.",
        "nb": "Stillinger paret etter id: {id}, etter navn: {name}, etter tittel: {title}.",
    },
    "html.kind": {"en": "Kind", "nb": "Type"},
    "html.position_change": {"en": "Position and change", "nb": "Stilling og endring"},
    "html.no_change": {"en": "No position changed.", "nb": "Ingen stillinger er endret."},
    "html.fixed": {"en": "Findings fixed ({n})", "nb": "Løste funn ({n})"},
    "html.introduced": {"en": "Findings introduced ({n})", "nb": "Nye funn ({n})"},
    "html.unchanged": {"en": "Findings unchanged ({n})", "nb": "Uendrede funn ({n})"},
    "html.none": {"en": "None.", "nb": "Ingen."},
    "html.severity": {"en": "Severity", "nb": "Alvorlighet"},
    "html.rule": {"en": "Rule", "nb": "Regel"},
    "html.finding": {"en": "Finding", "nb": "Funn"},
    "html.advice": {"en": "Advice", "nb": "Råd"},
}

# the headline's model words (English: plural where the model is many units)
_MODEL_WORDS = {
    "en": {"island": "island", "pod": "pods", "assembly_line": "assembly line", "none": "none"},
    "nb": {"island": "øy", "pod": "poder", "assembly_line": "samlebånd", "none": "ingen"},
}
# the model as a name (the HTML table); English: model/labels.py
_MODEL_NAMES_NB = {"island": "Øy", "pod": "Pod", "assembly_line": "Samlebånd", "none": "Ingen"}
_KIND_WORDS_NB = {"added": "ny", "removed": "fjernet", "moved": "flyttet", "changed": "endret"}
_FIELD_WORDS_NB = {
    "name": "navn",
    "title": "tittel",
    "role": "rolle",
    "status": "status",
    "team": "team",
    "cost": "kostnad",
    "location": "sted",
}
_STATUS_NB = {"filled": "besatt", "vacant": "ledig", "planned": "planlagt"}
_FIGURES_NB = {
    "positions": "Bemanning (stillinger)",
    "filled": "Besatt",
    "open": "Ledige eller planlagte",
    "sellers": "Selgere",
    "enablement": "Ansatte i salgsaktivering",
    "enablement_coverage": "Selgere per person i salgsaktivering",
    "operations": "Ansatte i salgsoperasjoner",
    "operations_coverage": "Selgere per person i salgsoperasjoner",
    "pods": "Poder",
    "cells": "Segmenteringsceller",
    "thin_cells": "Celler med én selger",
    "managers": "Ledere",
    "span_mean": "Lederspenn, snitt",
    "span_max": "Lederspenn, maks",
    "layers": "Nivåer",
    "cost": "Kostnad",
}


def language_of(language: str | None) -> str:
    """'en' or 'nb'; anything else reads as English."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


# --- numbers and templates ----------------------------------------------------------------


def number(value: float | None, language: str = DEFAULT_LANGUAGE) -> str:
    """12 -> '12', 2.5 -> '2.5' / '2,5', 1234567.0 -> '1,234,567' / '1 234 567'; None -> '–'."""
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.1f}"
    else:
        text = f"{int(value):,}"
    if language == NB:  # a space between thousands, a decimal comma
        return text.replace(",", THOUSANDS_NB).replace(".", ",")
    return text


def count(n: float, one: str, many: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'1 seller', '3 sellers', '5,5 selgere': the singular for exactly 1."""
    return f"{number(n, language)} {one if n == 1 else many}"


@cache
def _parsed(text_id: str, language: str) -> tuple[tuple[str, str | None, str, str | None], ...]:
    return tuple(Formatter().parse(TEXTS[text_id][language]))


def say(text_id: str, language: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The text `text_id` in `language` with its placeholders filled (module docstring);
    KeyError for an unknown id or a missing parameter."""
    lang = language_of(language)
    parts = []
    for literal, name, spec, _conversion in _parsed(text_id, lang):
        parts.append(literal)
        if name is None:
            continue
        value = params[name]
        if spec and "/" in spec:
            one, many = spec.split("/", 1)
            parts.append(count(value, one, many, lang))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            parts.append(number(value, lang))
        else:
            parts.append(str(value))
    return "".join(parts)


def arrow(was: float | None, now: float | None, language: str = DEFAULT_LANGUAGE) -> str:
    """'3 -> 5', '2,5 -> 3'."""
    return f"{number(was, language)} -> {number(now, language)}"


# --- words for keys -----------------------------------------------------------------------


def model_word(model: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The headline's word: 'island', 'pods' / 'øy', 'poder'."""
    words = _MODEL_WORDS[language_of(language)]
    return words.get(model, model)


def model_name(model: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'Island' / 'Øy' (a table cell)."""
    if language == NB:
        return _MODEL_NAMES_NB.get(model, model)
    return model_label(model)


def model_phrase(model: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'island model' / 'øy-modell' (the text report's before and after lines)."""
    if language == NB:
        return MODEL_PHRASES_NB.get(model, model)
    return f"{model_label(model).lower()} model"


def stage_word(stage: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'lead generation' / 'leadgenerering'; 'all' (a generalist's) is 'generalists'."""
    if stage == "all":
        return "generalister" if language == NB else "generalists"
    return _stage(stage, language_of(language))


def dimension_word(dimension: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'product line' / 'produktlinje' (inside a sentence)."""
    if language == NB:
        return _dimension(dimension, NB)
    return dimension_label(dimension).lower()


def kind_word(kind: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A change's kind: 'moved' / 'flyttet'."""
    return _KIND_WORDS_NB.get(kind, kind) if language == NB else kind


def field_word(field: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A compared field as a change names it: 'product_line' / 'produktlinje'."""
    if language != NB:
        return field
    return _FIELD_WORDS_NB.get(field) or _dimension(field, NB)


def field_value(field: str, value: Any, language: str = DEFAULT_LANGUAGE) -> Any:
    """A role or status key in Bokmål words (English shows the keys as they are)."""
    if language != NB or not isinstance(value, str) or not value:
        return value
    if field == "role":  # the catalogue's name as it stands (a value, not mid-sentence)
        roles = catalogue().roles
        return roles[value].label_nb if value in roles else value
    if field == "status":
        return _STATUS_NB.get(value, value)
    return value


def severity_word(severity: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'warning' / 'advarsel'."""
    return SEVERITY_NB.get(severity, severity) if language == NB else severity


def figure_label(key: str, english: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A figure's row label; `english` is diff_figures.FIGURE_LABELS's."""
    if language != NB:
        return english
    if key.startswith("stage."):
        return f"Selgere: {stage_word(key.split('.', 1)[1], NB)}"
    return _FIGURES_NB.get(key, english)
