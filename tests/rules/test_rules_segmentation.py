"""segmentation.*: excessive segmentation and thin cells."""

from support.chartspec import build, fired, sellers_line

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
    assert found.message == (
        "5 sellers split by region (2) into 2 segments: 2.5 sellers each, fewer than 3"
    )
    assert found.positions == ("r1x1", "r1x2")  # the sellers of the segment below 3


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
        "29 sellers split by region (2), product line (2) and vertical (2): "
        "3 ways of splitting customers for fewer than 30 sellers"
    )
    assert len(found.positions) == 29  # the whole split is in question


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
    assert found.message == (
        "2 sellers split by region (2), product line (2) and vertical (2) into 2 segments: "
        "1.0 seller each, fewer than 3; 3 ways of splitting customers for fewer than 30 sellers"
    )
    assert found.positions == ("a", "b")


def test_excessive_names_dimensions_values_and_the_sellers_of_the_pitch_case():
    # the product's pitch: a head of sales with 2 SDRs, 2 AEs and 2 AMs over 4 regions and
    # 3 product lines
    chart = build("""
        vp: Head of Sales | name="Vera Berg"
          s1: SDR | region=North product_line=Core
          s2: SDR | region=South product_line=Cloud
          a1: Account Executive | region=East product_line=Payments
          a2: Account Executive | region=West product_line=Core
          m1: Account Manager | region=North product_line=Cloud
          m2: Account Manager | region=South product_line=Payments
    """)
    (found,) = fired(run(chart), "segmentation.excessive")
    assert found.message == (
        "6 sellers split by region (4) and product line (3) into 6 segments: "
        "1.0 seller each, fewer than 3"
    )
    assert found.positions == ("a1", "a2", "m1", "m2", "s1", "s2")  # the sellers, not the leader


def test_excessive_silent_just_at_the_threshold_with_two_dimensions():
    chart = build(f"""
        vp: VP Sales
          {sellers_line("a", 3, region="West", product_line="Core")}
          {sellers_line("b", 3, region="East", product_line="Cloud")}
    """)
    assert not fired(run(chart), "segmentation.excessive")


# ----- segmentation.thin_cell: one finding per cell with exactly one seller ---------------


def test_thin_cell_fires_for_a_lone_seller():
    findings = fired(run(regions(("West", 2), ("East", 1), ("North", 1))), "segmentation.thin_cell")
    assert [f.positions for f in findings] == [("r1x1",), ("r2x1",)]
    assert findings[0].severity == "info"
    assert findings[0].message == (
        "Segment region East has 1 seller (R1X1): nobody to cover for them"
    )


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
