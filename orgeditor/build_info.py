"""What `orgeditor --version` and the About box say about the running build.

From source or an installed wheel: the package version. From the standalone build
(packaging/orgeditor.spec): also the build written into the bundle at build time
(orgeditor/build_info.json: the date, `git describe`, and the Qt and Python versions bundled).
Qt-free: `orgeditor --version` must not load Qt.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BUILD_INFO_FILE = "build_info.json"


def standalone_build() -> dict[str, str] | None:
    """The build info of the standalone bundle this runs from; None when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    try:
        info = json.loads((base / "orgeditor" / BUILD_INFO_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return {str(key): str(value) for key, value in info.items()} if isinstance(info, dict) else None


def build_description(info: dict[str, str]) -> str:
    """ "standalone build 2026-12-03 v0.1.0-3-gabc1234, Qt 6.11.3, Python 3.11.7" """
    made = " ".join(part for part in (info.get("date", ""), info.get("git", "")) if part)
    return f"standalone build {made}, Qt {info.get('qt', '?')}, Python {info.get('python', '?')}"


def version_line(version: str) -> str:
    """What `orgeditor --version` prints, given the package version (cli.package_version)."""
    info = standalone_build()
    line = f"orgeditor {version}"
    return f"{line} ({build_description(info)})" if info else line
