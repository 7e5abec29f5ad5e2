"""draw.io's CSV import preamble: `##` comment lines and `# key: value` configuration lines.

draw.io ("Arrange > Insert > Advanced > CSV") puts these lines above the header. A value ending
in a backslash continues on the next `#` line. The `connect` entries say how rows link; an
inverted connect such as {"from": "manager", "to": "name", "invert": true} means the `manager`
column holds the value of the manager's `name` column.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field


@dataclass
class DrawioConnect:
    source: str  # the column holding the reference ("from")
    target: str  # the column of the referenced row it matches ("to")
    invert: bool = False
    raw: dict[str, object] = field(default_factory=dict)


@dataclass
class DrawioConfig:
    entries: dict[str, str] = field(default_factory=dict)  # key -> value; later lines win
    connects: list[DrawioConnect] = field(default_factory=list)
    comment_lines: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.entries and not self.connects

    def value(self, key: str) -> str | None:
        """A configuration value, with draw.io's '-' (= not set) and blanks as None."""
        value = self.entries.get(key, "").strip()
        return None if value in ("", "-") else value

    def manager_connect(self) -> DrawioConnect | None:
        """The connect that draws reporting lines: draw.io's org chart draws them inverted,
        from the manager to the report, so the first inverted connect is the hierarchy."""
        return next((c for c in self.connects if c.invert), None)


def split_preamble(lines: list[str]) -> tuple[DrawioConfig, int]:
    """Parse the leading `#` lines (and blank lines) of a file.

    Returns the configuration and the index of the first line after the preamble (the header).
    """
    config = DrawioConfig()
    index = 0
    while index < len(lines):
        line = lines[index].rstrip("\r\n")
        if not line.strip():
            index += 1
            continue
        if not _is_preamble_line(line):
            break
        index += 1
        # draw.io joins a trailing-backslash line with the next `#` line, minus its '#'
        while line.endswith("\\") and index < len(lines) and lines[index].startswith("#"):
            line = line[:-1] + lines[index].rstrip("\r\n")[1:].strip()
            index += 1
        if line.startswith("##"):
            config.comment_lines += 1
            continue
        key, colon, value = line[1:].partition(":")
        if colon and key.strip():
            _add_entry(config, key.strip(), value.strip())
    return config, index


# "##...", a bare "#", or "# key: value"; a header such as "#,name,title" is not preamble
_PREAMBLE = re.compile(r"^#(#|\s*$|\s*[A-Za-z][\w-]*\s*:)")


def _is_preamble_line(line: str) -> bool:
    return bool(_PREAMBLE.match(line))


def _add_entry(config: DrawioConfig, key: str, value: str) -> None:
    if key != "connect":
        config.entries[key] = value
        return
    try:
        data = json.loads(value)
    except (json.JSONDecodeError, RecursionError):  # RecursionError: "[[[[..." nested deep
        return  # draw.io would refuse the whole file; we only lose the hint
    if (
        isinstance(data, dict)
        and isinstance(data.get("from"), str)
        and isinstance(data.get("to"), str)
    ):
        config.connects.append(
            DrawioConnect(data["from"], data["to"], bool(data.get("invert", False)), data)
        )
