"""What each writable format is documented not to carry, as a function on chart_state().

carried(chart_state(chart), suffix) is the part of a chart that write_chart + read_chart must
give back exactly; the round-trip tests compare both sides through it. Each rule below is a
limit stated in the writer's docstring (io/csv_writer.py, io/xlsx_writer.py,
io/graphml_writer.py). Not a rule
because dicts compare without order: CSV and GraphML give custom fields back in the order of
the file's columns (of first use in the chart), not each position's own order.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from orgeditor.io.csv_writer import STANDARD_COLUMNS

# the characters each writer drops (csv_writer._NOT_CSV, xlsx_writer._NOT_XLSX,
# graphml_writer._NOT_XML)
_DROPPED = {
    ".csv": re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]"),
    ".xlsx": re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]"),
    ".graphml": re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]"),
}
_TABLES = (".csv", ".xlsx")  # the formats with the CSV export's columns
_POSITION_TEXTS = ("id", "name", "title", "region", "product_line", "customer_size", "vertical")


def clean(text: str, suffix: str) -> str:
    """`text` without the characters the format cannot hold (.orgchart holds them all)."""
    dropped = _DROPPED.get(suffix)
    text = dropped.sub("", text) if dropped else text
    if suffix == ".xlsx":  # XML reads CR and CRLF as LF
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def csv_headers(keys: list[str]) -> dict[str, str]:
    """{custom field name: the name it has after a CSV round trip}: names are trimmed, a blank
    one becomes "column N", and one taken by a standard column or an earlier field gets " (2)",
    " (3)", ... (as a spreadsheet import names repeated headers)."""
    seen: set[str] = set(STANDARD_COLUMNS)
    out: dict[str, str] = {}
    for index, key in enumerate(keys, start=len(STANDARD_COLUMNS) + 1):
        header = key.strip() or f"column {index}"
        candidate, n = header, 2
        while candidate in seen:
            candidate = f"{header} ({n})"
            n += 1
        seen.add(candidate)
        out[key] = candidate
    return out


def carried(state: dict[str, Any], suffix: str) -> dict[str, Any]:
    """The chart_state without what a format is documented not to carry."""
    state = copy.deepcopy(state)
    if suffix == ".orgchart":
        return state
    state["settings"] = None
    state["import_problems"] = []
    for record in (state, *state["positions"], *state["teams"]):
        record.pop("extra", None)  # fields of a newer .orgchart: kept by .orgchart alone
    members = {p["team"] for p in state["positions"]}
    teams = [t for t in state["teams"] if t["id"] in members]
    for team in teams:
        for key in ("declared_model", "region", "product_line", "customer_size", "vertical"):
            team[key] = None
        team["id"], team["name"] = clean(team["id"], suffix), clean(team["name"], suffix)
    state["teams"] = sorted(teams, key=lambda t: t["id"])
    lines = state["dotted_lines"]
    state["dotted_lines"] = sorted([clean(a, suffix), clean(b, suffix)] for a, b in lines)
    # custom fields in order of first use: the CSV header order
    keys = list(dict.fromkeys(clean(k, suffix) for p in state["positions"] for k in p["custom"]))
    names = csv_headers(keys) if suffix in _TABLES else {k: k for k in keys}
    for position in state["positions"]:
        for key in (*_POSITION_TEXTS, "location"):
            position[key] = clean(position[key], suffix)
        for key in ("manager", "team"):
            if position[key] is not None:
                position[key] = clean(position[key], suffix)
        custom = {clean(k, suffix): clean(v, suffix) for k, v in position["custom"].items()}
        position["custom"] = {names[k]: v for k, v in custom.items() if v}  # empty: not written
        if position["cost"] is not None:  # a double in both formats
            position["cost"] = float(position["cost"])
        if suffix in _TABLES:
            position["xy"] = None
    return state
