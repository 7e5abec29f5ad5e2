"""The figures panel: headcount, spans of control, layers and cost of the chart, live.

Read only. Figures come from analysis.figures.chart_figures (cached per chart revision), so a
refresh after a burst of edits costs one pass over the chart at most. Refreshes are debounced
after chartChanged and immediate on chartReplaced; while the panel is hidden (a closed or
tabbed-away dock) it skips refreshes and catches up when shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from orgeditor.analysis.figures import ChartFigures, chart_figures, segment_values
from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.drawing.style import FAMILY_COLOURS, role_family
from orgeditor.model import SEGMENT_DIMENSIONS, SELLER_STAGES, STATUSES, display_label
from orgeditor.ui.document import Document
from orgeditor.ui.labels import (
    dimension_text,
    family_text,
    role_short_text,
    stage_text,
    status_text,
)
from orgeditor.ui.panels.figure_widgets import (
    Bar,
    BarList,
    Column,
    Histogram,
    SectionTitle,
    StackedBar,
    StatTiles,
    format_decimal,
    format_number,
    muted,
    muted_colour,
    scroll_page,
    small_font,
)
from orgeditor.ui.panels.legend_colours import NO_VALUE_COLOUR, legend_colours
from orgeditor.ui.panels.live_refresh import LiveRefresh
from orgeditor.ui.panels.role_style import FAMILY_ORDER

log = logging.getLogger(__name__)

MAX_ROLES = 8
MAX_COST_ROWS = 6

STATUS_COLOURS = {"filled": "#009E73", "vacant": "#E69F00", "planned": "#56B4E9"}
SELLER_COLOUR = FAMILY_COLOURS["seller"]
TEAM_COLOUR = "#0E9384"
SPAN_COLOURS = {"1": "#56B4E9", "11+": "#E69F00"}  # too narrow (info), too wide (warning)
SPAN_COLOUR = "#0072B2"


class FiguresPanel(QWidget):
    figuresChanged = Signal(object)  # the ChartFigures shown, after each refresh

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPanel")
        self.document = document
        self._figures: ChartFigures | None = None

        self._build()
        self.live = LiveRefresh(self, document, self.refresh_now)
        self.refresh_now()

    # ----- public API ------------------------------------------------------------------------

    def figures(self) -> ChartFigures | None:
        """The figures on show."""
        return self._figures

    def refresh_now(self) -> None:
        """Recompute and show the figures now (the debounce timer calls this after edits)."""
        self.live.settle()
        try:
            figures = chart_figures(self.document.chart)
        except Exception as error:  # a bug in a figure must not take the editor down
            log.exception("figures failed")
            self.error_label.setText(self.tr("Figures failed: %1").replace("%1", str(error)))
            self.error_label.show()
            return
        self.error_label.hide()
        self._figures = figures
        self._show(figures)
        self.figuresChanged.emit(figures)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._figures is not None:
            self._show(self._figures)  # the greyed parts of the texts in the new palette's grey

    def _quiet(self) -> str:
        return muted_colour(self).name()

    # ----- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        content.setObjectName("figuresContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        self.error_label = self._note("figuresError", content)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.tiles = StatTiles(content)
        self.tiles.setObjectName("figuresTiles")
        layout.addWidget(self.tiles)

        layout.addWidget(SectionTitle(self.tr("Headcount"), content))
        self.status_bar = StackedBar(content)
        self.status_bar.setObjectName("figuresStatus")
        layout.addWidget(self.status_bar)
        self.family_bars = self._bars("figuresFamilies", content)
        layout.addWidget(self.family_bars)

        layout.addWidget(SectionTitle(self.tr("Sellers"), content))
        self.no_sellers_label = self._note("figuresNoSellers", content)
        self.no_sellers_label.setText(self.tr("No sellers in this chart."))
        layout.addWidget(self.no_sellers_label)
        self.stage_bars = self._bars("figuresStages", content)
        layout.addWidget(self.stage_bars)
        self.sellers_per_manager_label = self._line("figuresSellersPerManager", content)
        self.sellers_per_manager_label.setToolTip(
            self.tr(
                "Sellers who have a manager, divided by the number of people who directly "
                "manage at least one seller."
            )
        )
        layout.addWidget(self.sellers_per_manager_label)

        layout.addWidget(SectionTitle(self.tr("Roles"), content))
        self.role_bars = self._bars("figuresRoles", content)
        layout.addWidget(self.role_bars)

        layout.addWidget(SectionTitle(self.tr("Spans of control"), content))
        self.span_histogram = Histogram(content)
        self.span_histogram.setObjectName("figuresSpans")
        layout.addWidget(self.span_histogram)
        self.span_label = self._line("figuresSpanSummary", content)
        layout.addWidget(self.span_label)
        self.shape_label = self._line("figuresLayers", content)
        layout.addWidget(self.shape_label)

        layout.addWidget(SectionTitle(self.tr("Cost"), content))
        self.no_cost_label = self._note("figuresNoCost", content)
        self.no_cost_label.setText(self.tr("No cost data in this chart"))
        self.no_cost_label.setToolTip(
            self.tr("Give positions a cost (or import a salary column) to see totals here.")
        )
        layout.addWidget(self.no_cost_label)
        self.cost_total_label = self._line("figuresCostTotal", content)
        layout.addWidget(self.cost_total_label)
        self.cost_note_label = self._note("figuresCostNote", content)
        layout.addWidget(self.cost_note_label)
        self.team_caption = self._caption(self.tr("By team"), content)
        layout.addWidget(self.team_caption)
        self.team_bars = self._bars("figuresCostTeams", content)
        layout.addWidget(self.team_bars)
        self.segment_captions: dict[str, QLabel] = {}
        self.segment_bars: dict[str, BarList] = {}
        for dim in SEGMENT_DIMENSIONS:
            caption = self._caption(
                self.tr("By %1").replace("%1", dimension_text(dim, capital=False)), content
            )
            self.segment_captions[dim] = caption
            layout.addWidget(caption)
            bars = self._bars(f"figuresCost_{dim}", content)
            self.segment_bars[dim] = bars
            layout.addWidget(bars)
        layout.addStretch(1)

        self.scroll = scroll_page(self, content, "figuresScroll")

    @staticmethod
    def _bars(name: str, parent: QWidget) -> BarList:
        bars = BarList(parent)
        bars.setObjectName(name)
        return bars

    @staticmethod
    def _line(name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    @staticmethod
    def _note(name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return muted(label)

    @staticmethod
    def _caption(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setFont(small_font(label, 0.9, bold=True))
        label.setContentsMargins(0, 4, 0, 0)
        return muted(label)

    # ----- showing -----------------------------------------------------------------------------

    def _show(self, f: ChartFigures) -> None:
        self._show_tiles(f)
        self._show_headcount(f)
        self._show_sellers(f)
        self._show_roles(f)
        self._show_spans(f)
        self._show_cost(f)

    def _show_tiles(self, f: ChartFigures) -> None:
        self.tiles.set_tiles(
            [
                (
                    format_number(f.positions),
                    self.tr("positions"),
                    self.tr("Positions in the chart"),
                ),
                (
                    format_number(f.sellers),
                    self.tr("sellers"),
                    self.tr("Seller seats, filled or not"),
                ),
                (
                    format_number(f.vacancies),
                    self.tr("open seats"),
                    self.tr("Vacant and planned positions"),
                ),
                (
                    format_number(f.layers),
                    self.tr("layers"),
                    self.tr("Positions on the longest reporting chain"),
                ),
            ]
        )

    def _show_headcount(self, f: ChartFigures) -> None:
        self.status_bar.set_parts(
            [(status_text(s), f.counts.by_status.get(s, 0), STATUS_COLOURS[s]) for s in STATUSES]
        )
        total = f.positions or 1
        bars = []
        for family in FAMILY_ORDER:
            n = f.counts.by_family.get(family, 0)
            if not n:
                continue
            label = family_text(family)
            bars.append(
                Bar(
                    label,
                    n,
                    format_number(n),
                    FAMILY_COLOURS.get(family, FAMILY_COLOURS["other"]),
                    f"{label}: {format_number(n)} ({n / total:.0%})",
                )
            )
        self.family_bars.set_bars(bars)
        self.family_bars.setVisible(bool(bars))

    def _show_sellers(self, f: ChartFigures) -> None:
        has = f.sellers > 0
        self.no_sellers_label.setVisible(not has)
        self.stage_bars.setVisible(has)
        self.sellers_per_manager_label.setVisible(has)
        if not has:
            self.stage_bars.set_bars([])
            return
        names = {s: stage_text(s) for s in SELLER_STAGES}
        names["all"] = self.tr("All stages (generalists)")
        bars = []
        for stage, label in names.items():
            n = f.counts.by_stage.get(stage, 0)
            bars.append(
                Bar(
                    label,
                    n,
                    format_number(n),
                    SELLER_COLOUR,
                    self.tr("%1: %2 of %3 sellers")
                    .replace("%1", label)
                    .replace("%2", format_number(n))
                    .replace("%3", format_number(f.sellers)),
                )
            )
        self.stage_bars.set_bars(bars)
        if f.sellers_per_manager is None:
            text = self.tr("Sellers per manager: <b>–</b> (no seller has a manager)")
        else:
            text = (
                self.tr("Sellers per manager: <b>%1</b>").replace(
                    "%1", format_decimal(f.sellers_per_manager)
                )
                + f" <span style='color:{self._quiet()}'>"
                + escape(
                    (
                        self.tr("(%1 sellers, 1 manager)")
                        if f.seller_managers == 1
                        else self.tr("(%1 sellers, %2 managers)")
                    )
                    .replace("%1", format_number(f.managed_sellers))
                    .replace("%2", format_number(f.seller_managers))
                )
                + "</span>"
            )
        self.sellers_per_manager_label.setText(text)

    def _show_roles(self, f: ChartFigures) -> None:
        ranked = sorted(f.counts.by_role.items(), key=lambda kv: (-kv[1], kv[0]))
        bars = []
        for key, n in ranked[:MAX_ROLES]:
            family = role_family(key)
            label = role_short_text(key)
            bars.append(
                Bar(
                    label,
                    n,
                    format_number(n),
                    FAMILY_COLOURS.get(family, FAMILY_COLOURS["other"]),
                    f"{label}: {format_number(n)}",
                )
            )
        rest = ranked[MAX_ROLES:]
        if rest:
            n = sum(count for _k, count in rest)
            names = ", ".join(role_short_text(k) for k, _n in rest)
            bars.append(
                Bar(
                    self.tr("%n more role(s)", "", len(rest)),
                    n,
                    format_number(n),
                    NO_VALUE_COLOUR,
                    names,
                    muted=True,
                )
            )
        self.role_bars.set_bars(bars)

    def _show_spans(self, f: ChartFigures) -> None:
        spans = f.spans
        tips = {
            "1": self.tr("Managers with exactly one direct report (span.too_narrow)"),
            "11+": self.tr("Managers with more than 10 direct reports (span.too_wide)"),
        }
        self.span_histogram.set_columns(
            [
                Column(
                    b.label,
                    b.count,
                    SPAN_COLOURS.get(b.label, SPAN_COLOUR),
                    tips.get(b.label)
                    or self.tr("Managers with %1 direct reports").replace("%1", b.label),
                )
                for b in spans.buckets
            ]
        )
        if spans.maximum is None:
            self.span_label.setText(
                f"<span style='color:{self._quiet()}'>"
                + escape(self.tr("Nobody manages anyone yet."))
                + "</span>"
            )
        else:
            chart = self.document.chart
            who = display_label(chart, spans.widest[0])
            if len(spans.widest) > 1:
                who = (
                    self.tr("%1 and %2 more")
                    .replace("%1", who)
                    .replace("%2", str(len(spans.widest) - 1))
                )
            median = format_decimal(spans.median or 0)
            self.span_label.setText(
                self.tr("Median <b>%1</b> · range %2–%3 · %4 managers")
                .replace("%1", median)
                .replace("%2", format_number(spans.minimum or 0))
                .replace("%3", format_number(spans.maximum))
                .replace("%4", format_number(spans.managers))
                + "<br>"
                + self.tr("Widest: <b>%1</b> (%2 direct reports)")
                .replace("%1", escape(who))
                .replace("%2", format_number(spans.maximum))
            )
        self.shape_label.setText(
            self.tr("Layers: <b>%1</b> · top-level positions: <b>%2</b>")
            .replace("%1", format_number(f.layers))
            .replace("%2", format_number(f.roots))
        )

    def _show_cost(self, f: ChartFigures) -> None:
        cost = f.cost
        has = cost.has_data
        self.no_cost_label.setVisible(not has)
        for widget in (self.cost_total_label, self.team_caption, self.team_bars):
            widget.setVisible(has)
        if not has or cost.total is None:
            self.cost_note_label.hide()
            self.team_bars.set_bars([])
            for dim in SEGMENT_DIMENSIONS:
                self.segment_captions[dim].hide()
                self.segment_bars[dim].hide()
                self.segment_bars[dim].set_bars([])
            return
        self.cost_total_label.setText(
            self.tr("Total: <b>%1</b>").replace("%1", format_number(cost.total))
        )
        self.cost_note_label.setVisible(cost.uncosted > 0)
        self.cost_note_label.setText(
            (
                self.tr("%1 of %2 positions has no cost and is not counted.")
                if cost.uncosted == 1
                else self.tr("%1 of %2 positions have no cost and are not counted.")
            )
            .replace("%1", format_number(cost.uncosted))
            .replace("%2", format_number(f.positions))
        )
        chart = self.document.chart
        teams = []
        for team_id, total in cost.by_team.items():
            if team_id is None:
                teams.append((self.tr("No team"), total, NO_VALUE_COLOUR))
            else:
                name = chart.team(team_id).name if chart.has_team(team_id) else team_id
                teams.append((name or team_id, total, TEAM_COLOUR))
        self.team_bars.set_bars(
            self._cost_bars(teams, cost.total, lambda n: self.tr("%n more team(s)", "", n))
        )
        has_teams = any(team_id is not None for team_id in cost.by_team)
        self.team_caption.setVisible(has_teams)
        self.team_bars.setVisible(has_teams)
        for dim in SEGMENT_DIMENSIONS:
            sums = cost.by_segment.get(dim, {})
            show = any(value != UNASSIGNED for value in sums)
            self.segment_captions[dim].setVisible(show)
            self.segment_bars[dim].setVisible(show)
            if not show:
                self.segment_bars[dim].set_bars([])
                continue
            colours = legend_colours(segment_values(chart, dim))  # as the cards show them
            rows = [
                (
                    value if value != UNASSIGNED else self.tr("unassigned"),
                    total,
                    colours.get(value, NO_VALUE_COLOUR),
                )
                for value, total in sums.items()
            ]
            self.segment_bars[dim].set_bars(
                self._cost_bars(rows, cost.total, lambda n: self.tr("%n more value(s)", "", n))
            )

    def _cost_bars(
        self, rows: list[tuple[str, float, str]], total: float, more: Callable[[int], str]
    ) -> list[Bar]:
        """Largest first (a no-value row last), capped with a grey row for the rest (named by
        `more` from their number)."""
        no_value = {self.tr("No team"), self.tr("unassigned")}
        rows = sorted(rows, key=lambda r: (r[0] in no_value, -r[1], r[0].casefold()))
        shown, rest = rows[:MAX_COST_ROWS], rows[MAX_COST_ROWS:]
        bars = [
            Bar(
                label,
                value,
                format_number(value),
                colour,
                self.tr("%1: %2 (%3 of the total)")
                .replace("%1", label)
                .replace("%2", format_number(value))
                .replace("%3", f"{value / total:.0%}")
                if total
                else f"{label}: {format_number(value)}",
            )
            for label, value, colour in shown
        ]
        if rest:
            value = sum(r[1] for r in rest)
            bars.append(
                Bar(
                    more(len(rest)),
                    value,
                    format_number(value),
                    NO_VALUE_COLOUR,
                    ", ".join(r[0] for r in rest[:20]),
                    muted=True,
                )
            )
        return bars
