"""The analysis tests build charts with the compact spec helper of tests/rules, and share one
sales org (the org fixture)."""

import pytest
from support.chartspec import build

# Five managers, five sellers (one vacant, one planned), cost on half the positions, a team.
SALES_ORG = """
    ceo: CEO | cost=200
      cro: Chief Revenue Officer | cost=180
        vp: VP Sales | cost=150
          m1: Sales Manager | cost=100 team=west
            s*2: SDR | cost=50 team=west
            a1: Account Executive | status=vacant team=west
          m2: Sales Manager
            g1: Sales Representative | region=East cost=60
            g2: Sales Representative | status=planned region=East
        ops: Sales Analyst
        e1: Sales Enablement Specialist
        v1: VP of Sales Enablement
      cfo: CFO
"""


@pytest.fixture
def org():
    """org() -> a fresh chart of SALES_ORG, each call a new one."""
    return lambda: build(SALES_ORG, teams={"west": {"region": "West"}})
