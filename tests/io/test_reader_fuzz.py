"""Fuzzed, truncated and damaged bytes to every reader: each call returns a chart or raises
ChartFileError (or a subclass) whose message names the file, and takes under 2 seconds.

Seeds are small real files (tests/data) and files write_chart made; inputs are random bytes,
seeds cut at random points, seeds with random byte flips, insertions and deletions, and
workbooks whose zip is intact but one part of which is damaged. test_csv_fuzz.py covers text
made of CSV-ish tokens, test_security.py hostile files (XML attacks, zip bombs).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from orgeditor.io import (
    CSV_SUFFIXES,
    READABLE_SUFFIXES,
    ChartFileError,
    GraphmlFormatError,
    XlsxFormatError,
    dumps_csv,
    dumps_orgchart,
    list_sheets,
    preview_csv,
    preview_xlsx,
    read_chart,
    write_chart,
)
from orgeditor.model import Chart, Position, Team

DATA = Path(__file__).parent.parent / "data"
# ORGEDITOR_TEST_SCALE=30 runs thirty times the examples: a deeper search than CI's
SCALE = int(os.environ.get("ORGEDITOR_TEST_SCALE", "1"))


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# ----- the readers, each call timed ------------------------------------------------------------


def _readers(suffix: str) -> list[Callable[[Path], object]]:
    """Every entry point a user's file reaches for this suffix (the import dialog previews
    CSV and Excel files, and lists a workbook's sheets, before it imports)."""
    if suffix in CSV_SUFFIXES:
        return [read_chart, preview_csv]
    if suffix == ".xlsx":
        return [read_chart, list_sheets, preview_xlsx]
    return [read_chart]


def read_everywhere(path: Path) -> None:
    """Call each reader of `path`: a chart (or preview) or one ChartFileError naming the file,
    (how long each takes: benchmarks/bench_import.py). Any other exception fails the test."""
    for reader in _readers(path.suffix):
        try:
            result = reader(path)
        except ChartFileError as error:
            message = str(error)
            assert message.startswith(f"{path.name}"), message
            assert error.detail.strip(), message
        else:
            if reader is read_chart:
                _check_chart(path, *result)  # type: ignore[misc]


def _check_chart(path: Path, chart: Chart, problems: list) -> None:
    """Whatever a reader makes of damaged input is still a chart: a forest, problems named,
    and one that can be saved (a value no file can hold must be refused when reading)."""
    assert isinstance(chart, Chart)
    assert all(p.message.startswith(path.name) for p in problems)
    for position_id in chart.position_ids():
        assert len(chart.chain_of_command(position_id)) < len(chart)
    dumps_orgchart(chart)


# ----- seeds ----------------------------------------------------------------------------------


def seed_chart() -> Chart:
    """A small chart with every kind of content the writers put in a file."""
    chart, _ = read_chart(DATA / "northwind_employees.csv")
    with chart.quiet():
        chart.update_settings(name="Northwind", declared_model="pod")
        chart.add_team(Team("t1", "Pod Ø", "pod", region="Nord"))
        ids = list(chart.position_ids())
        chart.update_position(ids[0], team="t1", cost=85000.5, xy=(10.0, -20.0))
        chart.update_position(ids[1], team="t1", explicit_role="sales_leader", status="vacant")
        chart.update_position(ids[2], custom={"=note": '@x, "y"\nz'}, location="Bodø")
        chart.add_dotted_line(ids[1], ids[2])
        chart.add_position(Position("v", "", "Account Executive", status="planned"), ids[1])
    return chart


