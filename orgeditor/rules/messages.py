"""Finding messages in English and Bokmål: one template per message id, rendered from a
finding's parameters in the chosen language (Qt-free; the GUI's Qt translations are apart).

A message id is the rule id, or the rule id plus a variant ("model.assembly_line_gap.value").
Templates use named placeholders, `{name}` or `{name:spec}`, where spec says how to show the
value in the language at hand:

- `one/many`: a count with its noun, "1 seller" / "3 sellers", "1 selger" / "3 selgere" (the
  singular for exactly 1, as both languages do); `-one/many`: the noun alone (after a number
  shown by another placeholder);
- a format spec (`g`, `.1f`): the number; Bokmål writes a decimal comma ("2,5");
- `stage`, `stage_roles`, `stages`: a stage key ("lead generation" / "leadgenerering"), its
  specialist roles ("SDR/BDR"), or a list of missing stages with their roles;
- `Dim`, `split`, `cell`: a segment dimension key ("Region" / "Produktlinje"), a list of
  (dimension, number of values), a list of (dimension, value) pairs;
- `role`, `roles`: role keys, as the role catalogue names them in Bokmål (`label_nb`);
- `who`, `names`, `chain`, `path`: lists of position labels or ids ("A position" when empty);
- `reason`: the model inference's reason (analysis words; translated where Bokmål is asked).
A `!r` conversion quotes a value: 'p1' in English, «p1» in Bokmål.

Parameters are language-free: numbers, names, ids and keys (never translated words).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from string import Formatter
from typing import Any

from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.model import dimension_label, stage_label
from orgeditor.model.roles import catalogue

LANGUAGES = ("en", "nb")
DEFAULT_LANGUAGE = "en"
# the reports' words in Bokmål: a finding's severity, and the model as `check` and `diff` name
# it ("pod model"; English: model/labels.py)
SEVERITY_NB = {"error": "feil", "warning": "advarsel", "info": "info"}
MODEL_PHRASES_NB = {
    "assembly_line": "samlebåndsmodell",
    "pod": "pod-modell",
    "island": "øy-modell",
    "none": "ingen salgsmodell",
}
# language codes of a locale that read as Bokmål (Nynorsk readers get Bokmål before English)
_NORWEGIAN = frozenset({"nb", "no", "nn"})

_STAGE_ROLES = {"lead_generation": "SDR/BDR", "closing": "AE", "retention": "AM/CSM"}
# how the English messages name roles (shorter than the catalogue's label_en, and unchanged
# from the English-only messages); Bokmål uses the catalogue's label_nb
_ROLE_WORDS_EN = {
    "cro": "CRO",
    "chief_enablement_officer": "Chief Enablement Officer",
    "vp_enablement": "VP of Sales Enablement",
    "enablement_program_manager": "Sales Enablement Program Manager",
}
_DIMENSIONS_NB = {
    "region": "region",
    "product_line": "produktlinje",
    "customer_size": "kundestørrelse",
    "vertical": "bransje",
}
_WORDS = {
    "en": {"and": "and", "or": "or", "a_position": "A position", "unassigned": UNASSIGNED},
    "nb": {"and": "og", "or": "eller", "a_position": "En stilling", "unassigned": "ikke tildelt"},
}

# message id -> {language: template}
TEMPLATES: dict[str, dict[str, str]] = {
    "structure.duplicate_id": {
        "en": "Id {id!r} was used by more than one position: {detail}",
        "nb": "Id-en {id!r} ble brukt av mer enn én stilling: {detail}",
    },
    "structure.duplicate_id.on_import": {
        "en": "Id {id!r} was used by more than one position on import",
        "nb": "Id-en {id!r} ble brukt av mer enn én stilling ved importen",
    },
    "structure.duplicate_id.no_id": {
        "en": "Id was used by more than one position: {detail}",
        "nb": "En id ble brukt av mer enn én stilling: {detail}",
    },
    "structure.duplicate_id.no_id_on_import": {
        "en": "Id was used by more than one position on import",
        "nb": "En id ble brukt av mer enn én stilling ved importen",
    },
    "structure.unknown_manager": {
        "en": "{who:who} has no manager: {detail}",
        "nb": "{who:who} har ingen leder: {detail}",
    },
    "structure.unknown_manager.reference": {
        "en": "{who:who} has no manager: the reference {reference!r} matches no id and no "
        "unique name",
        "nb": "{who:who} har ingen leder: henvisningen {reference!r} passer verken med en id "
        "eller med et entydig navn",
    },
    "structure.unknown_manager.no_reference": {
        "en": "{who:who} has no manager: the reference a manager matches no id and no unique name",
        "nb": "{who:who} har ingen leder: henvisningen til lederen passer verken med en id "
        "eller med et entydig navn",
    },
    "structure.cycle": {
        "en": "Reporting lines formed a cycle through {count:position/positions}: {detail}",
        "nb": "Rapporteringslinjene dannet en sirkel gjennom {count:stilling/stillinger}: {detail}",
    },
    "structure.cycle.path": {
        "en": "Reporting lines formed a cycle through {count:position/positions} "
        "({ids:path}); one line was dropped to break it",
        "nb": "Rapporteringslinjene dannet en sirkel gjennom {count:stilling/stillinger} "
        "({ids:path}); én linje ble fjernet for å bryte den",
    },
    "structure.cycle.no_ids": {
        "en": "Reporting lines formed a cycle through {count:position/positions}; one line "
        "was dropped to break it",
        "nb": "Rapporteringslinjene dannet en sirkel gjennom {count:stilling/stillinger}; én "
        "linje ble fjernet for å bryte den",
    },
    "structure.extra_manager": {
        "en": "{who:who} had more than one solid manager: {detail}",
        "nb": "{who:who} hadde mer enn én fast leder: {detail}",
    },
    "structure.extra_manager.in_file": {
        "en": "{who:who} had more than one solid manager in the file",
        "nb": "{who:who} hadde mer enn én fast leder i filen",
    },
    "structure.multiple_roots": {
        "en": "{roots} positions have no manager: the chart is {roots} separate trees",
        "nb": "{roots:stilling/stillinger} har ingen leder: kartet består av "
        "{roots:separat tre/separate trær}",
    },
    "enablement.missing": {
        "en": "{sellers:seller/sellers} and no sales enablement role ({minimum:g} or more "
        "sellers need one)",
        "nb": "{sellers:selger/selgere} og ingen rolle for salgsaktivering ({minimum:g} eller "
        "flere selgere trenger én)",
    },
    "enablement.unowned": {
        "en": "{sellers:seller/sellers} and nobody owns onboarding and training: no sales "
        "enablement role yet (one is needed from {needed_from:g} sellers)",
        "nb": "{sellers:selger/selgere} og ingen har ansvaret for onboarding og opplæring: "
        "ingen rolle for salgsaktivering ennå (det trengs én fra {needed_from:g} selgere)",
    },
    "enablement.understaffed": {
        "en": "{sellers:seller/sellers} for {staff} enablement staff: {per_person:.1f} per "
        "person (more than {limit:g})",
        "nb": "{sellers:selger/selgere} på {staff} i salgsaktivering: {per_person:.1f} per "
        "person (flere enn {limit:g})",
    },
    "enablement.no_executive.staff": {
        "en": "{staff} enablement staff ({min_staff:g} or more) and no executive sponsor for "
        "enablement ({sponsors:roles})",
        "nb": "{staff} i salgsaktivering ({min_staff:g} eller flere) og ingen toppleder som "
        "sponsor for salgsaktiveringen ({sponsors:roles})",
    },
    "enablement.no_executive.sellers": {
        "en": "{sellers:seller/sellers} ({min_sellers:g} or more) and no executive sponsor "
        "for enablement ({sponsors:roles})",
        "nb": "{sellers:selger/selgere} ({min_sellers:g} eller flere) og ingen toppleder som "
        "sponsor for salgsaktiveringen ({sponsors:roles})",
    },
    "enablement.no_executive.both": {
        "en": "{staff} enablement staff ({min_staff:g} or more) and "
        "{sellers:seller/sellers} ({min_sellers:g} or more) and no executive sponsor for "
        "enablement ({sponsors:roles})",
        "nb": "{staff} i salgsaktivering ({min_staff:g} eller flere) og "
        "{sellers:selger/selgere} ({min_sellers:g} eller flere) og ingen toppleder som "
        "sponsor for salgsaktiveringen ({sponsors:roles})",
    },
    "enablement.no_program_manager.sellers": {
        "en": "{sellers:seller/sellers} ({min_sellers:g} or more) and no {role:role}",
        "nb": "{sellers:selger/selgere} ({min_sellers:g} eller flere) og ingen {role:role}",
    },
    "enablement.no_program_manager.open_seats": {
        "en": "{open_seats:open seller seat/open seller seats} to onboard ({min_open:g} or "
        "more) and no {role:role}",
        "nb": "{open_seats:ledig selgerstilling/ledige selgerstillinger} som skal gjennom "
        "onboarding ({min_open:g} eller flere) og ingen {role:role}",
    },
    "enablement.no_program_manager.both": {
        "en": "{sellers:seller/sellers} ({min_sellers:g} or more) and "
        "{open_seats:open seller seat/open seller seats} to onboard ({min_open:g} or more) "
        "and no {role:role}",
        "nb": "{sellers:selger/selgere} ({min_sellers:g} eller flere) og "
        "{open_seats:ledig selgerstilling/ledige selgerstillinger} som skal gjennom "
        "onboarding ({min_open:g} eller flere) og ingen {role:role}",
    },
    "operations.missing": {
        "en": "{sellers:seller/sellers} and no sales operations role ({minimum:g} or more "
        "sellers need one)",
        "nb": "{sellers:selger/selgere} og ingen rolle for salgsoperasjoner ({minimum:g} "
        "eller flere selgere trenger én)",
    },
    "segmentation.excessive.thin": {
        "en": "{sellers:seller/sellers} split by {split:split} into {cells:segment/segments}: "
        "{per_segment:.1f} {per_segment:-seller/sellers} each, fewer than {min_per_segment:g}",
        "nb": "{sellers:selger/selgere} fordelt etter {split:split} på "
        "{cells:segment/segmenter}: {per_segment:.1f} {per_segment:-selger/selgere} i hvert, "
        "færre enn {min_per_segment:g}",
    },
    "segmentation.excessive.dimensions": {
        "en": "{sellers:seller/sellers} split by {split:split}: {dimensions} ways of "
        "splitting customers for fewer than {small_team:g} sellers",
        "nb": "{sellers:selger/selgere} fordelt etter {split:split}: {dimensions} måter å "
        "dele kundene inn på for færre enn {small_team:g} selgere",
    },
    "segmentation.excessive.both": {
        "en": "{sellers:seller/sellers} split by {split:split} into {cells:segment/segments}: "
        "{per_segment:.1f} {per_segment:-seller/sellers} each, fewer than {min_per_segment:g}; "
        "{dimensions} ways of splitting customers for fewer than {small_team:g} sellers",
        "nb": "{sellers:selger/selgere} fordelt etter {split:split} på "
        "{cells:segment/segmenter}: {per_segment:.1f} {per_segment:-selger/selgere} i hvert, "
        "færre enn {min_per_segment:g}; {dimensions} måter å dele kundene inn på for færre "
        "enn {small_team:g} selgere",
    },
    "segmentation.thin_cell": {
        "en": "Segment {cell:cell} has 1 seller ({seller}): nobody to cover for them",
        "nb": "Segmentet {cell:cell} har 1 selger ({seller}): ingen kan dekke for vedkommende",
    },
    "model.island_scale": {
        "en": "Island model ({reason:reason}) with {sellers:seller/sellers} (more than {limit:g})",
        "nb": "Øy-modellen ({reason:reason}) med {sellers:selger/selgere} (flere enn {limit:g})",
    },
    "model.assembly_line_small": {
        "en": "Assembly line ({reason:reason}) with {sellers:seller/sellers} (fewer than "
        "{minimum:g})",
        "nb": "Samlebånd ({reason:reason}) med {sellers:selger/selgere} (færre enn {minimum:g})",
    },
    "model.assembly_line_gap": {
        "en": "The assembly line has no {stage:stage} seller ({stage:stage_roles}) among its "
        "{sellers:seller/sellers}",
        "nb": "Samlebåndet har ingen selger for {stage:stage} ({stage:stage_roles}) blant "
        "sine {sellers:selger/selgere}",
    },
    "model.assembly_line_gap.value": {
        "en": "{dimension:Dim} {value} has no {stage:stage} seller ({stage:stage_roles}) "
        "among its {sellers:seller/sellers}",
        "nb": "{dimension:Dim} {value} har ingen selger for {stage:stage} "
        "({stage:stage_roles}) blant sine {sellers:selger/selgere}",
    },
    "model.pod_incomplete": {
        "en": "Pod {pod} ({members:member/members}) lacks {missing:stages}",
        "nb": "Pod {pod} ({members:medlem/medlemmer}) mangler {missing:stages}",
    },
    "model.pod_incomplete.named": {
        "en": "{pod} ({members:member/members}) lacks {missing:stages}",
        "nb": "{pod} ({members:medlem/medlemmer}) mangler {missing:stages}",
    },
    "model.pod_incomplete.manager": {
        "en": "The team of {manager} ({members:member/members}) lacks {missing:stages}",
        "nb": "Teamet til {manager} ({members:medlem/medlemmer}) mangler {missing:stages}",
    },
    "model.relationship_handoffs": {
        "en": "Assembly line in a relationship-driven industry ({industry}): customers are "
        "handed over between {stages} stages",
        "nb": "Samlebånd i en relasjonsdrevet bransje ({industry}): kundene overleveres "
        "mellom {stages:trinn/trinn}",
    },
    "model.relationship_handoffs.vertical": {
        "en": "Assembly line while the most common vertical ({vertical}, {count} of "
        "{sellers:seller/sellers}) is relationship-driven",
        "nb": "Samlebånd mens den vanligste bransjen ({vertical}, {count} av "
        "{sellers:selger/selgere}) er relasjonsdrevet",
    },
    "span.too_wide": {
        "en": "Manager {manager} has {reports} direct reports (more than {limit:g})",
        "nb": "Lederen {manager} har {reports:direkte underordnet/direkte underordnede} "
        "(flere enn {limit:g})",
    },
    "span.too_narrow": {
        "en": "Manager {manager} has 1 direct report ({report})",
        "nb": "Lederen {manager} har 1 direkte underordnet ({report})",
    },
    "management.over_managed": {
        "en": "{sellers:seller/sellers} under {managers} first-line sales managers: "
        "{per_manager:.1f} sellers per manager, fewer than {minimum:g}",
        "nb": "{sellers:selger/selgere} under {managers} salgsledere i første linje: "
        "{per_manager:.1f} selgere per leder, færre enn {minimum:g}",
    },
    "management.too_many_layers": {
        "en": "{layers} layers of management above seller {seller} ({chain:chain}), more "
        "than {limit:g}",
        "nb": "{layers} ledernivåer over selgeren {seller} ({chain:chain}), flere enn {limit:g}",
    },
    "management.too_many_layers.others": {
        "en": "{layers} layers of management above seller {seller} ({chain:chain}), more "
        "than {limit:g}; {deeper:seller/sellers} sit below more than {limit:g}",
        "nb": "{layers} ledernivåer over selgeren {seller} ({chain:chain}), flere enn "
        "{limit:g}; {deeper:selger/selgere} har flere enn {limit:g} ledernivåer over seg",
    },
}


# --- the language -------------------------------------------------------------------------


def normalise_language(value: str | None) -> str:
    """'nb', 'nb_NO.UTF-8', 'no', 'nn-NO' -> 'nb'; anything else (None, 'C', 'en_GB') -> 'en'."""
    if not value:
        return DEFAULT_LANGUAGE
    code = re.split(r"[_.@-]", value.strip().lower(), maxsplit=1)[0]
    return "nb" if code in _NORWEGIAN else DEFAULT_LANGUAGE


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for: the first set of LC_ALL, LC_MESSAGES, LANG (POSIX
    precedence), normalised; English when none is set."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return normalise_language(value)
    return DEFAULT_LANGUAGE


def resolve_language(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """A --lang option when given, else the environment's language."""
    return normalise_language(option) if option else language_from_environment(environ)


