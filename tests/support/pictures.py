"""Pictures of widgets in tests: grabbed, saved for a person to look at, and checked, so that a
test fails when nothing (or the wrong thing) was drawn rather than only when no file was written."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

TOLERANCE = 6  # per channel: antialiasing and colour management move colours a little


def colours_in(image: QImage) -> set[tuple[int, int, int]]:
    """Every distinct colour of the picture (alpha ignored)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(rgb.constBits())
    # Format_RGB32 is 0xffRRGGBB per pixel, stored little-endian: B, G, R, 0xff
    return {(data[i + 2], data[i + 1], data[i]) for i in range(0, len(data), 4)}


def has_colour(found: set[tuple[int, int, int]], colour: QColor | str) -> bool:
    want = QColor(colour)
    r, g, b = want.red(), want.green(), want.blue()
    return any(
        abs(r - x) <= TOLERANCE and abs(g - y) <= TOLERANCE and abs(b - z) <= TOLERANCE
        for x, y, z in found
    )


def grab_checked(
    widget: QWidget,
    path: Path,
    *,
    colours: Iterable[QColor | str] = (),
    min_colours: int = 8,
) -> QImage:
    """Grab `widget` to `path` and check the picture: the widget's size, more distinct colours
    than a blank or single-fill widget has (text is antialiased, so drawn text alone brings
    many), and each of `colours` somewhere in it."""
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    assert image.width() == round(widget.width() * ratio), (image.width(), widget.width())
    assert image.height() == round(widget.height() * ratio), (image.height(), widget.height())
    assert image.save(str(path)), path
    found = colours_in(image)
    assert len(found) >= min_colours, f"{path.name}: only {len(found)} colours drawn"
    for colour in colours:
        assert has_colour(found, colour), f"{path.name}: {QColor(colour).name()} not drawn"
    return image
