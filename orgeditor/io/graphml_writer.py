"""GraphML export through networkx's GraphMLWriter, with yEd graphics so that the chart opens
in yEd with its cards, labels and lines, and in Gephi with its labels.

Nodes are positions (the GraphML node id is the position id), in chart order (roots, each
followed by its subtree). Node attributes:

    name, title, label ("Name\\nTitle": Gephi's label), role (the role in force), role_inferred
    (true when the role comes from the title), status, region, product_line, customer_size,
    vertical, location, cost (double), team (the team's name), team_id, team_kind,
    placed_x / placed_y (a hand placement), custom:<field> (one per custom field)

Empty texts other than name and title are left out. Edges go from manager to report with
`kind` "solid" or "dotted". Each node also carries yEd's nodegraphics (a card at the place our
layout gives it, the label, a dashed border for an unfilled seat) and each edge yEd's
edgegraphics (dashed for a dotted line).

What GraphML from us cannot carry (read_graphml(write_graphml(chart)) differs only here): the
chart settings, a team's declared model and segment values, teams without members, the order
of teams, the chart's import problems, the fields of a newer .orgchart that this version keeps
without knowing them (`extra`), custom fields with an empty value and the order of a
position's custom fields (they come back in the order of first use), and characters XML 1.0
cannot hold (control characters other than tab, line feed and carriage return, and U+FFFE,
U+FFFF), which are dropped.
"""

from __future__ import annotations

import os
import re
from xml.etree.ElementTree import Element, SubElement, tostring

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from orgeditor.io.csv_writer import chart_order
from orgeditor.io.files import write_text_atomic
from orgeditor.layout import LayoutOptions, chart_layout
from orgeditor.model import SEGMENT_DIMENSIONS, Chart, Position

NS_Y = "http://www.yworks.com/xml/graphml"
CUSTOM_PREFIX = "custom:"
NODE_GRAPHICS_KEY = "yfiles_node"
EDGE_GRAPHICS_KEY = "yfiles_edge"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def write_graphml(chart: Chart, path: str | os.PathLike[str]) -> None:
    """Write the chart as GraphML (UTF-8), atomically; ChartFileError if that fails."""
    write_text_atomic(path, dumps_graphml(chart))


def dumps_graphml(chart: Chart) -> str:
    """The GraphML text of the chart."""
    graph = chart_graph(chart)
    dotted = {key for _m, _r, key, kind in graph.edges(keys=True, data="kind") if kind == "dotted"}
    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(graph)
    _add_yed_graphics(writer.xml, chart, dotted)
    _lowercase_booleans(writer.xml)
    writer.indent(writer.xml)
    body = tostring(writer.xml, encoding="unicode")
    # ElementTree leaves a carriage return in text as it is, and XML readers turn it into a
    # line feed; a character reference keeps it (our own line breaks are all "\n")
    body = body.replace("\r", "&#13;")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def chart_graph(chart: Chart) -> nx.MultiDiGraph:
    """The chart as a networkx graph with the attributes written to GraphML (keys e1, e2, ...
    become the edge ids; a solid and a dotted line may join the same pair)."""
    graph = nx.MultiDiGraph()
    order = chart_order(chart)
    positions = [chart.position(pid) for pid in order]
    # custom fields in one order for every node (of first use), so that output is stable
    custom_keys = list(dict.fromkeys(key for p in positions for key in p.custom))
    for position in positions:
        graph.add_node(_xml(position.id), **node_attributes(chart, position, custom_keys))
    count = 0
    for position_id in order:
        manager = chart.manager_of(position_id)
        if manager is not None:
            count += 1
            graph.add_edge(_xml(manager), _xml(position_id), key=f"e{count}", kind="solid")
    for manager, report in sorted(chart.dotted_lines()):
        count += 1
        graph.add_edge(_xml(manager), _xml(report), key=f"e{count}", kind="dotted")
    return graph


def node_attributes(
    chart: Chart, position: Position, custom_keys: list[str] | None = None
) -> dict[str, object]:
    attributes: dict[str, object] = {
        "name": _xml(position.name),
        "title": _xml(position.title),
        "label": _xml(label(position)),
        "role": position.role,
        "role_inferred": position.role_inferred,
        "status": position.status,
    }
    for key in (*SEGMENT_DIMENSIONS, "location"):
        if value := getattr(position, key):
            attributes[key] = _xml(value)
    if position.cost is not None:
        attributes["cost"] = float(position.cost)
    if position.team is not None:
        team = chart.team(position.team)
        attributes["team"] = _xml(team.name)
        attributes["team_id"] = _xml(team.id)
        attributes["team_kind"] = team.kind
    if position.xy is not None:
        attributes["placed_x"], attributes["placed_y"] = (float(v) for v in position.xy)
    for key in position.custom if custom_keys is None else custom_keys:
        if key in position.custom:
            attributes[_xml(CUSTOM_PREFIX + key)] = _xml(position.custom[key])
    return attributes


def label(position: Position) -> str:
    """'Name\\nTitle' (one line when either is empty)."""
    return "\n".join(part for part in (position.name, position.title) if part)


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _lowercase_booleans(root: Element) -> None:
    """GraphML spells booleans true/false; networkx writes Python's True/False."""
    keys = {k.get("id") for k in root if k.tag == "key" and k.get("attr.type") == "boolean"}
    for data in root.iter("data"):
        if data.get("key") in keys and data.text:
            data.text = data.text.lower()


def _add_yed_graphics(root: Element, chart: Chart, dotted: set[str]) -> None:
    """yEd's own elements: a ShapeNode per node and a PolyLineEdge per edge."""
    root.set("xmlns:y", NS_Y)
    for key_id, domain, kind in (
        (EDGE_GRAPHICS_KEY, "edge", "edgegraphics"),
        (NODE_GRAPHICS_KEY, "node", "nodegraphics"),
    ):
        root.insert(0, Element("key", {"for": domain, "id": key_id, "yfiles.type": kind}))
    options = LayoutOptions()
    places = chart_layout(chart, options, respect_manual=True, whole=True).positions
    by_id = {_xml(pid): pid for pid in chart.position_ids()}
    graph = next(child for child in root if child.tag == "graph")
    for element in graph:
        if element.tag == "node":
            position = chart.position(by_id[element.get("id", "")])
            x, y = places[position.id]
            data = SubElement(element, "data", key=NODE_GRAPHICS_KEY)
            shape = SubElement(data, "y:ShapeNode")
            SubElement(
                shape,
                "y:Geometry",
                x=repr(float(x)),
                y=repr(float(y)),
                width=repr(float(options.card_width)),
                height=repr(float(options.card_height)),
            )
            SubElement(shape, "y:Fill", color="#FFFFFF", transparent="false")
            border = "line" if position.status == "filled" else "dashed"
            SubElement(shape, "y:BorderStyle", color="#000000", type=border, width="1.0")
            SubElement(shape, "y:NodeLabel").text = _xml(label(position))
            SubElement(shape, "y:Shape", type="roundrectangle")
        elif element.tag == "edge":
            data = SubElement(element, "data", key=EDGE_GRAPHICS_KEY)
            line = SubElement(data, "y:PolyLineEdge")
            style = "dashed" if element.get("id") in dotted else "line"
            SubElement(line, "y:LineStyle", color="#000000", type=style, width="1.0")
            SubElement(line, "y:Arrows", source="none", target="none")
