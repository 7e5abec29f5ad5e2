"""The UI tests outside tests/ui/canvas share its helpers (canvas_helpers: a small sales chart,
a shown canvas)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "canvas"))
