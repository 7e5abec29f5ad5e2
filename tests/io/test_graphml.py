"""GraphML: what we write (for yEd and Gephi), and files others made (yEd, Gephi, networkx)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from orgeditor.io import (
    ChartFileError,
    GraphmlFormatError,
    dumps_graphml,
    read_chart,
    read_graphml,
    write_graphml,
)
from orgeditor.model import Chart, Position, Team, chart_state

NS = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}


def small_chart() -> Chart:
    chart = Chart()
    chart.add_team(Team("t1", "Pod A", "pod"))
    chart.add_position(Position("1", "Ada Lovelace", "VP Sales", cost=150000.0))
    chart.add_position(Position("2", "", "Account Executive", status="vacant", team="t1"), "1")
    chart.add_position(Position("3", "Bo", "Seller", explicit_role="sdr", region="North"), "1")
    chart.add_dotted_line("3", "2")
    return chart


def _nodes(root: ET.Element) -> dict[str, dict[str, str]]:
    names = {
        k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS) if k.get("attr.name")
    }
    out = {}
    for node in root.iter(f"{{{NS['g']}}}node"):
        data = node.findall("g:data", NS)
        out[node.get("id")] = {
            names[d.get("key")]: d.text or "" for d in data if d.get("key") in names
        }
    return out


def test_written_attributes_labels_and_edges() -> None:
    root = ET.fromstring(dumps_graphml(small_chart()))
    nodes = _nodes(root)
    assert list(nodes) == ["1", "2", "3"]
    assert nodes["1"]["label"] == "Ada Lovelace\nVP Sales"  # Gephi's label
    assert nodes["1"]["role"] == "sales_leader" and nodes["1"]["role_inferred"] == "true"
    assert nodes["1"]["cost"] == "150000.0"
    assert nodes["2"]["label"] == "Account Executive" and nodes["2"]["status"] == "vacant"
    assert (nodes["2"]["team"], nodes["2"]["team_id"], nodes["2"]["team_kind"]) == (
        "Pod A",
        "t1",
        "pod",
    )
    assert nodes["3"]["role"] == "sdr" and nodes["3"]["role_inferred"] == "false"
    assert nodes["3"]["region"] == "North" and "region" not in nodes["1"]
    edges = [
        (e.get("source"), e.get("target"), e.find("g:data", NS).text)
        for e in root.iter(f"{{{NS['g']}}}edge")
    ]
    assert sorted(edges) == [("1", "2", "solid"), ("1", "3", "solid"), ("3", "2", "dotted")]
    assert len({e.get("id") for e in root.iter(f"{{{NS['g']}}}edge")}) == 3  # unique edge ids


def test_yed_graphics() -> None:
    root = ET.fromstring(dumps_graphml(small_chart()))
    labels = [label.text for label in root.iter(f"{{{NS['y']}}}NodeLabel")]
    assert labels == ["Ada Lovelace\nVP Sales", "Account Executive", "Bo\nSeller"]
    geometry = [g.attrib for g in root.iter(f"{{{NS['y']}}}Geometry")]
    assert len({(g["x"], g["y"]) for g in geometry}) == 3  # laid out, not stacked at 0, 0
    borders = [b.get("type") for b in root.iter(f"{{{NS['y']}}}BorderStyle")]
    assert borders == ["line", "dashed", "line"]  # an unfilled seat has a dashed card
    lines = sorted(s.get("type") for s in root.iter(f"{{{NS['y']}}}LineStyle"))
    assert lines == ["dashed", "line", "line"]


def test_networkx_reads_our_file(tmp_path) -> None:
    path = tmp_path / "chart.graphml"
    write_graphml(small_chart(), path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.nodes["1"]["label"] == "Ada Lovelace\nVP Sales"
    assert graph.nodes["1"]["role_inferred"] is True
    assert sorted((u, v, d["kind"]) for u, v, d in graph.edges(data=True))[0] == (
        "1",
        "2",
        "solid",
    )


YED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="90" x="0" y="0"/>
      <y:NodeLabel alignment="center">Tessa Miller
Chief Revenue Officer</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d5">new hire</data><data key="d6"><y:ShapeNode>
      <y:NodeLabel>Edward Morrison</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n2"><data key="d6"><y:ShapeNode><y:NodeLabel>Alison Donovan</y:NodeLabel>
      </y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
    <edge id="e1" source="n0" target="n2"/>
    <edge id="e2" source="n1" target="n2"/>
  </graph>
</graphml>
"""


