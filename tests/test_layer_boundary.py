"""The Qt-free layers must never pull in PySide6 (DESIGN.md, 'Layers')."""

import subprocess
import sys

QT_FREE = ["model", "rules", "analysis", "layout", "io", "templates"]


def test_qt_free_layers_do_not_import_pyside6():
    code = (
        "import sys\n"
        + "".join(f"import orgeditor.{name}\n" for name in QT_FREE)
        + "import orgeditor.cli\n"
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
