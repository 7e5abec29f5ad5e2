"""What a real-size chart gives on paper and as a picture, compact and wide.

    python benchmarks/bench_print.py [--sizes 1000 10000] [--out DIR]

For the 293-position company and generated charts: the PNG at the default scale (2; capped
at 16,384 px on the long side, the note says when), the one-page A4 PDF's card text size,
and the number of A4 pages at 100 % (split, empty pages skipped). Files go to --out (a
temporary folder by default) and are measured there. 50,000 positions work too, but take a
few minutes for the PDF.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.companies import company  # noqa: E402

from orgeditor.io import read_chart  # noqa: E402
from orgeditor.render import render_pdf, render_png  # noqa: E402

SOFTUNI = ROOT / "tests" / "data" / "softuni_employees.csv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="orgeditor-print-"))
    out.mkdir(parents=True, exist_ok=True)
    charts = [("293-position company", read_chart(SOFTUNI)[0])]
    charts += [(f"generated {n:,}", company(n)) for n in args.sizes]
    print(f"{'chart':<24}{'style':<9}{'PNG (px)':>20}{'1-page A4 text':>16}{'A4 pages':>10}")
    for name, chart in charts:
        for style in ("compact", "wide"):
            chart.settings.layout = style
            stem = out / f"{name.split()[-1].replace(',', '')}-{style}"
            start = time.perf_counter()
            png = render_png(chart, stem.with_suffix(".png"))
            fit = render_pdf(chart, stem.with_suffix(".fit.pdf"), "A4")
            split = render_pdf(chart, stem.with_suffix(".split.pdf"), "A4", pages="split")
            seconds = time.perf_counter() - start
            size = f"{png.width:,} x {png.height:,}" + (" *" if png.note else "")
            text = f"{fit.text_pt:.1f} pt" if hasattr(fit, "text_pt") else _pt(fit.note)
            print(f"{name:<24}{style:<9}{size:>20}{text:>16}{split.pages:>10}  ({seconds:.0f} s)")
    print("* scaled down to the 16,384 px cap")
    print(f"files in {out}")
    return 0


def _pt(note: str) -> str:
    """The text size a one-page PDF's note names ('card text prints at 1.2 pt ...')."""
    for word, following in zip(note.split(), note.split()[1:], strict=False):
        if following == "pt":
            return f"{word} pt"
    return ">= 6 pt"


if __name__ == "__main__":
    raise SystemExit(main())