def test_yed_file_with_node_labels(write_file) -> None:
    chart, problems = read_graphml(write_file("org.graphml", YED))
    assert [(p.id, p.name, p.title) for p in chart.positions()] == [
        ("n0", "Tessa Miller", "Chief Revenue Officer"),
        ("n1", "Edward Morrison", ""),
        ("n2", "Alison Donovan", ""),
    ]
    assert chart.position("n0").role == "cro"  # the title decides the role
    assert chart.position("n1").custom == {"description": "new hire"}
    assert chart.reports_of("n0") == ["n1", "n2"]  # the first solid line in wins
    assert chart.dotted_lines() == [("n1", "n2")]  # the second is kept as a dotted line
    (problem,) = problems
    assert problem.kind == "extra_manager" and problem.position_ids == ("n2",)
    assert problem.message.startswith("org.graphml, node 3: ")
    assert "'n0'" in problem.message and "'n1'" in problem.message
    assert chart.import_problems == problems


GEPHI = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key attr.name="Label" attr.type="string" for="node" id="label"/>
<key attr.name="Job Title" attr.type="string" for="node" id="jt"/>
<key attr.name="Salary" attr.type="double" for="node" id="sal"/>
<key attr.name="Modularity Class" attr.type="int" for="node" id="mc"><default>0</default></key>
<key attr.name="Weight" attr.type="double" for="edge" id="weight"/>
<graph defaultedgetype="undirected" edgedefault="undirected">
<node id="0"><data key="label">Ada</data><data key="jt">VP Sales</data>
  <data key="sal">1234.567</data></node>
<node id="1"><data key="label">Bo</data><data key="jt">Account Executive</data>
  <data key="mc">2</data></node>
<edge source="0" target="1"><data key="weight">1.0</data></edge>
<edge source="1" target="ghost"/>
</graph>
</graphml>
"""


def test_gephi_file_with_label_attribute_and_aliases(write_file) -> None:
    chart, problems = read_graphml(write_file("gephi.graphml", GEPHI))
    assert problems == []
    ada, bo = chart.position("0"), chart.position("1")
    assert (ada.name, ada.title, ada.cost) == ("Ada", "VP Sales", 1234.567)  # Salary -> cost
    assert ada.custom == {"Modularity Class": "0"}  # a key's default applies
    assert (bo.title, bo.custom) == ("Account Executive", {"Modularity Class": "2"})
    # undirected or not, an edge runs from source (manager) to target (report)
    assert chart.reports_of("0") == ["1"]
    # an edge to an undeclared node declares it, named by its id
    assert chart.manager_of("ghost") == "1" and chart.position("ghost").name == "ghost"


def test_networkx_made_file_without_labels(tmp_path) -> None:
    graph = nx.DiGraph()
    graph.add_edge("Ceo", "Sales Manager")
    graph.add_edge("Sales Manager", "Ann")
    graph.nodes["Ann"]["title"] = "Account Executive"
    path = tmp_path / "nx.graphml"
    nx.write_graphml(graph, path)
    chart, problems = read_chart(path)
    assert problems == []
    assert chart.position("Ceo").name == "Ceo"  # no label at all: the id is the name
    assert (chart.position("Ann").name, chart.position("Ann").title) == ("", "Account Executive")
    assert chart.position("Ann").status == "vacant"
    assert chart.chain_of_command("Ann") == ["Sales Manager", "Ceo"]


def test_cycles_and_duplicate_ids_are_problems(write_file) -> None:
    text = """<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key attr.name="name" attr.type="string" for="node" id="n"/>
