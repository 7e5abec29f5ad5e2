"""The text of one table cell, both ways: the escaping rule shared by the CSV writer and every
table reader, numbers as text a reader parses back exactly, and lists of position ids.

Escaping (OWASP's CSV injection guidance, made reversible). A spreadsheet runs a cell that
begins with = + - @ tab or carriage return as a formula, so the writer puts one ' in front of
such a cell, and the reader takes exactly one ' off again. The same quote also marks a cell
whose value the reader would otherwise tidy (surrounding whitespace is trimmed; in name and team
cells runs of whitespace become one space), so every text survives a round trip:

    needs_quote(v):  v with its leading ' and " removed begins with = + - @ tab CR or
                     whitespace, or v ends with whitespace (names and teams: or has a run
                     of whitespace)
    write:           "'" + v  when needs_quote(v), else v
    read cell c:     c[1:] exactly  when c begins with ' and needs_quote(c[1:]), else c tidied

A value that really begins with ' ("'abc") is written as it is and read back as it is; one that
begins with ' and a trigger ("'=x") gets a second quote ("''=x"). needs_quote("'" + s) equals
needs_quote(s), which is what makes the rule reversible for every string. A leading " is
skipped too: where a cell's text starts a field, a spreadsheet may read `"=x` as a quoted
field holding a formula.

Fragments. Excel splits a CSV line at the list separator of the user's locale: `;` in Norway
and Germany, where our `,`-separated file is read as one `;`-separated field per `;` in the
text; quotes do not protect a cell that does not start the line there, and a line break inside
a quoted cell ends the row. So a quote in front of the whole cell does not help
`x;=cmd|' /C calc'!A0`: Excel still finds the formula after the `;`. Every fragment that starts
after one of SEPARATORS (; , tab CR LF) is therefore guarded like a cell, with a ' put right
after the separator:

    fragment_needs_guard(f):  f, after any spaces, ' and ", begins with = + - @
    write:   a ' inserted at the start of each fragment (after the first) that needs a guard
    read:    a ' at the start of a fragment (after the first) taken off when the rest of the
             fragment needs a guard

The skipped characters include ', so fragment_needs_guard("'" + f) equals fragment_needs_guard(f)
and the guard is reversible as the cell rule is; tab, CR and LF are separators and never skipped,
so a fragment never runs past one. The cell rule is applied after the fragment guard (and undone
before it), on the text that is really written. The price: in a spreadsheet a guarded fragment
shows its quote ("Notes:\n'- first point").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal

TRIGGERS = frozenset("=+-@\t\r")  # OWASP: cells a spreadsheet may evaluate
QUOTE = "'"
SEPARATORS = ";,\t\r\n"  # where Excel may start a new cell or row inside our cell's text
# the start of a fragment that needs a guard: spaces (not tab, CR, LF), ' and " skipped, then a
# trigger; for the writer an empty match where the ' goes, for the reader the ' itself
_GUARD_AT = re.compile(r"(?<=[;,\t\r\n])(?=(?:[^\S\t\r\n]|['\"])*[=+\-@])")
_GUARD = re.compile(r"(?<=[;,\t\r\n])'(?=(?:[^\S\t\r\n]|['\"])*[=+\-@])")


def needs_quote(value: str, collapse: bool = False) -> bool:
    """True when `value` must be written with a leading quote (see the module docstring).
    `collapse`: the cell is a name or team, whose inner whitespace the reader normalises."""
    rest = value.lstrip("'\"")
    first = rest[:1]
    if first and (first in TRIGGERS or first.isspace()):
        return True
    if value[-1:].isspace():
        return True
    return collapse and " ".join(value.split()) != value


def guard_fragments(value: str) -> str:
    """`value` with a ' after every separator that a formula would follow (module docstring)."""
    return _GUARD_AT.sub(QUOTE, value) if _may_need_guard(value) else value


def unguard_fragments(text: str) -> str:
    """guard_fragments undone."""
    return _GUARD.sub("", text) if QUOTE in text else text


def _may_need_guard(value: str) -> bool:
    """A cheap test before the regular expression: a separator and a trigger somewhere."""
    return any(s in value for s in SEPARATORS) and any(t in value for t in "=+-@")


def escape_cell(value: str, collapse: bool = False) -> str:
    """The cell text to write for `value`: neutralised for spreadsheets in any list-separator
    locale (the whole cell and every fragment after a separator), exact for our reader."""
    text = guard_fragments(value)
    return QUOTE + text if needs_quote(text, collapse) else text


def read_cell(raw: str, collapse: bool = False) -> str:
    """The value of a cell as read: an escaped cell exactly, any other trimmed (and with
    `collapse`, runs of whitespace made one space, as names and teams always were); then the
    fragment guards taken off."""
    if QUOTE not in raw:  # the usual cell: nothing escaped, nothing guarded
        return " ".join(raw.split()) if collapse else raw.strip()
    if raw.startswith(QUOTE) and needs_quote(raw[1:], collapse):
        return unguard_fragments(raw[1:])
    return unguard_fragments(" ".join(raw.split()) if collapse else raw.strip())


def number_text(value: float) -> str:
    """A number as plain text that parse_amount reads back as the same float.

    Whole numbers have no decimals ("12", not "12.0"); others are the shortest exact decimal,
    never in exponent form. A fraction of exactly three digits gets a fourth ("12.3450"), since
    "12.345" is a thousands separator to parse_amount (Norwegian and German spreadsheets).
    Infinity and NaN give "" (no amount).
    """
    number = float(value)
    if not math.isfinite(number):
        return ""
    if number == int(number):
        return str(int(number))
    text = format(Decimal(repr(number)), "f")
    whole, _, fraction = text.partition(".")
    if len(fraction) == 3 and whole.lstrip("-") not in ("", "0"):
        text += "0"
    return text


# ----- lists of ids (dotted-line managers) ---------------------------------------------------

SEPARATOR = ";"
_BACKSLASH = "\\"


def join_ids(ids: Iterable[str]) -> str:
    """'a;b;c'. A backslash escapes ';' and '\\' inside an id, and whitespace at an id's ends
    (which the reader would otherwise trim), so any id survives split_ids."""
    out = []
    for item in ids:
        text = item.replace(_BACKSLASH, _BACKSLASH * 2).replace(SEPARATOR, _BACKSLASH + SEPARATOR)
        if text.strip() != text:
            start = len(text) - len(text.lstrip())
            end = max(len(text.rstrip()), start)
            lead = "".join(_BACKSLASH + c for c in text[:start])
            trail = "".join(_BACKSLASH + c for c in text[end:])
            text = lead + text[start:end] + trail
        out.append(text)
    return SEPARATOR.join(out)


def split_ids(text: str) -> list[str]:
    """The ids of a join_ids text; items are trimmed of unescaped whitespace, empty ones dropped.
    Hand-written lists such as 'a; b' work too."""
    items: list[list[tuple[str, bool]]] = [[]]
    chars = iter(text)
    for char in chars:
        if char == _BACKSLASH:
            escaped = next(chars, _BACKSLASH)
            items[-1].append((escaped, True))
        elif char == SEPARATOR:
            items.append([])
        else:
            items[-1].append((char, False))
    out = []
    for item in items:
        while item and not item[0][1] and item[0][0].isspace():
            item.pop(0)
        while item and not item[-1][1] and item[-1][0].isspace():
            item.pop()
        if item:
            out.append("".join(c for c, _escaped in item))
    return out
