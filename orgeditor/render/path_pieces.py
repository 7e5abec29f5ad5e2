"""A page of a split chart draws only the reporting lines it shows.

The canvas keeps every reporting line of the chart in one QPainterPath. Clipped to a page,
that path would still be written whole into each page of a PDF (about 50 KB a page for a
chart of 5,000 positions). So the export cuts it into its subpaths (one per line segment or
curve) and gives each page those that reach into it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPainterPath

from orgeditor.render.tiles import Box, Tile, TileIndex

Element = QPainterPath.ElementType
Piece = tuple[Box, list[tuple[Element, float, float]]]
PEN_ROOM = 4.0  # scene px: a line's width beyond its geometry


def pieces_of(path: QPainterPath) -> list[Piece]:
    """The subpaths of a path (each begins at a move), with their bounding boxes (curves:
    the box of their control points, which holds the curve)."""
    pieces: list[Piece] = []
    current: list[tuple[Element, float, float]] = []
    for index in range(path.elementCount()):
        element = path.elementAt(index)
        if element.type == Element.MoveToElement and current:
            pieces.append((_box(current), current))
            current = []
        current.append((element.type, element.x, element.y))
    if current:
        pieces.append((_box(current), current))
    return pieces


def paths_per_tile(path: QPainterPath, tiles: Sequence[Tile]) -> list[QPainterPath]:
    """For each tile, the part of `path` (whole subpaths) that reaches into it."""
    chosen: list[list[Piece]] = [[] for _ in tiles]
    index = TileIndex(tiles, PEN_ROOM)
    for piece in pieces_of(path):
        for tile in index.meeting(piece[0]):
            chosen[tile].append(piece)
    return [_path(pieces) for pieces in chosen]


def _box(elements: list[tuple[Element, float, float]]) -> Box:
    xs = [x for _t, x, _y in elements]
    ys = [y for _t, _x, y in elements]
    return (min(xs), min(ys), max(xs), max(ys))


def _path(pieces: list[Piece]) -> QPainterPath:
    path = QPainterPath()
    for _, elements in pieces:
        k = 0
        while k < len(elements):
            kind, x, y = elements[k]
            if kind == Element.MoveToElement:
                path.moveTo(x, y)
            elif kind == Element.LineToElement:
                path.lineTo(x, y)
            elif kind == Element.CurveToElement and k + 2 < len(elements):
                (_t1, x2, y2), (_t2, x3, y3) = elements[k + 1], elements[k + 2]
                path.cubicTo(x, y, x2, y2, x3, y3)
                k += 2
            k += 1
    return path