<graph edgedefault="directed">
<node id="a"><data key="n">A</data></node><node id="b"><data key="n">B</data></node>
<node id="a"><data key="n">A again</data></node>
<edge source="a" target="b"/><edge source="b" target="a"/><edge source="b" target="b"/>
</graph></graphml>"""
    chart, problems = read_graphml(write_file("loops.graphml", text))
    kinds = sorted(p.kind for p in problems)
    assert kinds == ["cycle", "duplicate_id", "extra_manager"]
    assert all(re.match(r"loops\.graphml, node \d: ", p.message) for p in problems)
    assert len(chart) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty.graphml: the file is empty"),
        ("name,title\nAda,CEO\n", "empty.graphml, line 1, column 1: not valid XML"),
        ("<graphml><graph>", "empty.graphml, line 1, column 17: not valid XML"),
        ("<svg/>", "empty.graphml: not a GraphML file (its root element is <svg>"),
        ("<graphml/>", "empty.graphml: has no <graph> element"),
        (
            '<graphml><graph><edge source="a"/></graph></graphml>',
            "empty.graphml: edge 1 has no source or no target",
        ),
    ],
)
def test_not_graphml(write_file, text: str, expected: str) -> None:
    with pytest.raises(GraphmlFormatError) as caught:
        read_chart(write_file("empty.graphml", text))
    assert isinstance(caught.value, ChartFileError)
    assert str(caught.value).startswith(expected)


def test_binary_file(tmp_path) -> None:
    path = tmp_path / "photo.graphml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(GraphmlFormatError, match=r"^photo\.graphml, line 1, column \d+: not valid"):
        read_graphml(path)


ODD = [
    "=1+1",
    "\tx",
    "\rx",
    "'=x",
    "  lead",
    "trail  ",
    "a  b",
    "two\nlines",
    "crlf\r\nin",
    "ø <&>",
]


def test_odd_text_round_trips_exactly(tmp_path) -> None:
    chart = Chart()
    chart.add_team(Team(" t ", "  Pod  A ", "pod"))
    chart.add_position(Position("root", "Boss", "CEO"))
    for value in ODD:
        chart.add_position(
            Position(value, value, value, location=value, team=" t ", custom={value: value}),
            "root",
        )
    chart.add_dotted_line(ODD[0], ODD[1])
    path = tmp_path / "odd.graphml"
    write_graphml(chart, path)
    back, problems = read_graphml(path)
    assert problems == []
    assert chart_state(back) == chart_state(chart)


def test_characters_xml_cannot_hold_are_dropped(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("1", "A\x00d\x1ba", "Ti\ufffetle"))
    write_graphml(chart, tmp_path / "ctl.graphml")
    back, _ = read_graphml(tmp_path / "ctl.graphml")
    assert (back.position("1").name, back.position("1").title) == ("Ada", "Title")


def test_extra_manager_is_reported_by_the_checks(tmp_path):
    from orgeditor.io import read_chart
    from orgeditor.rules import run

    path = tmp_path / "two.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '<key id="name" for="node" attr.name="name" attr.type="string"/>\n'
        '<graph edgedefault="directed">\n'
        '<node id="a"><data key="name">Ann</data></node>\n'
        '<node id="b"><data key="name">Bo</data></node>\n'
        '<node id="c"><data key="name">Cy</data></node>\n'
        '<edge source="a" target="c"/><edge source="b" target="c"/>\n'
        "</graph></graphml>\n",
        encoding="utf-8",
    )
    chart, problems = read_chart(path)
    assert [p.kind for p in problems] == ["extra_manager"]
    assert chart.manager_of("c") == "a"
    assert chart.dotted_managers_of("c") == ["b"]
    findings = [f for f in run(chart) if f.rule == "structure.extra_manager"]
    assert len(findings) == 1 and findings[0].positions == ("c",)
    assert "two.graphml" in findings[0].message
