"""analysis.diff_summary, diff_report and diff_html: an island of 12 reorganised into 3 pods
(built from the templates), the headline, the figures, the JSON and the HTML report."""

from html.parser import HTMLParser

from support.chartspec import build
from support.reorganisations import island_to_pods

from orgeditor.analysis.diff_html import diff_html
from orgeditor.analysis.diff_report import DiffSide, diff_json, diff_text
from orgeditor.analysis.diff_summary import compare, coverage_text


def test_island_to_pods_names_the_model_change_and_fixed_findings():
    island, pods = island_to_pods()
    summary = compare(island, pods)
    assert (summary.before.model, summary.after.model) == ("island", "pod")
    assert "12 of 12 sellers are generalists" in summary.before.model_reason
    assert [p.name for p in summary.pods_formed] == ["Pod 1", "Pod 2", "Pod 3"]
    assert summary.pods_dissolved == []
    assert [(p.name, p.gaps) for p in summary.after.pods if p.gaps] == [("Pod 3", ("retention",))]
    headline = summary.headline()
    assert headline[0] == (
        "island -> pods: 3 pods formed, Pod 3 has no retention role; "
        "enablement coverage 0 -> 1 per 5.5 sellers; operations coverage 0 -> 1 per 11 sellers"
    )
    assert (
        "sellers per stage: lead generation 0 -> 3, closing 0 -> 6, retention 0 -> 2, "
        "generalists 12 -> 0" in headline
    )
    assert "headcount 15 -> 18 (+3)" in headline
    fixed = {f.rule for f in summary.findings.fixed}
    assert {"enablement.missing", "operations.missing"} <= fixed
    assert [f.rule for f in summary.findings.introduced] == ["model.pod_incomplete"]
    findings_line = next(line for line in headline if line.startswith("findings:"))
    assert "enablement.missing" in findings_line and "1 introduced" in findings_line
    assert summary.diff.tally() == {"added": 17, "removed": 14, "moved": 0, "changed": 0}


def test_figures_before_after_delta():
    island, pods = island_to_pods()
    rows = {key: (a, b, d) for key, _, a, b, d in compare(island, pods).figures()}
    assert rows["positions"] == (15, 18, 3)
    assert rows["sellers"] == (12, 11, -1)
    assert rows["stage.all"] == (12, 0, -12)
    assert rows["enablement"] == (0, 2, 2)
    assert rows["enablement_coverage"] == (None, 5.5, None)
    assert rows["operations_coverage"] == (None, 11.0, None)
    assert rows["pods"] == (0, 3, 3)
    assert rows["span_max"] == (6, 6, 0)
    assert rows["layers"] == (3, 3, 0)
    assert rows["managers"] == (3, 4, 1)
    assert rows["cost"] == (None, None, None)


def test_reorganisation_keeping_ids_moves_sellers_into_pods():
    before = build(
        """
        vp: VP Sales | cost=200
          m1: Sales Manager | cost=100
            s*6: Sales Representative | cost=50 product_line=A
        """
    )
    after = build(
        """
        vp: VP Sales | cost=200
          m1: Sales Manager | cost=100
            s1: SDR | cost=50 product_line=A
            s2: Account Executive | cost=60 product_line=A
            s3: Account Manager | cost=50 product_line=A
          m2: Sales Manager | cost=110
            s4: SDR | cost=50 product_line=B
            s5: Account Executive | cost=60 product_line=B
            s6: Customer Success Manager | cost=50 product_line=B
        """
    )
    summary = compare(before, after)
    assert summary.diff.tally() == {"added": 1, "removed": 0, "moved": 3, "changed": 3}
    assert summary.after.model == "pod" and len(summary.pods_formed) == 2
    assert all(not p.gaps for p in summary.after.pods)
    assert (summary.before.cost, summary.after.cost) == (600.0, 730.0)
    headline = summary.headline()
    assert "headcount 8 -> 9 (+1), cost 600 -> 730 (+130)" in headline
    assert "segmentation cells 0 -> 2 (by product line)" in headline
    assert headline[0].startswith("island -> pods: 2 pods formed")
    # vp 1 report, m1 6; then vp 2, m1 3, m2 3
    assert "span of control mean 3.5 -> 2.7, max 6 -> 3; layers 3 -> 3" in headline


def test_coverage_words():
    summary = compare(
        build("vp: VP Sales\n  s*12: Sales Representative"),
        build("vp: VP Sales\n  s*12: Sales Representative\n  e1: Sales Enablement Specialist"),
    )
    assert coverage_text(summary.before, "enablement") == "0"
    assert coverage_text(summary.after, "enablement") == "1 per 12 sellers"
    assert "enablement coverage 0 -> 1 per 12 sellers" in summary.headline()[0]
    assert summary.headline()[0].startswith("island (model unchanged)")


def test_json_has_the_contract_keys():
    island, pods = island_to_pods()
    report = diff_json(compare(island, pods), DiffSide("a.orgchart", "As-is"), DiffSide("b.csv"))
    assert set(report) >= {"before", "after", "changes", "findings", "matched_by"}
    assert report["before"] == {
        "file": "a.orgchart",
        "scenario": "As-is",
        "model": "island",
        "counts": {"positions": 15, "sellers": 12, "enablement": 0, "operations": 0},
    }
    assert report["after"]["scenario"] is None and report["after"]["model"] == "pod"
    assert report["matched_by"] == {"id": 1, "name": 0, "title": 0}
    assert set(report["findings"]) == {"fixed", "introduced", "unchanged"}
    assert report["summary"]["headline"][0].startswith("island -> pods")


def test_text_report():
    island, pods = island_to_pods()
    text = diff_text(compare(island, pods), DiffSide("island.orgchart"), DiffSide("pods.orgchart"))
    assert text.startswith("island.orgchart -> pods.orgchart")
    assert "before: island model (inferred: 12 of 12 sellers are generalists)" in text
    assert "added    pod-1-lead: under sales-leader" in text
    assert "removed  rep-12: was under team-2-lead" in text
    assert "WARNING  model.pod_incomplete: Pod 3" in text


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []
        self.tags = []
        self.cells = []
        self._in_td = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_td = tag == "td"

    def handle_endtag(self, tag):
        self._in_td = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_td:
            self.cells.append(data)


def test_html_parses_is_self_contained_and_has_the_figures():
    island, pods = island_to_pods()
    pods.update_position("pod-1-lead", name="<script>alert(1)</script> & Co")
    page = diff_html(compare(island, pods), DiffSide("a<b>.orgchart"), DiffSide("b.orgchart"))
    parser = Collect()
    parser.feed(page)
    parser.close()
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags  # the name is escaped text, not a tag
    assert not any(a.get("src") or (t == "link") for t, a in parser.tags)
    text = "".join(parser.text)
    assert "<script>alert(1)</script> & Co" in text
    assert "a<b>.orgchart" in text
    assert "island -> pods: 3 pods formed, Pod 3 has no retention role" in text
    cells = parser.cells
    at = cells.index("Headcount (positions)")
    assert cells[at : at + 4] == ["Headcount (positions)", "15", "18", "+3"]
    at = cells.index("Sellers")
    assert cells[at : at + 4] == ["Sellers", "12", "11", "-1"]
    assert "enablement.missing" in cells and "model.pod_incomplete" in cells
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