def _workbook(chart: Chart) -> bytes:
    """An .xlsx of the chart's CSV rows, with a second sheet, as Excel users make them."""
    import csv

    book = Workbook()
    sheet = book.active
    sheet.title = "Org"
    for row in csv.reader(io.StringIO(dumps_csv(chart), newline="")):
        sheet.append([int(cell) if cell.isdigit() else cell for cell in row])
    book.create_sheet("Notes").append(["name", "title"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@cache
def seeds() -> dict[str, bytes]:
    """{file name: bytes}: the suffix says which reader gets it."""
    import tempfile

    chart = seed_chart()
    out = {
        "northwind.csv": (DATA / "northwind_employees.csv").read_bytes(),
        "drawio.txt": (DATA / "drawio_orgchart_example.txt").read_bytes(),
        "workbook.xlsx": _workbook(chart),
    }
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".csv", ".graphml", ".orgchart"):
            path = Path(folder) / f"written{suffix}"
            write_chart(chart, path)
            out[path.name] = path.read_bytes()
    out["written.tsv"] = out["written.csv"].replace(b",", b"\t")
    return out


SEED_NAMES = ["northwind.csv", "drawio.txt", "workbook.xlsx", "written.csv", "written.tsv"]
SEED_NAMES += ["written.graphml", "written.orgchart"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_the_seeds_read_cleanly(tmp_path, name: str) -> None:
    """The damage starts from files every reader takes whole, without a problem."""
    path = tmp_path / name
    path.write_bytes(seeds()[name])
    chart, problems = read_chart(path)
    assert len(chart) >= 4 and problems == []
    read_everywhere(path)


# ----- random bytes -------------------------------------------------------------------------

_MAGIC = [
    b"",
    b"\xef\xbb\xbf",  # UTF-8 byte order mark
    b"\xff\xfe",  # UTF-16 LE
    b"\xfe\xff",
    b"PK\x03\x04",  # zip (xlsx)
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE (xls)
    b"<?xml version='1.0'?>",
    b"<?xml version='1.0' encoding='",
    b"<graphml xmlns='http://graphml.graphdrawing.org/xmlns'><graph>",
    b'{"format": "orgeditor.chart", "version": 1, ',
    b"id,name,title,manager_id\n",
    b'## comment\n# connect: {"from": "m", "to": "name", "invert": true}\n',
    b"sep=;\n",
]
RANDOM_BYTES = st.tuples(st.sampled_from(_MAGIC), st.binary(max_size=4096)).map(b"".join)


@fuzz_settings(60)
@pytest.mark.parametrize("suffix", READABLE_SUFFIXES)
@given(data=RANDOM_BYTES)
def test_random_bytes(tmp_path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    read_everywhere(path)


# ----- damaged copies of real files -------------------------------------------------------


# pieces of the formats' syntax, and numbers that have broken readers elsewhere: inserting
# them reaches further into a parser than random bytes do
_TOKENS = [
    *(b"<", b">", b"</", b"/>", b"&", b"&amp;", b"&#0;", b"]]>", b"<![CDATA[", b"<!DOCTYPE x>"),
    *(b"<?xml version='1.0' encoding='utf-7'?>", b" r='", b"<row r='99999999999'>"),
    *(b"<c r='XFD1048576' t='s'><v>99</v></c>", b" t='inlineStr'", b" t='d'", b" s='999'"),
    *(b'"', b"'", b",", b";", b"\t", b"\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe"),
    *(b"{", b"}", b"[", b"]", b"null", b"true", b'"id"', b'"manager"', b'"version": 99'),
    *(b"-1", b"0", b"1e999", b"NaN", b"99999999999999999999", b"\xc3", b"\xf0\x9f"),
    *(b'"\\ud800"', b'"\\ud83d\\ude00"', b"9" * 400, b"1" + b"0" * 400, b"[" * 500),
    *(b"#", b"## x", b"# connect: ", b"sep=;", b"id,name,manager_id", b"=1+2"),
]


@st.composite
def damaged(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few random byte flips, insertions (random or format syntax),
    deletions and copied blocks."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "token", "delete", "cut"]))
        if action == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif action == "token":
            data[at:at] = draw(st.sampled_from(_TOKENS))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        else:  # a block of the file copied elsewhere, as a bad merge leaves it
            size = draw(st.integers(1, 256))
            data[draw(st.integers(0, len(data))) : 0] = data[at : at + size]
    return bytes(data)


@fuzz_settings(40)
@pytest.mark.parametrize("name", SEED_NAMES)
@given(data=st.data())
def test_truncated_files(tmp_path, name: str, data: st.DataObject) -> None:
    seed = seeds()[name]
    cut = data.draw(st.integers(0, len(seed) - 1), label="cut at")
    path = tmp_path / name
    path.write_bytes(seed[:cut])
    read_everywhere(path)


@fuzz_settings(60)
@pytest.mark.parametrize("name", SEED_NAMES)
@given(data=st.data())
def test_damaged_files(tmp_path, name: str, data: st.DataObject) -> None:
    path = tmp_path / name
    path.write_bytes(data.draw(damaged(seeds()[name]), label="bytes"))
    read_everywhere(path)


# ----- .orgchart: a member JSON holds and a saved chart may not, in any object ------------------

# values that broke saving (an infinite number, lone surrogates) or copying (deep nesting), or
# the model (a whole number too large for a float), and their harmless neighbours
_VALUES = [
    *(b"1e400", b"-1e999", b"1e308", b"1e-400", b"1" + b"0" * 400, b"12.5", b"null", b"{}"),
    *(b'"\\ud800"', b'"\\udc00x"', b'"\\ud83d\\ude00"', b'"\\\\ud800"', b'"\\\\ud83d\\ude00"'),
    *(b"[" * 65 + b"]" * 65, b"[" * 64 + b"]" * 64, b'{"a": ' * 700 + b"1" + b"}" * 700),
    *(b"[0, 1e400]", b'{"k": "\\udfff"}', b"[1" + b"0" * 400 + b", 0]"),
]
_NAMES = [
    b"x",
    b"cost",
    b"xy",
    b"name",
    b"custom",
    b"rule_overrides",
    b"\\ud800",
    b"\\ud83d\\ude00",
]


@fuzz_settings(80)
@given(data=st.data())
def test_orgchart_with_a_member_inserted(tmp_path, data: st.DataObject) -> None:
    """A member after some "{" of a saved chart (so the JSON stays valid): the chart is refused
    with a message, or it opens and can be saved again (such files opened and never saved)."""
    seed = seeds()["written.orgchart"]
    opening = [i + 1 for i, byte in enumerate(seed) if byte == ord("{")]
    at = data.draw(st.sampled_from(opening), label="after the { at")
    name = data.draw(st.sampled_from(_NAMES), label="name")
    value = data.draw(st.sampled_from(_VALUES), label="value")
    path = tmp_path / "member.orgchart"
    path.write_bytes(seed[:at] + b'"' + name + b'": ' + value + b", " + seed[at:])
    read_everywhere(path)


# ----- workbooks: an intact zip with a damaged part ------------------------------------------


def _parts(workbook: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


@fuzz_settings(80)
@given(data=st.data())
def test_workbooks_with_a_damaged_part(tmp_path, data: st.DataObject) -> None:
    """The zip is valid (CRCs match), so openpyxl itself meets the broken XML."""
    parts = _parts(seeds()["workbook.xlsx"])
    name = data.draw(st.sampled_from(sorted(parts)), label="part")
    how = data.draw(st.sampled_from(["cut", "damage", "random", "drop"]), label="how")
    if how == "cut":
        parts[name] = parts[name][: data.draw(st.integers(0, len(parts[name])))]
    elif how == "damage":
        parts[name] = data.draw(damaged(parts[name]))
    elif how == "random":
        parts[name] = data.draw(st.binary(max_size=2048))
    else:
        del parts[name]
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(_zip(parts))
    read_everywhere(path)


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return buffer.getvalue()


# ----- what the fuzzing found, kept as plain tests ----------------------------------------------


@pytest.mark.parametrize("encoding", ["TTF-8", "shift_jis", "utf-7", "rot13", "undefined"])
def test_xml_declaring_an_unusable_encoding(tmp_path, encoding: str) -> None:
    """expat raised LookupError or ValueError, which escaped the GraphML and Excel readers."""
    declaration = f"<?xml version='1.0' encoding='{encoding}'?>".encode()
    graphml = tmp_path / "encoding.graphml"
    graphml.write_bytes(declaration + seeds()["written.graphml"].split(b"?>", 1)[1])
    with pytest.raises(GraphmlFormatError) as caught:
        read_chart(graphml)
    assert str(caught.value).startswith("encoding.graphml: not valid XML (its declared encoding")
    parts = _parts(seeds()["workbook.xlsx"])
    parts["xl/workbook.xml"] = declaration + parts["xl/workbook.xml"]
    workbook = tmp_path / "encoding.xlsx"
    workbook.write_bytes(_zip(parts))
    with pytest.raises(XlsxFormatError) as caught:
        read_chart(workbook)
    assert str(caught.value).startswith("encoding.xlsx: the workbook is damaged: part 'xl/workb")


def test_a_workbook_missing_a_byte_before_its_zip_directory(tmp_path) -> None:
    """Every part's offset is then off by one: zipfile raised ValueError (a negative seek)."""
    data = seeds()["workbook.xlsx"]
    path = tmp_path / "short.xlsx"
    path.write_bytes(data[:100] + data[101:])
    with pytest.raises(XlsxFormatError) as caught:
        read_chart(path)
    assert str(caught.value).startswith("short.xlsx: the workbook is damaged: part ")
    read_everywhere(path)


def test_a_draw_io_connect_nested_too_deep(tmp_path) -> None:
    """json.loads raised RecursionError on "# connect: [[[[...", which escaped read_csv."""
    path = tmp_path / "deep.txt"
    path.write_text("# connect: " + "[" * 4000 + "\nname,manager\nAda,\nBo,Ada\n", "utf-8")
    chart, problems = read_chart(path)
    assert [p.name for p in chart.positions()] == ["Ada", "Bo"] and problems == []
    read_everywhere(path)
