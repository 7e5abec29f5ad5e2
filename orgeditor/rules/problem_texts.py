"""The importers' problems (model/problems.py) in the user's language.

The readers (io/) write each problem's message in English, naming file and row, and keep the
template and its values (ImportProblem.message_id, .params); problem_text() writes it again in
Bokmål. The templates join rules/messages.py's table, so one render() serves both.
"""

from __future__ import annotations

from typing import Any

from orgeditor.model import ImportProblem
from orgeditor.rules.messages import DEFAULT_LANGUAGE, TEMPLATES, render

PROBLEM_TEMPLATES: dict[str, dict[str, str]] = {
    "import.duplicate_id": {
        "en": "id {raw_id} is used again (first on {row_label} {first}); {this_row} was "
        "imported with the id {new_id}",
        "nb": "id-en {raw_id} er brukt på nytt (først på {row_label} {first}); {this_row} ble "
        "importert med id-en {new_id}",
    },
    "import.unknown_manager.none": {
        "en": "the manager {ref} of {who} matches no id and no name; it is shown without a manager",
        "nb": "lederen {ref} til {who} passer verken med en id eller med et navn; stillingen "
        "vises uten leder",
    },
    "import.unknown_manager.many": {
        "en": "the manager {ref} of {who} matches {count} positions by name ({found}); it is "
        "shown without a manager",
        "nb": "lederen {ref} til {who} passer med {count} stillinger etter navn ({found}); "
        "stillingen vises uten leder",
    },
    "import.cycle.self": {
        "en": "{who} reports to itself; it is shown without a manager",
        "nb": "{who} rapporterer til seg selv; stillingen vises uten leder",
    },
    "import.cycle": {
        "en": "reporting lines form a cycle: {chain} (each reports to the next); {who} is "
        "shown without a manager",
        "nb": "rapporteringslinjene danner en sirkel: {chain} (hver rapporterer til den neste); "
        "{who} vises uten leder",
    },
    "import.extra_manager": {
        "en": "node {node} has more than one manager ({first}, {others}); it reports to "
        "{first} and the other lines are kept as dotted lines",
        "nb": "noden {node} har mer enn én leder ({first}, {others}); den rapporterer til "
        "{first}, og de andre linjene beholdes som stiplede linjer",
    },
}
TEMPLATES.update(PROBLEM_TEMPLATES)

# what a row number counts, as the readers say it (io/table.py, io/errors.py, graphml)
_ROW_WORDS = {
    "en": {
        "row": ("row", "this row"),
        "line": ("line", "this line"),
        "node": ("node", "this node"),
    },
    "nb": {
        "row": ("rad", "denne raden"),
        "line": ("linje", "denne linjen"),
        "node": ("node", "denne noden"),
    },
}
_VACANT = {"en": "a vacant position", "nb": "en ledig stilling"}
_POSITIONS = {"en": "positions", "nb": "stillinger"}


def problem_text(problem: ImportProblem, language: str = DEFAULT_LANGUAGE) -> str:
    """The problem's message in `language` ("en": the reader's own words)."""
    if language == DEFAULT_LANGUAGE or not problem.message_id:
        return problem.message
    try:
        return rendered(problem, language)
    except (KeyError, TypeError, ValueError):  # a template this version lacks: as written
        return problem.message


def rendered(problem: ImportProblem, language: str) -> str:
    """The message written from its template in `language` (KeyError when it cannot be)."""
    p: dict[str, Any] = dict(problem.params)
    label = str(p.get("row_label", "row"))
    word, this = _ROW_WORDS[language].get(label, (label, label))
    values = {**p, "row_label": word, "this_row": this}
    for key in ("row", "first", "count", "length"):  # numbers as written, no separators
        if key in values:
            values[key] = str(values[key])
    if "id" in p:
        values["who"] = f"{p.get('label') or _VACANT[language]} (id {p['id']})"
    if "chain_ids" in p:
        values["chain"] = _chain(list(p["chain_ids"]), int(p["length"]), language)
    body = render(problem.message_id, values, language)
    return f"{p['file']}, {word} {values['row']}: {body}"


def _chain(ids: list[str], length: int, language: str) -> str:
    """'a → b → a'; a long cycle its first few ids and how many there are."""
    if length <= 5:
        return " → ".join([*ids, ids[0]])
    count = f"{length:,}" if language == DEFAULT_LANGUAGE else f"{length:,}".replace(",", "\u00a0")
    return " → ".join(ids[:4]) + f" → … ({count} {_POSITIONS[language]}) → {ids[0]}"