# --- rendering ----------------------------------------------------------------------------


def _number(value: Any, language: str, spec: str = "") -> str:
    if not spec:
        spec = "g" if isinstance(value, float) else ""
    text = format(value, spec)
    return text.replace(".", ",") if language == "nb" else text


def plural(n: float, one: str, many: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'1 seller', '3 sellers'; '1 selger', '2,5 selgere': the singular for exactly 1."""
    return f"{_number(n, language)} {one if n == 1 else many}"


def _join(items: Sequence[str], language: str, word: str = "and") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_WORDS[language][word]} {items[-1]}"


def _dimension(key: str, language: str) -> str:
    return _DIMENSIONS_NB.get(key, key) if language == "nb" else dimension_label(key).lower()


def _stage(key: str, language: str) -> str:
    if language == "nb":
        stage = catalogue().stages.get(key, {})
        return str(stage.get("label_nb") or stage_label(key)).lower()
    return stage_label(key).lower()


def _role(key: str, language: str) -> str:
    roles = catalogue().roles
    if language == "nb" and key in roles:
        label = roles[key].label_nb
        return label[:1].lower() + label[1:]  # a title mid-sentence: "programleder ..."
    return _ROLE_WORDS_EN.get(key) or (roles[key].label_en if key in roles else key)


def _value(value: str, language: str) -> str:
    return _WORDS[language]["unassigned"] if value == UNASSIGNED else value


_KINDS: dict[str, Callable[[Any, str], str]] = {
    "stage": _stage,
    "stage_roles": lambda key, _lang: _STAGE_ROLES.get(key, key),
    "stages": lambda keys, lang: ", ".join(f"{_stage(k, lang)} ({_STAGE_ROLES[k]})" for k in keys),
    "Dim": lambda key, lang: _dimension(key, lang).capitalize(),
    "split": lambda pairs, lang: _join([f"{_dimension(d, lang)} ({n})" for d, n in pairs], lang),
    "cell": lambda pairs, lang: ", ".join(
        f"{_dimension(d, lang)} {_value(v, lang)}" for d, v in pairs
    ),
    "role": _role,
    "roles": lambda keys, lang: _join([_role(k, lang) for k in keys], lang, "or"),
    "who": lambda names, lang: ", ".join(names) or _WORDS[lang]["a_position"],
    "names": lambda names, _lang: ", ".join(names),
    "chain": lambda names, _lang: " > ".join(names),
    "path": lambda ids, _lang: " -> ".join((*ids, ids[0])) if ids else "",
    "reason": lambda text, lang: translate_reason(text, lang),
}


def _field(value: Any, spec: str, conversion: str | None, language: str) -> str:
    if conversion == "r":
        return f"«{value}»" if language == "nb" else repr(value)
    if conversion is not None:
        raise ValueError(f"unknown conversion !{conversion}")
    if not spec:
        return _number(value, language) if isinstance(value, (int, float)) else str(value)
    if "/" in spec:
        one, many = spec.lstrip("-").split("/", 1)
        if spec.startswith("-"):
            return one if value == 1 else many
        return plural(value, one, many, language)
    kind = _KINDS.get(spec)
    if kind is not None:
        return kind(value, language)
    return _number(value, language, spec)


@cache
def _parsed(message_id: str, language: str) -> tuple[tuple[str, str | None, str, str | None], ...]:
    """The template cut into (literal, field, spec, conversion) once."""
    return tuple(Formatter().parse(TEMPLATES[message_id][language]))


def render(message_id: str, params: Mapping[str, Any], language: str = DEFAULT_LANGUAGE) -> str:
    """The message in `language` ('en' or 'nb'); KeyError for an unknown message id."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    parts = []
    for literal, name, spec, conversion in _parsed(message_id, lang):
        parts.append(literal)
        if name is not None:
            parts.append(_field(params[name], spec or "", conversion, lang))
    return "".join(parts)


def placeholders(message_id: str, language: str) -> frozenset[str]:
    """The parameter names a template uses (tests: both languages use the same)."""
    return frozenset(name for _lit, name, _spec, _conv in _parsed(message_id, language) if name)


# --- the model inference's reason (analysis words) in Bokmål ----------------------------

_REASON_NB: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^declared in the chart's settings$", "angitt i kartets innstillinger"),
        (r"^declared for team (.*)$", r"angitt for teamet \1"),
        (r"^inferred: ", "utledet: "),
        (r"\bno sellers\b", "ingen selgere"),
        (r"\bare generalists\b", "er generalister"),
        (r"\bonly one stage \((.*?)\) is present", r"bare ett trinn (\1) er representert"),
        (r"\bsit in\b", "sitter i"),
        (r"\bcover (\d+) stages in\b", r"dekker \1 trinn i"),
        (r",? covering (\d+) stages\b", r" og dekker \1 trinn"),
        (r"\ba single team working stage by stage\b", "ett team som jobber trinn for trinn"),
        (r"\bis a team of kind pod\b", "er et team av typen pod"),
        (r"\bare teams of kind pod\b", "er team av typen pod"),
        (r"\(by manager\)", "(etter leder)"),
        (r"\bon their own\b", "alene"),
        (r"\b1 seller\b", "1 selger"),
        (r"\b(\d+) sellers\b", r"\1 selgere"),
        (r"\b1 specialist\b", "1 spesialist"),
        (r"\b(\d+) specialists\b", r"\1 spesialister"),
        (r"\bsingle-stage\b", "ettrinns"),
        (r"\bmixed team\b", "blandet team"),
        (r"\bmixed teams\b", "blandede team"),
        (r"\bmixed group\b", "blandet gruppe"),
        (r"\bmixed groups\b", "blandede grupper"),
        (r"\bteams\b", "team"),
        (r"\bgroups\b", "grupper"),
        (r"\bgroup\b", "gruppe"),
        (r"(\d+) of\b", r"\1 av"),
        (r" and ", " og "),
        (r"\blead generation\b", "leadgenerering"),
        (r"\bclosing\b", "avslutning"),
        (r"\bretention\b", "kundeoppfølging"),
    )
)


def translate_reason(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The reason analysis gives for a chart's model ("inferred: 9 of 12 sellers are
    generalists"), in Bokmål where asked; words it does not know stay as they are."""
    if language != "nb":
        return text
    for pattern, replacement in _REASON_NB:
        text = pattern.sub(replacement, text)
    return text
