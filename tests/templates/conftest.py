"""The template tests share template_checks.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
