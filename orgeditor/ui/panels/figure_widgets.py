"""Small read-only widgets for the figures panel: number tiles, bar lists, a stacked status
bar and a histogram. Each paints itself with QPainter from plain data (one paint per widget,
no item per row), so refreshing after an edit is cheap whatever the size of the chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from orgeditor.drawing.style import AA_TEXT, contrast

NARROW_SPACE = "\u202f"  # thousands separator: the same in every locale, never breaks a line

W = TypeVar("W", bound=QWidget)


def format_number(value: float | int) -> str:
    """Whole number with narrow-space thousands separators: 5 421 900."""
    return f"{round(value):,}".replace(",", NARROW_SPACE)


def format_decimal(value: float, places: int = 1) -> str:
    """A ratio such as 4.7 (a whole value without decimals: 5)."""
    if abs(value - round(value)) < 10 ** -(places + 1):
        return format_number(value)
    return f"{value:,.{places}f}".replace(",", NARROW_SPACE)


def mixed(colour: QColor, back: QColor, keep: float) -> QColor:
    """`keep` of colour over back, opaque (a translucent colour is first laid on back)."""
    keep *= colour.alphaF()
    return QColor(
        round(colour.red() * keep + back.red() * (1 - keep)),
        round(colour.green() * keep + back.green() * (1 - keep)),
        round(colour.blue() * keep + back.blue() * (1 - keep)),
    )


def readable_colour(
    colour: QColor, palette: QPalette, back: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """`colour` as text on the palette's `back` (WCAG AA), light or dark: moved towards the
    palette's text colour as far as it takes."""
    background = palette.color(back)
    text = palette.color(QPalette.ColorRole.Text)
    start = mixed(colour, background, 1.0)
    for step in range(11):
        shade = mixed(text, start, step / 10)
        if contrast(shade, background) >= AA_TEXT:
            return shade
    return text


def quiet_colour(palette: QPalette, back: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """Greyed text that still reads on the palette's `back`: its placeholder colour, made
    readable."""
    return readable_colour(palette.color(QPalette.ColorRole.PlaceholderText), palette, back)


def track_colour(palette: QPalette) -> QColor:
    """The empty part of a bar: a shade of the window towards its text."""
    return mixed(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Window), 0.1
    )


def grid_colour(palette: QPalette) -> QColor:
    """Hairlines and tile borders."""
    return mixed(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Window), 0.2
    )


def muted_colour(widget: QWidget) -> QColor:
    return quiet_colour(widget.palette(), widget.backgroundRole())


class _Muted(QObject):
    """Keeps a widget's text greyed in the palette it has now: a palette set once would keep
    the light theme's grey on a dark window."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.role = widget.foregroundRole()
        widget.installEventFilter(self)
        self.follow(widget)

    def follow(self, widget: QWidget) -> None:
        palette = widget.palette()
        colour = quiet_colour(palette, widget.backgroundRole())
        if palette.color(self.role) != colour:  # setPalette sends PaletteChange: set once
            palette.setColor(self.role, colour)
            widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self.follow(watched)
        return False


def muted(widget: W) -> W:
    """Show widget's text in the muted colour, now and after the theme changes; returns the
    widget."""
    _Muted(widget)
    return widget


def small_font(widget: QWidget, scale: float = 0.88, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(7.0, widget.font().pointSizeF() * scale))
    font.setBold(bold)
    return font


def scroll_page(panel: QWidget, content: QWidget, name: str) -> QScrollArea:
    """Fill panel with a frameless scroll area (objectName name) that shows content at the
    panel's width, scrolling up and down only."""
    scroll = QScrollArea(panel)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


class SectionTitle(QWidget):
    """A section heading: bold text and a hairline to the right."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        font = QFont(self.font())
        font.setBold(True)
        self.label.setFont(font)
        line = _Hairline(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(line, 1)

    def text(self) -> str:
        return self.label.text()


class _Hairline(QWidget):
    """A one-pixel line across, in the palette's grid colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), grid_colour(self.palette()))
        painter.end()


