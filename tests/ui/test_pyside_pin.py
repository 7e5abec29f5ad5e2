"""Regression guard for PySide6-Essentials 6.12.0, which drops a reference to None on every
call that returns nothing: on Python < 3.12 the process dies with 'none_dealloc' after a few
thousand such calls. Run in a child process so a crash fails this test, not the whole run."""

import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
item = QGraphicsRectItem(0, 0, 10, 10)
for i in range(20000):
    item.setPos(i, i)
    item.setZValue(i)
print("ok", item.pos().x())
"""


def test_twenty_thousand_void_calls_survive():
    out = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["ok", "19999.0"]
