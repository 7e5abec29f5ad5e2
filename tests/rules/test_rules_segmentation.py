"""segmentation.*: excessive segmentation and thin cells."""

from chartspec import build, fired, sellers_line

from orgeditor.rules import run


def regions(*counts: tuple[str, int]):
    lines = ["vp: VP Sales"]
    for n, (region, count) in enumerate(counts):
        lines.append("  " + sellers_line(f"r{n}x", count, region=region))
    return build("\n".join(lines))


# ----- segmentation.excessive, first clause: sellers / occupied cells < 3 ----------------


def test_excessive_silent_at_three_per_cell():
    assert not fired(run(regions(("West", 3), ("East", 3))), "segmentation.excessive")


def test_excessive_fires_below_three_per_cell():
    (found,) = fired(run(regions(("West", 3), ("East", 2))), "segmentation.excessive")
    assert found.severity == "warning"
    assert found.message == "5 sellers in 2 segments (2.5 per segment, fewer than 3)"
    assert found.positions == ("vp",)


def test_one_value_is_no_segmentation():
    chart = regions(("West", 2))
    findings = run(chart)
    assert not fired(findings, "segmentation.excessive")
    assert not fired(findings, "segmentation.thin_cell")


# ----- segmentation.excessive, second clause: >= 3 dimensions while sellers < 30 ---------


def three_dimensions(count_a: int, count_b: int):
    # two cells only, so the first clause stays quiet
    return build(f"""
        vp: VP Sales
          {sellers_line("a", count_a, region="West", product_line="Core", vertical="Retail")}
          {sellers_line("b", count_b, region="East", product_line="Cloud", vertical="Bank")}
    """)


def test_excessive_fires_with_three_dimensions_and_29_sellers():
    (found,) = fired(run(three_dimensions(15, 14)), "segmentation.excessive")
    assert found.message == (
        "3 segmentation dimensions (region, product_line, vertical) for 29 sellers (fewer than 30)"
    )


def test_excessive_silent_with_three_dimensions_and_30_sellers():
    assert not fired(run(three_dimensions(15, 15)), "segmentation.excessive")


def test_excessive_silent_with_two_dimensions():
    chart = build(f"""
        vp: VP Sales
          {sellers_line("a", 5, region="West", product_line="Core")}
          {sellers_line("b", 5, region="East", product_line="Cloud")}
    """)
    assert not fired(run(chart), "segmentation.excessive")


def test_excessive_both_clauses_in_one_finding():
    chart = build("""
        vp: VP Sales
          a: Sales Rep | region=West product_line=Core vertical=Retail
          b: Sales Rep | region=East product_line=Cloud vertical=Bank
    """)
    (found,) = fired(run(chart), "segmentation.excessive")
    assert "2 sellers in 2 segments" in found.message
    assert "3 segmentation dimensions" in found.message


# ----- segmentation.thin_cell: one finding per cell with exactly one seller ---------------


def test_thin_cell_fires_for_a_lone_seller():
    findings = fired(run(regions(("West", 2), ("East", 1), ("North", 1))), "segmentation.thin_cell")
    assert [f.positions for f in findings] == [("r1x1",), ("r2x1",)]
    assert findings[0].severity == "info"
    assert findings[0].message == "Segment region East has 1 seller (R1X1) and no cover"


def test_thin_cell_silent_at_two_sellers():
    assert not fired(run(regions(("West", 2), ("East", 2))), "segmentation.thin_cell")


def test_missing_value_is_an_unassigned_cell():
    chart = build("""
        vp: VP Sales
          w*2: Sales Rep | region=West
          e*2: Sales Rep | region=East
          x: Sales Rep
    """)
    (found,) = fired(run(chart), "segmentation.thin_cell")
    assert found.positions == ("x",)
    assert "region unassigned" in found.message


def test_team_values_count_for_members():
    chart = build(
        """
        vp: VP Sales
          w*2: Sales Rep | team=west
          e1: Sales Rep | region=East
        """,
        teams={"west": {"region": "West"}},
    )
    (found,) = fired(run(chart), "segmentation.thin_cell")
    assert found.positions == ("e1",)


def test_cells_combine_used_dimensions():
    chart = build("""
        vp: VP Sales
          a*2: Sales Rep | region=West product_line=Core
          b*2: Sales Rep | region=West product_line=Cloud
          c1: Sales Rep | region=East product_line=Core
    """)
    (found,) = fired(run(chart), "segmentation.thin_cell")
    assert found.positions == ("c1",)
    assert "region East, product line Core" in found.message
