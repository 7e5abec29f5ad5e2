"""Turning the text of one CSV cell into a field value: amounts, statuses, roles, team kinds, ids.

Every parser returns None for text it does not understand, so the reader can keep that text as
a custom field instead of guessing or failing.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from orgeditor.model import TEAM_KINDS, catalogue
from orgeditor.model.limits import sane_cost
from orgeditor.model.roles import normalise_title

# ----- amounts -------------------------------------------------------------------------------

# currency words and signs around an amount: "kr 85 000", "NOK 85,000", "$85,000", "85 000,-"
_CURRENCY = re.compile(
    r"(?i)^(?:kr\.?|nok|sek|dkk|usd|eur|gbp|chf|[$€£¥])\s*|\s*(?:kr\.?|nok|sek|dkk|usd|eur|gbp|chf"
    r"|[$€£¥]|,-|\.-)$"
)
_SPACES = re.compile(r"[\s\u00a0\u202f'’]")  # thousands separators that are never decimal points
_NUMBER = re.compile(r"^([+-]?)(\d[\d.,]*)([km]?)$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # real files repeat salary bands, statuses and roles a lot
def parse_amount(text: str) -> float | None:
    """A money amount as written in English or Norwegian spreadsheets, or None.

    "85 000", "85,000", "85000.50", "85 000,50", "kr 85 000", "85.000,50", "$85k" all work.
    A lone separator followed by exactly three digits is a thousands separator ("85,000").
    An amount beyond ±1e15 (model/limits.MAX_COST; hundreds of digits, too large for a float,
    included) is not understood either: no position costs that much in any currency.
    """
    value = text.strip()
    for _ in range(2):  # a sign before and after: "kr 85 000,-"
        value = _CURRENCY.sub("", value).strip()
    match = _NUMBER.match(_SPACES.sub("", value))
    if match is None:
        return None
    sign, digits, suffix = match.groups()
    number = _digits_to_float(digits)
    if number is None:
        return None
    number *= {"": 1, "k": 1_000, "m": 1_000_000}[suffix.lower()]
    if not sane_cost(number):  # float() of 400 digits, "k" taking 1e306 past 1.8e308, 1e20
        return None
    return -number if sign == "-" else number


def _digits_to_float(digits: str) -> float | None:
    if digits[-1] in ".,":
        return None
    last_dot, last_comma = digits.rfind("."), digits.rfind(",")
    if last_dot >= 0 and last_comma >= 0:  # both: the later one is the decimal point
        decimal = "." if last_dot > last_comma else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = digits.rpartition(decimal)
        if decimal in whole or not _grouped(whole, thousands):
            return None
        return float(f"{whole.replace(thousands, '')}.{fraction}")
    separator = "." if last_dot >= 0 else "," if last_comma >= 0 else ""
    if not separator:
        return float(digits)
    parts = digits.split(separator)
    if len(parts) > 2:  # "1,234,567": repeated means thousands
        return float("".join(parts)) if _grouped(digits, separator) else None
    whole, fraction = parts
    if len(fraction) == 3 and whole not in ("", "0"):  # "85,000" / "85.000"
        return float(whole + fraction)
    return float(f"{whole}.{fraction}")


def _grouped(whole: str, separator: str) -> bool:
    """'1,234,567' is grouped in threes; '12,34' is not a thousands-separated number."""
    groups = whole.split(separator)
    return all(g.isdigit() for g in groups) and all(len(g) == 3 for g in groups[1:])


# ----- status --------------------------------------------------------------------------------

_STATUS_WORDS = {
    "filled": (
        "filled",
        "active",
        "occupied",
        "employed",
        "staffed",
        "hired",
        "current",
        "yes",
        "besatt",
        "aktiv",
        "ansatt",
    ),
    "vacant": (
        "vacant",
        "vacancy",
        "open",
        "opening",
        "open position",
        "open role",
        "tbh",
        "tbd",
        "tba",
        "to be hired",
        "to be determined",
        "hiring",
        "recruiting",
        "unfilled",
        "empty",
        "none",
        "ledig",
        "ledig stilling",
        "vakant",
        "åpen",
        "apen",
        "rekrutteres",
        "under rekruttering",
    ),
    "planned": (
        "planned",
        "plan",
        "future",
        "proposed",
        "new",
        "new role",
        "new position",
        "budgeted",
        "approved",
        "planlagt",
        "ny",
        "ny stilling",
        "fremtidig",
    ),
}
_STATUS_INDEX = {
    " ".join(word.split()): status for status, words in _STATUS_WORDS.items() for word in words
}


@lru_cache(maxsize=256)
def parse_status(text: str) -> str | None:
    """filled / vacant / planned from common spellings (English and Norwegian), or None."""
    key = " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())
    return _STATUS_INDEX.get(key)


# ----- roles ---------------------------------------------------------------------------------


def _role_key_text(text: str) -> str:
    return " ".join(re.sub(r"[\s_\-]+", " ", text.casefold()).split())


@cache
def _role_index() -> dict[str, str]:
    """Role keys, then full labels (en, nb), then label parts: 'SDR / BDR (lead generation)'
    also answers to 'SDR', 'BDR' and 'SDR / BDR'. Earlier entries win on a clash."""
    roles = catalogue().roles
    index: dict[str, str] = {}
    for key in roles:
        index.setdefault(_role_key_text(key), key)
    for key, role in roles.items():
        for label in (role.label_en, role.label_nb):
            index.setdefault(_role_key_text(label), key)
    for key, role in roles.items():
        for label in (role.label_en, role.label_nb):
            bare = re.sub(r"\s*\(.*?\)\s*", " ", label)
            index.setdefault(_role_key_text(bare), key)
            for part in bare.split("/"):
                if part.strip():
                    index.setdefault(_role_key_text(part), key)
    return index


@lru_cache(maxsize=1024)
def parse_role(text: str) -> str | None:
    """A role key from a role key or label (en/nb), else from the title patterns; None when
    the text names no role we know (the reader keeps it as a custom field)."""
    if not text.strip():
        return None
    found = _role_index().get(_role_key_text(text))
    if found is not None:
        return found
    if not normalise_title(text).strip():
        return None
    inferred = catalogue().infer(text).role
    return inferred if inferred != "other" else None


# ----- team kinds ----------------------------------------------------------------------------

_TEAM_KIND_WORDS = {
    "pod": ("pod", "pods", "cross functional", "squad"),
    "stage": ("stage", "stage team", "function", "functional", "specialist", "assembly line"),
    "enablement": ("enablement", "sales enablement", "salgsaktivering"),
    "operations": ("operations", "ops", "sales ops", "sales operations", "revops", "drift"),
    "other": ("other", "annet"),
}
_TEAM_KIND_INDEX = {word: kind for kind, words in _TEAM_KIND_WORDS.items() for word in words}
assert set(_TEAM_KIND_WORDS) == set(TEAM_KINDS)


@lru_cache(maxsize=256)
def parse_team_kind(text: str) -> str | None:
    return _TEAM_KIND_INDEX.get(_role_key_text(text))


# ----- ids -----------------------------------------------------------------------------------

_NOT_SLUG = re.compile(r"[^\w]+|_+")


def slugify(text: str, fallback: str = "position") -> str:
    """'Tessa Miller' -> 'tessa-miller'; letters such as ø stay (ids are Unicode strings)."""
    slug = _NOT_SLUG.sub("-", text.casefold()).strip("-")
    return slug or fallback


def unique_id(
    base: str,
    taken: set[str] | dict[str, object],
    separator: str = "-",
    tried: dict[str, int] | None = None,
) -> str:
    """base, or base-2, base-3, ... whichever is free first.

    `tried` ({base: next number to try}) makes a run of calls linear: without it, the 10,000th
    row titled "Account Executive" would try 10,000 numbers. The answer is the same as long as
    the caller adds every id it gets to `taken` (numbers below the mark stay taken)."""
    if base not in taken:
        return base
    n = tried.get(base, 2) if tried is not None else 2
    while f"{base}{separator}{n}" in taken:
        n += 1
    if tried is not None:
        tried[base] = n + 1
    return f"{base}{separator}{n}"
