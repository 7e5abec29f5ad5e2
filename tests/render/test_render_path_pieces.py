"""Split pages draw only the reporting lines that reach into them, curves included."""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from orgeditor.render.path_pieces import paths_per_tile, pieces_of
from orgeditor.render.tiles import Tile


def test_pieces_keep_lines_and_curves(qapp):
    path = QPainterPath()
    path.moveTo(0, 0)
    path.lineTo(100, 0)
    path.moveTo(500, 10)
    path.cubicTo(QPointF(500, 60), QPointF(900, 10), QPointF(900, 60))
    pieces = pieces_of(path)
    assert [box for box, _elements in pieces] == [(0, 0, 100, 0), (500, 10, 900, 60)]
    tiles = [Tile(0, 0, (0, 0, 450, 100), 2), Tile(0, 1, (440, 0, 1000, 100), 2)]
    first, second = paths_per_tile(path, tiles)
    assert first.elementCount() == 2  # the straight line only
    assert first.boundingRect().width() == 100
    assert second.elementCount() == 4  # the curve only, still a curve
    assert second.elementAt(1).type == QPainterPath.ElementType.CurveToElement
    assert second.elementAt(3).x == 900 and second.elementAt(3).y == 60


def test_a_line_on_the_shared_band_goes_to_both_pages(qapp):
    path = QPainterPath()
    path.moveTo(445, 0)
    path.lineTo(445, 90)
    tiles = [Tile(0, 0, (0, 0, 450, 100), 2), Tile(0, 1, (440, 0, 1000, 100), 2)]
    assert [p.elementCount() for p in paths_per_tile(path, tiles)] == [2, 2]
