"""GraphML import: ours (io/graphml_writer.py) exactly, and others' (yEd, Gephi, networkx) when
their nodes have labels and their edges run from manager to report.

Security: the bytes are parsed by defusedxml with DTDs forbidden, so a document type, entity
declarations (billion laughs) and external references (file:///etc/passwd) are refused before
anything is expanded or fetched. Nothing else parses the file.

How a node becomes a position: the GraphML node id is the position id. Attributes named like
our fields (or like the CSV column aliases: "Job title", "Salary") fill those fields; `label`,
or yEd's NodeLabel, gives the name (first line) and title (the rest) when a node has no name
attribute; a node with no name, title or label is named by its id. Other attributes become
custom fields ("custom:x" is custom field x). Edges go from manager to report whatever the
graph's edgedefault says; `kind` "dotted" (or "dashed", "matrix") makes a dotted line. A node
with more than one solid line in keeps the first (in file order) as its manager; the others
become dotted lines and an extra_manager problem. An edge naming a node that is not declared
declares it (as networkx does). Duplicate ids, unknown managers and cycles are handled as for
CSV rows (io/table_import.py), with "node N" (the N-th node in the file) in messages.

Limits (io/limits.py): a file of more than `max_positions` nodes (default MAX_POSITIONS) is
refused, counted while the nodes are collected and before any position is built; a numeric cost
beyond ±MAX_COST is kept as text, and a place beyond ±MAX_COORDINATE is no place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import ClassVar
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from orgeditor.io.bulk import collector_paused
from orgeditor.io.cells import escape_cell, join_ids, number_text
from orgeditor.io.columns import CUSTOM, ColumnMapping, map_columns
from orgeditor.io.csv_writer import STANDARD_COLUMNS
from orgeditor.io.errors import ChartFileError, GraphmlFormatError, shown
from orgeditor.io.files import read_bytes
from orgeditor.io.graphml_writer import CUSTOM_PREFIX
from orgeditor.io.limits import (
    MAX_POSITIONS,
    PositionCounter,
    check_cap,
)
from orgeditor.io.table import Table
from orgeditor.io.table_import import import_table
from orgeditor.model import Chart, ChartError, ImportProblem
from orgeditor.model.limits import sane_coordinate, sane_cost

_FIELDS = frozenset(STANDARD_COLUMNS) - {"id", "manager_id", "dotted_managers"}
_SPECIAL = frozenset({"label", "role_inferred", "placed_x", "placed_y"})
_DOTTED_KINDS = frozenset({"dotted", "dashed", "matrix"})
_TRUE = frozenset({"true", "1", "yes"})
_REFUSED = (
    "refused: the file declares a document type (<!DOCTYPE>), which GraphML does not use and "
    "which can carry XML attacks (entity expansion, external files); nothing was read from it"
)


@dataclass
class GraphmlTable(Table):
    row_label: ClassVar[str] = "node"
    noun: ClassVar[str] = "GraphML graph"

    def error(
        self, path: str | os.PathLike[str], detail: str, row: int | None = None
    ) -> ChartFileError:
        # a GraphmlFormatError's row is a line of XML; a table's row here is a node number
        return GraphmlFormatError(path, f"node {row}: {detail}" if row else detail)


@dataclass
class _Key:
    name: str
    type: str = "string"
    domain: str = "all"
    default: str | None = None


@dataclass
class _Node:
    id: str
    values: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    graphics_label: str | None = None


def read_graphml(
    path: str | os.PathLike[str], max_positions: int | None = MAX_POSITIONS
) -> tuple[Chart, list[ImportProblem]]:
    """Import a GraphML file; GraphmlFormatError for a file that is not (safe) GraphML or has
    more than `max_positions` nodes (None: no limit)."""
    check_cap(max_positions)
    root = parse_graphml_bytes(read_bytes(path), path)
    with collector_paused():
        return _GraphImport(path, root, max_positions).run()


def parse_graphml_bytes(data: bytes, path: str | os.PathLike[str]) -> Element:
    """The root element, parsed by defusedxml (no DTD, no entities, no external references)."""
    if not data.strip():
        raise GraphmlFormatError(path, "the file is empty")
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as error:
        raise GraphmlFormatError(path, _REFUSED) from error
    except ParseError as error:
        line, column = error.position
        reason = str(error).split(": line ")[0]
        raise GraphmlFormatError(
            path, f"not valid XML ({reason})", row=line, column=column + 1
        ) from error
    except (LookupError, ValueError) as error:
        # the XML declaration names an encoding Python does not know ("TTF-8"), one expat
        # cannot use ("shift_jis": multi-byte) or a codec that is not text ("rot13")
        raise GraphmlFormatError(
            path, f"not valid XML (its declared encoding cannot be used: {error})"
        ) from error
    if _local(root.tag) != "graphml":
        raise GraphmlFormatError(
            path, f"not a GraphML file (its root element is <{_local(root.tag)}>, not <graphml>)"
        )
    return root


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _GraphImport:
    def __init__(
        self, path: str | os.PathLike[str], root: Element, max_positions: int | None
    ) -> None:
        self.path = path
        self.root = root
        # the error names the node over the limit as the table's errors do: "node N: ..."
        self.counter = PositionCounter(
            max_positions,
            lambda detail, row=None: GraphmlFormatError(path, f"node {row}: {detail}"),
        )
        self.keys: dict[str, _Key] = {}
        self.nodes: dict[str, _Node] = {}  # first declaration of each id, in file order
        self.rows: list[_Node] = []  # every declaration (a repeated id is the reader's problem)
        self.solid: dict[str, list[str]] = {}  # report -> managers, in file order
        self.dotted: dict[str, list[str]] = {}

    def run(self) -> tuple[Chart, list[ImportProblem]]:
        self._read_keys()
        graph = next((c for c in self.root if _local(c.tag) == "graph"), None)
        if graph is None:
            raise GraphmlFormatError(self.path, "has no <graph> element")
        self._read_elements(graph)
        table, mapping, placed, extra = self._table()
        result = import_table(self.path, table, mapping)
        chart = result.chart
        with chart.quiet():
            for row, xy in placed.items():
                try:
                    chart.update_position(result.row_ids[row], xy=xy)
                except ChartError as error:  # _placement should give finite numbers only
                    raise table.error(self.path, f"cannot be imported: {error}", row + 1) from error
        problems = sorted([*result.problems, *extra], key=lambda p: p.row or 0)
        chart.import_problems = list(problems)
        chart.revision = 0
        return chart, problems

    def _read_keys(self) -> None:
        for element in self.root:
            if _local(element.tag) != "key":
                continue
            key_id = element.get("id", "")
            default = next((c.text or "" for c in element if _local(c.tag) == "default"), None)
            self.keys[key_id] = _Key(
                element.get("attr.name") or key_id,
                element.get("attr.type", "string"),
                element.get("for", "all"),
                default,
            )

    def _read_elements(self, graph: Element) -> None:
        node_defaults = {
            k.name: (k.default, k.type)
            for k in self.keys.values()
            if k.domain in ("node", "all") and k.default is not None
        }
        edge_count = 0
        for element in graph.iter():
            tag = _local(element.tag)
            if tag == "node":
                node = self._node(element)
                for name, (default, kind) in node_defaults.items():
                    if name not in node.values:
                        node.values[name], node.types[name] = default, kind
                self.rows.append(node)
                self.counter.count(len(self.rows))
                self.nodes.setdefault(node.id, node)
            elif tag == "edge":
                edge_count += 1
                source, target = element.get("source"), element.get("target")
                if not source or not target:
                    raise GraphmlFormatError(
                        self.path, f"edge {edge_count} has no source or no target"
                    )
                values = self._data(element)[0]
                kind = values.get("kind", self._edge_default("kind") or "solid")
                lines = self.dotted if kind.strip().casefold() in _DOTTED_KINDS else self.solid
                lines.setdefault(target, []).append(source)
                self._implicit(source)
                self._implicit(target)

    def _edge_default(self, name: str) -> str | None:
        found = (k for k in self.keys.values() if k.name == name and k.domain in ("edge", "all"))
        return next((k.default for k in found), None)

    def _implicit(self, node_id: str) -> None:
        """Edges may name nodes declared later; a node never declared is declared here."""
        if node_id not in self.nodes:
            self.nodes[node_id] = _Node(node_id)
            self.rows.append(self.nodes[node_id])
            self.counter.count(len(self.rows))

    def _node(self, element: Element) -> _Node:
        node = _Node(element.get("id", ""))
        node.values, node.types, node.graphics_label = self._data(element)
        return node

    def _data(self, element: Element) -> tuple[dict[str, str], dict[str, str], str | None]:
        values: dict[str, str] = {}
        types: dict[str, str] = {}
        graphics_label = None
        for child in element:
            if _local(child.tag) != "data":
                continue
            if len(child):  # structured data: yEd's graphics, whose NodeLabel is the label
                if graphics_label is None:
                    graphics_label = _yed_label(child)
                continue
            key_id = child.get("key", "")
            key = self.keys.get(key_id, _Key(key_id))
            values.setdefault(key.name, child.text or "")
            types.setdefault(key.name, key.type)
        return values, types, graphics_label

    # ----- nodes -> table -------------------------------------------------------------

    def _table(
        self,
    ) -> tuple[GraphmlTable, ColumnMapping, dict[int, tuple[float, float]], list[ImportProblem]]:
        names = list(dict.fromkeys(name for node in self.rows for name in node.values))
        fields, custom = self._attribute_fields(names)
        custom_keys = list(dict.fromkeys(custom.values()))
        headers = [*STANDARD_COLUMNS, *custom_keys]
        column = {header: i for i, header in enumerate(STANDARD_COLUMNS)}
        # apart from the standard columns: a custom field may be named "title" too
        custom_column = {key: len(STANDARD_COLUMNS) + i for i, key in enumerate(custom_keys)}
        file = os.path.basename(os.fspath(self.path)) or os.fspath(self.path)
        rows: list[tuple[int, list[str]]] = []
        placed: dict[int, tuple[float, float]] = {}
        extra: list[ImportProblem] = []
        first_row = {}
        for index, node in enumerate(self.rows):
            number = index + 1
            first_row.setdefault(node.id, number)
            cells = [""] * len(headers)
            cells[column["id"]] = escape_cell(node.id)
            for name, text in node.values.items():
                if name in fields:
                    cells[column[fields[name]]] = _field_cell(fields[name], text, node.types[name])
                elif name in custom and not cells[custom_column[custom[name]]]:
                    cells[custom_column[custom[name]]] = escape_cell(text)
            if node.values.get("role_inferred", "").strip().casefold() in _TRUE:
                cells[column["role"]] = ""
            self._name_from_label(node, fields, cells, column)
            xy = _placement(node.values)
            if xy is not None:
                placed[index] = xy
            managers = list(dict.fromkeys(self.solid.get(node.id, [])))
            dotted = list(dict.fromkeys(self.dotted.get(node.id, [])))
            if managers:
                cells[column["manager_id"]] = escape_cell(managers[0])
                if len(managers) > 1 and first_row[node.id] == number:
                    extra.append(_extra_manager(file, number, node, managers))
                dotted.extend(m for m in managers[1:] if m not in dotted)
            if dotted:
                cells[column["dotted_managers"]] = escape_cell(join_ids(dotted))
            rows.append((number, cells))
        assignments = [*STANDARD_COLUMNS, *([CUSTOM] * len(custom_keys))]
        mapping = ColumnMapping(tuple(headers), tuple(assignments))
        return GraphmlTable(headers, 0, rows), mapping, placed, extra

    @staticmethod
    def _attribute_fields(names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        """{attribute: field} for attributes that feed a field, {attribute: custom key} for
        the rest. Our own names come first; others match like CSV headers."""
        candidates = [
            n for n in names if n.casefold() not in _SPECIAL and not n.startswith(CUSTOM_PREFIX)
        ]
        mapping = map_columns(candidates)
        fields: dict[str, str] = {}
        custom: dict[str, str] = {}
        for name, header, assignment in zip(
            candidates, mapping.headers, mapping.assignments, strict=True
        ):
            if assignment in _FIELDS:
                fields[name] = assignment
            else:
                custom[name] = header
        for name in names:
            if name.startswith(CUSTOM_PREFIX):
                custom[name] = name[len(CUSTOM_PREFIX) :]
        return fields, custom

    @staticmethod
    def _name_from_label(
        node: _Node, fields: dict[str, str], cells: list[str], column: dict[str, int]
    ) -> None:
        given = {fields[name] for name in node.values if name in fields}
        if "name" in given:
            return
        label = next((v for k, v in node.values.items() if k.casefold() == "label"), None)
        if label is None:
            label = node.graphics_label
        if label is None:
            if "title" not in given:
                cells[column["name"]] = escape_cell(node.id, collapse=True)
            return
        first, _, rest = label.strip().partition("\n")
        cells[column["name"]] = escape_cell(first.strip(), collapse=True)
        if rest.strip() and "title" not in given:
            cells[column["title"]] = escape_cell(" ".join(rest.split()))


def _field_cell(field_name: str, text: str, attr_type: str) -> str:
    if field_name == "cost" and attr_type in ("float", "double", "int", "long"):
        try:
            number = float(text)
        except ValueError:
            return escape_cell(text)
        if sane_cost(number):
            return number_text(number)
        return escape_cell(text)  # "NaN", "INF", "1e400", "1e20": kept as text, as "abc" is
    return escape_cell(text, collapse=field_name in ("name", "team"))


def _placement(values: dict[str, str]) -> tuple[float, float] | None:
    """A card placed by hand; NaN, infinity, 1e400 and places beyond ±MAX_COORDINATE are no
    place (the layout places the card)."""
    try:
        x, y = float(values["placed_x"]), float(values["placed_y"])
    except (KeyError, ValueError):
        return None
    return (x, y) if sane_coordinate(x) and sane_coordinate(y) else None


def _yed_label(data: Element) -> str | None:
    for element in data.iter():
        if _local(element.tag) == "NodeLabel" and (element.text or "").strip():
            return element.text
    return None


def _extra_manager(file: str, number: int, node: _Node, managers: list[str]) -> ImportProblem:
    others = ", ".join(shown(m, 20) for m in managers[1:4]) + (", …" if len(managers) > 4 else "")
    first = shown(managers[0], 20)
    text = (
        f"node {shown(node.id, 30)} has more than one manager ({first}, {others}); it reports "
        f"to {first} and the other lines are kept as dotted lines"
    )
    values = {
        "file": file,
        "row_label": "node",
        "row": number,
        "node": shown(node.id, 30),
        "first": first,
        "others": others,
    }
    return ImportProblem(
        "extra_manager",
        f"{file}, node {number}: {text}",
        (node.id,),
        number,
        managers[1],
        {},
        "import.extra_manager",
        values,
    )
