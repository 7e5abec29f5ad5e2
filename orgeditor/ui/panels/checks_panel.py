"""The checks panel: live best-practice findings (RULES.md) for the chart being edited.

Checks re-run after every chart change, debounced so typing is never blocked; the list follows
the Checker's changes row by row (findingsUpdated passes them on, e.g. for the canvas's badges).
Selecting a finding emits positionsActivated(ids) and shows its advice and the practice behind
it. The
header says which model the chart follows and, under it, which part of the chart the span and
management checks look at (RULES.md "The sales scope").

Findings, advice and practice are written in the interface language (ui/language.py): the
rule engine renders them (rules/messages.py, rules.toml's `_nb` texts), the panel's own words
go through Qt's translations.
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.analysis import describe_scope, infer_from_facts
from orgeditor.analysis.scope import BASIS_LEADERS, Scope, leader_label
from orgeditor.model import Chart, display_label
from orgeditor.rules import Checker, Finding, FindingsDelta, RuleConfig, default_config
from orgeditor.rules.messages import translate_reason
from orgeditor.ui.document import Document
from orgeditor.ui.labels import model_text
from orgeditor.ui.language import ENGLISH, shown_language
from orgeditor.ui.panels.also_consider import AlsoConsider
from orgeditor.ui.panels.findings_model import FINDING_ROLE, FindingKey, FindingsModel, finding_key
from orgeditor.ui.panels.findings_view import FindingsView
from orgeditor.ui.panels.live_refresh import LiveRefresh
from orgeditor.ui.panels.severity_style import SEVERITIES, severity_icon
from orgeditor.ui.theme import muted_colour

log = logging.getLogger(__name__)

DETAIL_HEIGHT = 290  # the longest advice + practice (enablement.no_executive) at 360 wide
DETAIL_MIN_HEIGHT = 100  # a small screen may squeeze the details (they scroll then)
LIST_MIN_HEIGHT = 110  # about three one- or two-line findings


class _LowerPane(QWidget):
    """The details and 'Also consider': asks for room for the longest advice, but a small
    window may give it less (a hard minimum would make the whole window taller)."""

    def __init__(self, parent: QWidget, preferred: int) -> None:
        super().__init__(parent)
        self._preferred = preferred

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._preferred))


class ChecksPanel(QWidget):
    positionsActivated = Signal(list)  # ids of the chosen finding
    # after each run: the list of every current Finding (passed as it is, not converted)
    findingsChanged = Signal(object)
    # after each run: (rules.FindingsDelta since the last run, every current Finding); a
    # full delta means start over (see drawing.findings.BadgeIndex)
    findingsUpdated = Signal(object, object)

    def __init__(self, document: Document, config: RuleConfig | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.document = document
        self.config = config
        self._checker: Checker | None = None
        self._shown_checker: Checker | None = None  # whose findings the list shows
        self._selected_key: FindingKey | None = None
        self._restoring = False
        self._current_at_press = -1
        self._model_shown: tuple[str, str, bool] | None = None

        self._build()
        # checks run while the panel is hidden too: the canvas marks cards from findingsChanged
        self.live = LiveRefresh(
            self, document, self.refresh_now, replaced=self._chart_replaced, skip_hidden=False
        )
        self._chart_replaced()

    # ----- public API ------------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Every current finding (whatever the severity filter shows)."""
        return self.model.all_findings()

    def selected_finding(self) -> Finding | None:
        return self.model.finding(self.list_view.currentIndex().row())

    def set_config(self, config: RuleConfig | None) -> None:
        """Check against other thresholds (e.g. a TOML file); re-runs at once."""
        self.config = config
        if self._checker is not None:
            self._checker.set_config(self._config_in_language())
        self.refresh_now()

    def refresh_now(self) -> None:
        """Run the checks now (the debounce timer calls this after edits)."""
        self.live.settle()
        chart = self.document.chart
        if self._checker is None or self._checker.chart is not chart:
            self._new_checker()
        assert self._checker is not None
        try:
            findings = self._checker.findings()
            delta = self._checker.changes()
            inference = infer_from_facts(self._checker.facts, chart)
            scope = self._scope_text(chart, self._checker.scope)
        except Exception as error:  # a bug in a rule must not take the editor down
            log.exception("checks failed")
            self._shown_checker = None  # the changes taken are lost: start over next time
            self.model_label.setText(self.tr("Checks failed: %1").replace("%1", escape(str(error))))
            return
        self._show_model(inference.model, inference.reason, inference.declared)
        self.scope_label.setText(scope)
        self.list_view.empty_text = (
            self.tr("No findings: the chart follows the checked practices.")
            if len(chart)
            else self.tr("The chart is empty. Drag roles from the palette to start.")
        )
        if self._shown_checker is not self._checker:  # its changes follow another's run
            delta = FindingsDelta.everything()
            self._shown_checker = self._checker
        self._show_findings(findings, delta)
        self.findingsUpdated.emit(delta, findings)
        self.findingsChanged.emit(findings)

    # ----- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.model_label = QLabel(self)
        self.model_label.setObjectName("checksModel")
        self.model_label.setWordWrap(True)
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("checksScope")
        self.scope_label.setWordWrap(True)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_label.setStyleSheet(f"color: {self._muted()}")
        self.scope_label.setToolTip(
            self.tr(
                "The span and management checks look at the managers in this part of the "
                "chart: the sales organisation. Sellers, enablement and operations are counted "
                'in the whole chart. The rule setting checks.scope = "all" checks every manager.'
            )
        )

        strip = QHBoxLayout()
        strip.setSpacing(4)
        self.filter_buttons: dict[str, QToolButton] = {}
        for severity in SEVERITIES:
            button = QToolButton(self)
            button.setObjectName(f"{severity}Filter")
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setIcon(severity_icon(severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._filter_toggled)
            self.filter_buttons[severity] = button
            strip.addWidget(button)
        strip.addStretch(1)

        self.model = FindingsModel(self)
        self.list_view = FindingsView(self)
        self.list_view.setObjectName("checksList")
        self.list_view.setAccessibleName(self.tr("Findings"))
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list_view.clicked.connect(self._clicked)
        self.list_view.viewport().installEventFilter(self)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("checksDetail")
        self.detail.setAccessibleName(self.tr("Finding details"))
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.document().setDocumentMargin(8)

        self.also_consider = AlsoConsider(self)
        # the details and 'Also consider' share the lower pane: expanding the note takes room
        # from the details, never from the findings list above the splitter handle
        lower = _LowerPane(self, DETAIL_HEIGHT + self.also_consider.toggle.sizeHint().height())
        lower.setObjectName("checksLower")
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(4)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addWidget(self.also_consider)
        # room for the longest advice and practice at the dock's default width (its size hint),
        # so a reader never scrolls the details; the list keeps about three findings in view
        lower.setMinimumHeight(DETAIL_MIN_HEIGHT + self.also_consider.toggle.sizeHint().height())
        self.list_view.setMinimumHeight(LIST_MIN_HEIGHT)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("checksSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(lower)
        # a taller panel grows the list; the details keep what they need
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.model_label)
        layout.addWidget(self.scope_label)
        layout.addLayout(strip)
        layout.addWidget(self.splitter, 1)
        self._show_detail(None)

    # ----- showing -----------------------------------------------------------------------------

    def _muted(self) -> str:
        """Quiet text that still reads (4.5:1) on the panel, light or dark."""
        return muted_colour(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changed and hasattr(self, "detail"):  # (not while being built)
            # a theme was chosen: the quiet texts again in the new palette's colours
            self.scope_label.setStyleSheet(f"color: {self._muted()}")
            if self._model_shown is not None:
                self._show_model(*self._model_shown)
            if not self._restoring:
                self._show_detail(self.selected_finding())

    def _show_model(self, model: str, reason: str, declared: bool) -> None:
        self._model_shown = (model, reason, declared)
        # no sellers yet: "None yet" says the model will show once there are some
        name = self.tr("None yet") if model == "none" else model_text(model)
        if not declared or "declared" in reason:
            detail = translate_reason(reason, shown_language())
        else:
            detail = self.tr("declared")
        self.model_label.setText(
            self.tr("Model: %1").replace("%1", f"<b>{escape(name)}</b>")
            + f" <span style='color:{self._muted()}'>({escape(detail)})</span>"
        )
        self.model_label.setToolTip(
            self.tr("How the sellers are organised: declared in the chart, or inferred.")
        )

    def _show_findings(self, findings: list[Finding], delta: FindingsDelta | None = None) -> None:
        """Show these findings: row by row from `delta` (the changes since the rows shown),
        else afresh. The selected finding stays selected (one of the same rule and positions
        where its message changed)."""
        if delta is not None and not delta:
            return  # nothing changed
        key = self._selected_key
        view = self.list_view
        scroll = view.verticalScrollBar().value()
        self._restoring = True
        try:
            if delta is None:
                self.model.set_findings(findings)
            else:
                self.model.update(delta, findings)
            current = self.selected_finding()
            if key is None or (current is not None and finding_key(current) == key):
                row = -1 if current is None else view.currentIndex().row()
            else:  # gone or moved: look for it (or its kin) again
                row = self.model.row_of(key)
                if row >= 0:
                    view.setCurrentIndex(self.model.index(row))
                else:
                    view.clearSelection()
                    view.setCurrentIndex(QModelIndex())
        finally:
            self._restoring = False
        view.verticalScrollBar().setValue(scroll)
        self._show_counts()
        self._show_detail(self.selected_finding() if row >= 0 else None)

    def _show_counts(self) -> None:
        counts = self.model.counts()
        texts = {
            "error": (self.tr("1 error"), self.tr("%1 errors")),
            "warning": (self.tr("1 warning"), self.tr("%1 warnings")),
            "info": (self.tr("1 info"), self.tr("%1 info")),
        }
        for severity, button in self.filter_buttons.items():
            one, many = texts[severity]
            n = counts.get(severity, 0)
            button.setText(one if n == 1 else many.replace("%1", str(n)))
            button.setToolTip(self.tr("Show or hide findings of this severity"))

    def _show_detail(self, finding: Finding | None) -> None:
        if finding is None:
            hint = self.tr("Select a finding to see what to change and why.")
            self.detail.setHtml(f"<p style='color:{self._muted()}'>{escape(hint)}</p>")
            return
        chart = self.document.chart
        names = [display_label(chart, pid) for pid in finding.positions[:6]]
        more = len(finding.positions) - len(names)
        if more > 0:
            names.append(self.tr("%1 more").replace("%1", str(more)))
        severity_names = {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "info": self.tr("Info"),
        }
        para = "<p style='margin:0 0 6px 0'>"  # Qt's default paragraph gaps cost 4 lines
        change = escape(self.tr("What to change"))
        practice = escape(self.tr("Practice"))
        parts = [
            f"{para}<b>{escape(finding.message)}</b></p>",
            f"{para}<b>{change}</b><br>{escape(finding.advice)}</p>",
            f"{para}<b>{practice}</b><br>{escape(finding.practice)}</p>",
        ]
        if names:
            label = escape(self.tr("Concerns"))
            parts.append(f"{para}<b>{label}</b><br>{escape(', '.join(names))}</p>")
        # the rule id last and small: it names the check for whoever tunes rules.toml
        severity = severity_names.get(finding.severity, finding.severity)
        rule = self.tr("Rule: %1").replace("%1", finding.rule)
        parts.append(
            f"<p style='margin:0; color:{self._muted()}; font-size:small'>{escape(severity)} · "
            f"{escape(rule)}</p>"
        )
        self.detail.setHtml("".join(parts))

    # ----- reacting ----------------------------------------------------------------------------

    def _chart_replaced(self) -> None:
        self._selected_key = None
        self._new_checker()
        self.refresh_now()

    def _new_checker(self) -> None:
        if self._checker is not None:
            self._checker.close()
        self._checker = Checker(self.document.chart, self._config_in_language())

    def _config_in_language(self) -> RuleConfig:
        """The thresholds chosen, findings written in the interface language."""
        return (self.config or default_config()).with_language(shown_language())

    def _scope_text(self, chart: Chart, scope: Scope) -> str:
        """The scope line (analysis.describe_scope) in the interface language."""
        if shown_language() == ENGLISH:
            return describe_scope(chart, scope)
        size = len(scope.positions)
        if scope.whole or not scope.tops:
            return self.tr("Checking the whole chart, %n position(s)", "", size)
        tops = scope.tops
        shown = [leader_label(chart, pid) for pid in tops[:3]]
        if len(tops) > 3:
            shown.append(self.tr("%n more", "", len(tops) - 3))
        under = shown[-1]
        if len(shown) > 1:
            under = self.tr("%1 and %2").replace("%2", under).replace("%1", ", ".join(shown[:-1]))
        several = len(tops) > 1
        if scope.basis == BASIS_LEADERS:
            text = (
                self.tr("Checking the sales units under %1, %n position(s)", "", size)
                if several
                else self.tr("Checking the sales unit under %1, %n position(s)", "", size)
            )
        else:
            text = (
                self.tr("Checking the sales teams under %1, %n position(s)", "", size)
                if several
                else self.tr("Checking the sales team under %1, %n position(s)", "", size)
            )
        return text.replace("%1", under)

    def _filter_toggled(self) -> None:
        self.model.set_shown(s for s, b in self.filter_buttons.items() if b.isChecked())
        self._show_findings(self.model.all_findings())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        finding = self.model.finding(current.row()) if current.isValid() else None
        self._selected_key = finding_key(finding) if finding is not None else None
        self._show_detail(finding)
        if finding is not None:
            self.positionsActivated.emit(list(finding.positions))

    def _clicked(self, index: QModelIndex) -> None:
        """A click on the finding already selected: activate its positions again."""
        if index.row() != self._current_at_press:
            return  # the click changed the current row: _current_changed emitted already
        finding = index.data(FINDING_ROLE)
        if finding is not None:
            self.positionsActivated.emit(list(finding.positions))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_view.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._current_at_press = self.list_view.currentIndex().row()
        return super().eventFilter(watched, event)
