"""The compare view in the interface language: with the interface in Bokmål the summary, the
changes' tooltips, the findings in it and the exported reports (HTML, PDF) are Bokmål; the
English interface keeps the English summary (tests/ui/test_compare_view.py)."""

from __future__ import annotations

from support.reorganisations import island_to_pods

from orgeditor.model.scenarios import Scenarios

ENGLISH_HEADINGS = ("Reorganisation", "Figures", "Pods after", "Findings fixed", "headcount")


def island_and_pods() -> Scenarios:
    island, pods = island_to_pods()
    scenarios = Scenarios(island)
    scenarios.add("Poder", pods)
    scenarios.show("Poder")
    return scenarios


def compare_view(window):
    window.document.replace_chart(island_and_pods(), None)
    window.scenario_actions.compare_scenarios.trigger()
    dialog = window.compare_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_compare_view_speaks_bokmaal(bokmaal, window, tmp_path):
    dialog = compare_view(window)
    summary = dialog.summary_view.toPlainText()
    assert "øy -> poder: 3 poder opprettet, Pod 3 mangler en rolle for kundeoppfølging" in summary
    for words in ("Modell", "Nøkkeltall", "Poder etter", "Løste funn (3)", "Nye funn (1)"):
        assert words in summary, words
    assert "Bemanning (stillinger)" in summary and "bemanning 15 -> 18 (+3)" in summary
    assert "Pod 3 (4 medlemmer) mangler kundeoppfølging" in summary  # the finding in Bokmål
    assert [w for w in ENGLISH_HEADINGS if w in summary] == []
    tips = {dialog.changes.item(i).toolTip() for i in range(dialog.changes.count())}
    assert "ny       pod-1-lead: under sales-leader" in tips
    assert "fjernet  rep-12: var under team-2-lead" in tips
    dialog.write_report(tmp_path / "rapport.html")
    page = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert '<html lang="nb">' in page and "<h2>Løste funn (3)</h2>" in page
    assert "Omorganisering: " in page  # the title, through the dialog's translation
    dialog.write_report(tmp_path / "rapport.pdf")
    data = (tmp_path / "rapport.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert "Omorganisering".encode("utf-16-be") in data  # the document's title property


def test_the_english_interface_keeps_the_english_summary(window):
    dialog = compare_view(window)
    summary = dialog.summary_view.toPlainText()
    assert "island -> pods: 3 pods formed, Pod 3 has no retention role" in summary
    assert all(w in summary for w in ENGLISH_HEADINGS if w != "Reorganisation")
    assert "Nøkkeltall" not in summary and "funn" not in summary
