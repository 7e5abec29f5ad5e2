"""The built-in example charts, one per sales model, shipped as CSV in resources/examples."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from orgeditor.io import read_chart
from orgeditor.model import Chart

EXAMPLES = {
    "pod": "Pod: Fjord Analytics",
    "assembly_line": "Assembly line: Nordlys Software",
    "island": "Island: Bergen Kontorrekvisita",
}
DEFAULT_EXAMPLE = "pod"


def example_path(key: str) -> Path:
    return Path(str(resources.files("orgeditor.resources").joinpath(f"examples/{key}.csv")))


def load_example(key: str) -> Chart:
    chart, _problems = read_chart(example_path(key))
    chart.settings.name = EXAMPLES[key].split(": ", 1)[1]
    chart.settings.industry = "software" if key != "island" else "office supplies"
    return chart