class _PartTips(QWidget):
    """A widget painted in parts (tiles, bars, columns), each with its own tooltip."""

    def tip_at(self, pos: QPoint) -> str:
        """The tooltip of the part under pos ("" for none)."""
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            tip = self.tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


class StatTiles(_PartTips):
    """A row of headline numbers: value large, caption small underneath."""

    HEIGHT = 52

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: list[tuple[str, str, str]] = []  # value, caption, tooltip
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_tiles(self, tiles: Sequence[tuple[str, str, str]]) -> None:
        self._tiles = list(tiles)
        self.update()

    def tiles(self) -> list[tuple[str, str, str]]:
        return list(self._tiles)

    def sizeHint(self) -> QSize:
        return QSize(320, self.HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.HEIGHT)

    def _rect(self, i: int) -> QRectF:
        n = max(1, len(self._tiles))
        gap = 6.0
        width = (self.width() - gap * (n - 1)) / n
        return QRectF(i * (width + gap), 0.5, width, self.HEIGHT - 1.0)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.45)
        big.setBold(True)
        small = small_font(self, 0.85)
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = muted_colour(self)
        for i, (value, caption, _tip) in enumerate(self._tiles):
            rect = self._rect(i)
            painter.setPen(grid_colour(self.palette()))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(rect.adjusted(0.5, 0, -0.5, 0), 6, 6)
            inner = rect.adjusted(8, 5, -8, -5)
            painter.setFont(big)
            painter.setPen(text)
            top = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.58)
            elided = QFontMetrics(big).elidedText(
                value, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(
                top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
            painter.setFont(small)
            painter.setPen(muted)
            bottom = QRectF(
                inner.left(), top.bottom(), inner.width(), inner.height() - top.height()
            )
            elided = QFontMetrics(small).elidedText(
                caption, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
        painter.end()

    def tip_at(self, pos: QPoint) -> str:
        for i, (_v, _c, tip) in enumerate(self._tiles):
            if tip and self._rect(i).contains(QPointF(pos)):
                return tip
        return ""


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown
    colour: str  # hex
    tooltip: str = ""
    muted: bool = False  # a summary row ("12 more"): grey, no bar colour


class BarList(_PartTips):
    """Rows of label, proportional bar and value. Bars scale to the largest value."""

    ROW = 20
    LABEL_SHARE = 0.52

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def labels(self) -> list[str]:
        return [bar.label for bar in self._bars]

    def texts(self) -> list[str]:
        return [bar.text for bar in self._bars]

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self._bars)) * self.ROW + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def _columns(self) -> tuple[float, float, float]:
        """x of the bar, width of the bar track, width of the value column."""
        metrics = QFontMetrics(self.font())
        value_w = max(36, max((metrics.horizontalAdvance(b.text) for b in self._bars), default=0))
        label_w = self.width() * self.LABEL_SHARE  # the same in every list: bars line up
        track = max(24.0, self.width() - label_w - value_w - 8)
        return label_w, track, value_w

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        bar_x, track, value_w = self._columns()
        top = max((b.value for b in self._bars if not b.muted), default=0) or 1
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = muted_colour(self)
        for i, bar in enumerate(self._bars):
            y = i * self.ROW + 1
            painter.setPen(muted if bar.muted else text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(bar_x - 8))
            painter.drawText(
                QRectF(0, y, bar_x - 6, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            track_rect = QRectF(bar_x, y + self.ROW * 0.28, track, self.ROW * 0.44)
            painter.setPen(Qt.PenStyle.NoPen)
            if not bar.muted:
                painter.setBrush(track_colour(self.palette()))
                painter.drawRoundedRect(track_rect, 2, 2)
                share = max(0.0, min(1.0, bar.value / top))
                if share > 0:
                    filled = QRectF(track_rect)
                    filled.setWidth(max(2.0, track * share))
                    painter.setBrush(QColor(bar.colour))
                    painter.drawRoundedRect(filled, 2, 2)
            painter.setPen(muted if bar.muted else text)
            painter.drawText(
                QRectF(bar_x + track + 4, y, value_w, self.ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
        painter.end()

    def tip_at(self, pos: QPoint) -> str:
        row = (pos.y() - 1) // self.ROW
        if 0 <= row < len(self._bars):
            bar = self._bars[row]
            return bar.tooltip or f"{bar.label}: {bar.text}"
        return ""


class StackedBar(QWidget):
    """One bar split into coloured parts (filled / vacant / planned) with a legend line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[str, int, str]] = []  # label, count, colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    def set_parts(self, parts: Sequence[tuple[str, int, str]]) -> None:
        self._parts = list(parts)
        self.update()

    def parts(self) -> list[tuple[str, int, str]]:
        return list(self._parts)

    def sizeHint(self) -> QSize:
        return QSize(320, 12 + 6 + QFontMetrics(self.font()).height() + 2)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(n for _l, n, _c in self._parts)
        bar = QRectF(0.5, 0.5, self.width() - 1.0, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track_colour(self.palette()))
        painter.drawRoundedRect(bar, 3, 3)
        if total:
            painter.save()
            clip = QRectF(bar)
            painter.setClipRect(clip)
            x = bar.left()
            for _label, n, colour in self._parts:
                width = bar.width() * n / total
                if width > 0:
                    painter.setBrush(QColor(colour))
                    painter.drawRect(QRectF(x, bar.top(), width, bar.height()))
                x += width
            painter.restore()
        # legend: swatch, label and count for each part, left to right
        metrics = QFontMetrics(self.font())
        x = 0.0
        y = bar.bottom() + 6
        text = self.palette().color(QPalette.ColorRole.Text)
        for label, n, colour in self._parts:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            swatch = QRectF(x, y + (metrics.height() - 10) / 2, 10, 10)
            painter.drawRoundedRect(swatch, 2, 2)
            caption = f"{label} {format_number(n)}"
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), caption)
            x += 14 + metrics.horizontalAdvance(caption) + 14
        painter.end()


@dataclass(frozen=True)
class Column:
    label: str
    count: int
    colour: str
    tooltip: str = ""


class Histogram(_PartTips):
    """Vertical bars with the count above and the bucket label below each."""

    HEIGHT = 112

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.HEIGHT)
        self.setMouseTracking(True)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self._columns = list(columns)
        self.update()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def sizeHint(self) -> QSize:
        return QSize(320, self.HEIGHT)

    def _slot(self, i: int) -> QRectF:
        n = max(1, len(self._columns))
        width = self.width() / n
        return QRectF(i * width, 0, width, self.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        base = self.height() - line - 4  # baseline of the bars
        room = base - line - 4  # tallest bar
        top = max((c.count for c in self._columns), default=0) or 1
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = muted_colour(self)
        painter.setPen(grid_colour(self.palette()))
        painter.drawLine(QPointF(0, base + 0.5), QPointF(self.width(), base + 0.5))
        for i, column in enumerate(self._columns):
            slot = self._slot(i)
            bar_w = min(44.0, slot.width() * 0.62)
            height = room * column.count / top
            bar = QRectF(slot.center().x() - bar_w / 2, base - height, bar_w, height)
            if column.count:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(column.colour))
                painter.drawRoundedRect(bar.adjusted(0, 0, 0, 2), 2, 2)
                painter.fillRect(QRectF(bar.left(), base - 1, bar_w, 1.5), QColor(column.colour))
            painter.setPen(text if column.count else muted)
            painter.drawText(
                QRectF(slot.left(), bar.top() - line - 2, slot.width(), line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                format_number(column.count),
            )
            painter.setPen(muted)
            painter.drawText(
                QRect(int(slot.left()), int(base + 3), int(slot.width()), line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                column.label,
            )
        painter.end()

    def tip_at(self, pos: QPoint) -> str:
        for i, column in enumerate(self._columns):
            if self._slot(i).contains(QPointF(pos)):
                return column.tooltip or f"{column.label}: {column.count}"
        return ""
