"""How fast, and in how little memory, the cap on positions stops a bomb-shaped file.

    python benchmarks/bench_import_cap.py [ROWS] [CAP]     (default: 980000 rows, cap 250000)

Writes, into a temporary folder, a CSV file and an .xlsx workbook of ROWS positions (the
workbook built like the hostile-input finding: small, highly compressed, under every zip-bomb
limit of io/xlsx_reader.py), then reads each in a fresh process with read_chart(path, CAP) and
prints the file size, whether the read was refused, the wall time and the process's peak
memory (ru_maxrss). A fresh process per read keeps one read's memory out of the next one's
figure. With CAP at or above ROWS the file is read whole: the cost the cap saves.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Org" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
# the header's texts, then the name and title every row shares
_STRINGS = ("id", "name", "title", "manager id", "Seller", "Account Executive")
_SHARED = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + "".join(f"<si><t>{text}</t></si>" for text in _STRINGS)
    + "</sst>"
)


def write_workbook(path: Path, rows: int) -> None:
    """A sheet of `rows` positions (id, name, title, manager id) under a header row, written
    straight as XML as a hostile file would be: shared strings, no cell references, so that
    each row is some 60 bytes that compress about 70 to 1 (openpyxl would also take minutes
    to write a million rows)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", _SHARED)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData>"
            )
            header = "".join(f'<c t="s"><v>{i}</v></c>' for i in range(4))
            sheet.write(f"<row>{header}</row>".encode())
            chunk = []
            for i in range(1, rows + 1):
                chunk.append(
                    f'<row><c><v>{i}</v></c><c t="s"><v>4</v></c><c t="s"><v>5</v></c>'
                    f"<c><v>{i // 8}</v></c></row>"
                )
                if len(chunk) == 10_000:
                    sheet.write("".join(chunk).encode())
                    chunk = []
            sheet.write("".join(chunk).encode())
            sheet.write(b"</sheetData></worksheet>")


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("id,name,title,manager id\r\n")
        for i in range(1, rows + 1):
            out.write(f"{i},Seller,Account Executive,{i // 8}\r\n")


def read_once(path: str, cap: int) -> None:
    """In this (fresh) process: read, then print 'refused|read seconds peak_mb detail'."""
    from orgeditor.io import ChartFileError, read_chart

    start = time.perf_counter()
    try:
        chart, _problems = read_chart(path, cap)
        outcome, detail = "read", f"{len(chart):,} positions"
    except ChartFileError as error:
        outcome, detail = "refused", str(error)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(f"{outcome}|{seconds:.2f}|{peak_mb:.0f}|{detail}")


def measure(path: Path, cap: int) -> str:
    done = subprocess.run(
        [sys.executable, __file__, "--read-once", str(path), str(cap)],
        capture_output=True,
        text=True,
        check=True,
    )
    outcome, seconds, peak, detail = done.stdout.strip().split("|", 3)
    size = path.stat().st_size / 1024 / 1024
    return (
        f"{path.suffix:6} {size:6.1f} MB  {outcome:8} {float(seconds):7.2f} s  "
        f"peak {int(peak):5d} MB  {detail[:90]}"
    )


def main(argv: list[str]) -> None:
    if argv[:1] == ["--read-once"]:
        read_once(argv[1], int(argv[2]))
        return
    rows = int(argv[0]) if argv else 980_000
    cap = int(argv[1]) if len(argv) > 1 else 250_000
    with tempfile.TemporaryDirectory() as folder:
        workbook, table = Path(folder) / "bomb.xlsx", Path(folder) / "bomb.csv"
        write_workbook(workbook, rows)
        write_csv(table, rows)
        with zipfile.ZipFile(workbook) as archive:
            info = archive.getinfo("xl/worksheets/sheet1.xml")
            ratio = info.file_size / info.compress_size
        print(f"{rows:,} rows; cap {cap:,}; the sheet unpacks {ratio:.0f} to 1")
        for path in (table, workbook):
            print(measure(path, cap))


if __name__ == "__main__":
    main(sys.argv[1:])
