"""Reading the text of exported files in tests: names in a chart, white space squeezed."""

import re
import unicodedata

from orgeditor.model import Chart


def names(chart: Chart, ids=None) -> set[str]:
    chosen = chart.position_ids() if ids is None else ids
    return {chart.position(pid).name for pid in chosen if chart.position(pid).name}


def squeeze(text: str) -> str:
    """Text from a PDF or SVG with every run of white space as one space and ligatures
    (the PDF keeps the font's "ﬀ" in "Jeﬀrey") as plain letters."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
