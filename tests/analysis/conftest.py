"""The analysis tests build charts with the compact spec helper of tests/rules."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "rules"))
