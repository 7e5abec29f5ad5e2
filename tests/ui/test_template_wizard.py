"""New from template: the wizard's live preview, its findings, bad parameters, segmentation."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from support.pictures import grab_checked

from orgeditor.model import SEGMENT_DIMENSIONS, Chart, Position, chart_state
from orgeditor.rules import run
from orgeditor.templates import TEMPLATE_MODELS, TemplateError, default_params
from orgeditor.ui.dialogs import template_wizard
from orgeditor.ui.dialogs.template_wizard import (
    PREVIEW_DELAY_MS,
    TemplateWizard,
    insert_structure,
    new_from_template,
)
from orgeditor.ui.document import Document


@pytest.fixture
def make_wizard(qtbot):
    made = []

    def make(model="pod"):
        wizard = TemplateWizard(model=model)
        qtbot.addWidget(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.preview.close_document()


@pytest.fixture
def png_dir(tmp_path) -> Path:
    """$ORGEDITOR_WIZARD_PNG_DIR if set (to look at the screenshots), else a temporary dir."""
    target = Path(os.environ.get("ORGEDITOR_WIZARD_PNG_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target


def roles(chart: Chart) -> list[str]:
    return [chart.position(pid).role for pid in chart.position_ids()]


def rules(wizard: TemplateWizard) -> set[str]:
    model = wizard.preview.findings_model
    return {model.finding(row).rule for row in range(model.rowCount())}


def test_defaults_per_model(make_wizard):
    for model in TEMPLATE_MODELS:
        wizard = make_wizard(model)
        assert wizard.model() == model
        assert wizard.params() == default_params(model)
        assert wizard.ok_button.isEnabled() and wizard.error() is None
        assert len(wizard.preview.chart) == len(wizard.chart())
        assert wizard.preview.summary.text().startswith(
            {"assembly_line": "Assembly line:", "pod": "Pod:", "island": "Island:"}[model]
        )


def test_defaults_have_no_warnings(make_wizard):
    wizard = make_wizard()
    for model in TEMPLATE_MODELS:
        wizard.set_model(model)
        chart = wizard.chart()
        assert chart.roots() == ["sales-leader"]
        assert not [f for f in run(chart) if f.severity in ("error", "warning")]
        wizard.refresh()
        assert wizard.preview.findings_label.text() == "No findings"
        assert wizard.preview.findings_model.rowCount() == 0


def test_changing_the_model_updates_the_preview(make_wizard, qtbot):
    wizard = make_wizard("pod")
    assert "generalist" not in roles(wizard.preview.chart)
    wizard.chooser.cards["island"].radio.click()
    assert wizard.form.pages.currentWidget() is wizard.form.page_of["island"]
    qtbot.waitUntil(lambda: roles(wizard.preview.chart).count("generalist") == 6)
    assert wizard.preview.summary.text().startswith("Island")
    # the preview canvas shows the chart: a card per position
    assert set(wizard.preview.scene.cards()) == set(wizard.preview.chart.position_ids())


def test_clicking_a_card_chooses_its_model(make_wizard, qtbot):
    wizard = make_wizard("pod")
    card = wizard.chooser.cards["assembly_line"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().bottomRight() / 2)
    assert wizard.model() == "assembly_line"
    assert card.property("chosen") is True
    assert wizard.chooser.cards["pod"].property("chosen") is False


def test_changing_a_parameter_updates_preview_and_findings_after_a_pause(make_wizard, qtbot):
    wizard = make_wizard("island")
    count = len(wizard.preview.chart)
    wizard.form.spins["generalists"].setValue(20)
    assert wizard.timer.isActive() and wizard.timer.interval() == PREVIEW_DELAY_MS
    assert len(wizard.preview.chart) == count  # debounced: not yet
    qtbot.waitUntil(lambda: "model.island_scale" in rules(wizard))
    assert roles(wizard.preview.chart).count("generalist") == 20
    assert wizard.preview.findings_label.text().startswith("Findings the chart would have")
    assert "model.island_scale" in wizard.preview.summary.text()
    assert wizard.ok_button.isEnabled()  # warnings do not stop anyone
    # the cards the findings concern carry badges, as on the real canvas
    assert wizard.preview.scene.card("sales-leader").badge == ("warning", 1)
    wizard.form.spins["generalists"].setValue(6)
    qtbot.waitUntil(lambda: wizard.preview.findings_model.rowCount() == 0)
    assert wizard.preview.findings_label.text() == "No findings"


def test_a_bad_parameter_disables_ok_and_says_why(make_wizard, qtbot):
    wizard = make_wizard("pod")
    wizard.form.spins["pod_ae"].setValue(9)  # a pod of 11 > 8 sellers per manager
    qtbot.waitUntil(lambda: not wizard.ok_button.isEnabled())
    assert "pod of 11 sellers" in wizard.error()
    assert wizard.preview.error_box.isVisibleTo(wizard)
    assert "sellers per manager" in wizard.preview.error.text()
    assert wizard.preview.view.stale
    with pytest.raises(TemplateError):
        wizard.chart()
    wizard.accept()  # Enter on a bad form does not close it
    assert wizard.result() != QDialog.DialogCode.Accepted
    wizard.form.per_manager.setValue(12)
    qtbot.waitUntil(lambda: wizard.ok_button.isEnabled())
    assert not wizard.preview.error_box.isVisibleTo(wizard)
    assert not wizard.preview.view.stale
    assert wizard.params().sellers_per_manager == 12


def test_no_sellers_is_an_error(make_wizard, qtbot):
    wizard = make_wizard("island")
    wizard.form.spins["generalists"].setValue(0)
    qtbot.waitUntil(lambda: not wizard.ok_button.isEnabled())
    assert "1 or more sellers" in wizard.error()


def test_segmentation_makes_a_copy_per_value(make_wizard, qtbot):
    wizard = make_wizard("pod")
    form = wizard.form
    assert not form.values.isEnabled()
    form.dimension.setCurrentIndex(form.dimension.findData("region"))
    assert form.values.isEnabled()
    qtbot.waitUntil(lambda: not wizard.ok_button.isEnabled())  # a dimension without values
    assert "region" in wizard.error()
    form.values.setText("North, South,")  # blanks are dropped
    qtbot.waitUntil(lambda: wizard.ok_button.isEnabled())
    assert wizard.params().segment == ("region", ("North", "South"))
    chart = wizard.chart()
    regions = {chart.effective_segment(pid, "region") for pid in chart.position_ids()}
    assert {"North", "South"} <= regions
    pods = [team for team in chart.teams() if team.kind == "pod"]
    assert len(pods) == 2 * form.spins["pods"].value()
    assert form.spins["pods"].value() == 1  # untouched seats follow: one pod per value
    assert "one per region (North, South)" in wizard.preview.summary.text()
    assert len(wizard.preview.chart) == len(chart)
    # Restore Defaults fits the defaults to the segments: one pod per value
    form.restore_defaults("pod")
    assert form.spins["pods"].value() == 1
    form.values.setText("North, north")
    qtbot.waitUntil(lambda: not wizard.ok_button.isEnabled())
    assert "twice" in wizard.error()


@pytest.mark.parametrize("model", TEMPLATE_MODELS)
def test_defaults_with_any_segmentation_have_no_warnings(make_wizard, model):
    wizard = make_wizard(model)
    form = wizard.form
    for dimension in SEGMENT_DIMENSIONS:
        form.dimension.setCurrentIndex(form.dimension.findData(dimension))
        for values in ("North", "North, South", "North, South, East", "North, South, East, West"):
            form.values.setText(values)
            wizard.refresh()
            assert wizard.error() is None
            warned = [f.rule for f in wizard.findings() if f.severity in ("error", "warning")]
            assert warned == [], (dimension, values)


def test_seats_set_by_hand_stay_and_managers_follow_the_setting_per_copy(make_wizard):
    # seen in use: 4 regions of 2 SDR, 2 AE, 2 AM made 12 stage managers for 24 sellers
    wizard = make_wizard("assembly_line")
    form = wizard.form
    for name in ("sdr", "ae", "am"):
        form.spins[name].setValue(2)
    form.dimension.setCurrentIndex(form.dimension.findData("region"))
    form.values.setText("North, South, East, West")
    assert [form.spins[name].value() for name in ("sdr", "ae", "am")] == [2, 2, 2]  # kept
    wizard.refresh()
    chart = wizard.chart()
    assert roles(chart).count("sales_manager") == 4  # one per region: 6 sellers, 8 per manager
    assert wizard.findings() == run(chart)
    assert not [f for f in wizard.findings() if f.severity == "warning"]
    form.per_manager.setValue(2)  # 12 managers of 2: the checks say so
    wizard.refresh()
    assert "management.over_managed" in rules(wizard)


def test_company_name_and_language(make_wizard):
    wizard = make_wizard("assembly_line")
    wizard.form.company.setText("Nordlys AS")
    wizard.form.language.setCurrentIndex(wizard.form.language.findData("nb"))
    chart = wizard.chart()
    assert chart.settings.name == "Nordlys AS – Salgsteam: samlebånd"
    assert chart.position("sales-leader").title == "Salgsdirektør"


def test_support_options(make_wizard):
    wizard = make_wizard("pod")
    wizard.form.sales_ops.setChecked(False)
    wizard.form.enablement.setChecked(False)
    assert not wizard.form.sponsor.isEnabled()
    chart = wizard.chart()
    assert "sales_ops" not in roles(chart)
    assert not any("enablement" in role for role in roles(chart))


def test_the_preview_is_read_only(make_wizard, qtbot):
    wizard = make_wizard("pod")
    wizard.show()
    qtbot.waitExposed(wizard)
    view = wizard.preview.view
    before = chart_state(wizard.preview.chart)
    card = wizard.preview.scene.card("pod-1-lead")
    start = view.mapFromScene(card.centre())
    end = view.mapFromScene(wizard.preview.scene.card("pod-2-lead").centre())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert wizard.preview.document.undo_stack.count() == 0
    assert chart_state(wizard.preview.chart) == before
    assert not view.acceptDrops() and not view.viewport().acceptDrops()


def test_new_from_template_replaces_the_chart(qtbot, monkeypatch):
    document = Document(Chart())
    document.chart.add_position(Position("x", "Old", "CEO"))

    def accept(self):
        self.set_model("island")
        self.form.company.setText("Acme")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateWizard, "exec", accept)
    assert new_from_template(None, document, "pod")
    assert "x" not in document.chart
    assert document.chart.settings.name == "Acme – Sales team: island"
    assert document.modified and document.path is None
    assert document.undo_stack.count() == 0
    monkeypatch.setattr(TemplateWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not new_from_template(None, document)
    assert document.chart.settings.name == "Acme – Sales team: island"
    document.undo_stack.clear()


def test_insert_structure_under_a_card(qtbot, monkeypatch):
    document = Document(Chart())
    document.chart.add_position(Position("ceo", "Kari", "CEO"))
    before = chart_state(document.chart)
    seen = {}

    def accept(self):
        seen["ok"] = self.ok_button.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateWizard, "exec", accept)
    top = insert_structure(None, document, "ceo", "pod")
    assert seen["ok"] == "Insert"
    assert document.chart.manager_of(top) == "ceo"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Insert pod structure (19 positions)"
    document.undo_stack.undo()
    assert chart_state(document.chart) == before
    monkeypatch.setattr(TemplateWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert insert_structure(None, document, "ceo") is None
    document.undo_stack.clear()


def test_wizard_pngs(make_wizard, qtbot, png_dir):
    for model in TEMPLATE_MODELS:
        wizard = make_wizard(model)
        wizard.show()
        qtbot.waitExposed(wizard)
        grab_checked(wizard, png_dir / f"wizard_{model}.png")
    wizard.form.spins["generalists"].setValue(20)
    wizard.refresh()
    grab_checked(wizard, png_dir / "wizard_island_findings.png")
    wizard.form.spins["generalists"].setValue(0)
    wizard.refresh()
    assert wizard.error()  # the picture shows why the wizard cannot build
    grab_checked(wizard, png_dir / "wizard_island_error.png")
    assert template_wizard.PREVIEW_DELAY_MS == PREVIEW_DELAY_MS


def test_an_empty_preview_invites_no_drop(qtbot):
    """The canvas asks to drag roles onto an empty chart; the preview takes no drops, so an
    empty preview shows its background only."""
    from orgeditor.ui.dialogs.template_preview import TemplatePreview

    preview = TemplatePreview()
    qtbot.addWidget(preview)
    preview.resize(600, 400)
    preview.show()
    qtbot.waitExposed(preview)
    assert len(preview.document.chart) == 0
    image = preview.view.viewport().grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) == 1
    preview.close_document()


def test_why_a_template_cannot_be_built_is_said_in_bokmaal(bokmaal, qtbot):
    from orgeditor.ui.dialogs.template_wizard import TemplateWizard

    wizard = TemplateWizard(model="island")
    qtbot.addWidget(wizard)
    wizard.form.spins["generalists"].setValue(0)
    wizard.refresh()
    assert wizard.error() == "Malen for øy trenger minst 1 selger."
    assert "Malen for øy trenger minst 1 selger" in wizard.preview.error.text()  # shown
    form = wizard.form
    form.dimension.setCurrentIndex(form.dimension.findData("region"))
    wizard.form.spins["generalists"].setValue(6)
    wizard.refresh()
    assert wizard.error() == "Del etter region: oppgi én eller flere verdier, skilt med komma."
    wizard.preview.close_document()
