"""GraphML export and import (yEd, Gephi, networkx): see graphml_writer and graphml_reader."""

from orgeditor.io.graphml_reader import parse_graphml_bytes, read_graphml
from orgeditor.io.graphml_writer import chart_graph, dumps_graphml, write_graphml

__all__ = ["chart_graph", "dumps_graphml", "parse_graphml_bytes", "read_graphml", "write_graphml"]
