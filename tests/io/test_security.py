"""Bad input and security (issue 5): each reader returns a chart or raises ChartFileError naming
the file; XML goes through defusedxml; an .xlsx zip bomb is refused before unpacking; paths and
URLs inside imported data are never opened. Every malicious file is made by the test."""

from __future__ import annotations

import contextlib
import io
import struct
import sys
import tracemalloc
import zipfile
from collections.abc import Iterator

import pytest
from openpyxl import Workbook

from orgeditor.io import (
    ChartFileError,
    GraphmlFormatError,
    XlsxFormatError,
    read_chart,
    read_graphml,
    read_xlsx,
    write_graphml,
    xlsx_reader,
)

# ----- recording what the process opens (Python audit events) ---------------------------------

_EVENTS: list[tuple[str, tuple]] = []
_STATE = {"installed": False, "recording": False}
_WATCHED = ("open", "socket.connect", "socket.getaddrinfo", "urllib.Request", "subprocess.Popen")


def _hook(event: str, args: tuple) -> None:
    if _STATE["recording"] and event in _WATCHED:
        _EVENTS.append((event, args))


@contextlib.contextmanager
def recording() -> Iterator[list[tuple[str, tuple]]]:
    """The audit events (opens, connections, processes) raised inside the block."""
    if not _STATE["installed"]:  # an audit hook cannot be removed: install it once, switch it
        sys.addaudithook(_hook)
        _STATE["installed"] = True
    _EVENTS.clear()
    _STATE["recording"] = True
    try:
        yield _EVENTS
    finally:
        _STATE["recording"] = False


def _opened(events: list[tuple[str, tuple]], needle: str) -> list[tuple[str, tuple]]:
    return [e for e in events if e[0] == "open" and needle in str(e[1][0])]


# ----- GraphML: XML attacks --------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE graphml [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
 <key id="n" for="node" attr.name="name" attr.type="string"/>
 <graph edgedefault="directed"><node id="a"><data key="n">&lol9;</data></node></graph>
</graphml>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
 <key id="n" for="node" attr.name="name" attr.type="string"/>
 <graph edgedefault="directed"><node id="a"><data key="n">&secret;</data></node></graph>
</graphml>
"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE graphml SYSTEM "http://127.0.0.1:9/evil.dtd">
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>
"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>
"""


def test_billion_laughs_is_refused_at_once(write_file) -> None:
    path = write_file("laughs.graphml", BILLION_LAUGHS)
    tracemalloc.start()
    try:
        with pytest.raises(GraphmlFormatError) as caught:
            read_chart(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # 10**9 "lol"s would be gigabytes
    assert str(caught.value).startswith("laughs.graphml: refused: the file declares a document")
    assert "nothing was read" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("xxe.graphml", EXTERNAL_ENTITY),
        ("dtd.graphml", EXTERNAL_DTD),
        ("param.graphml", PARAMETER_ENTITY),
    ],
)
def test_external_references_are_refused_and_nothing_is_read(write_file, name, text) -> None:
    path = write_file(name, text)
    with recording() as events, pytest.raises(GraphmlFormatError) as caught:
        read_graphml(path)
    message = str(caught.value)
    assert message.startswith(f"{name}: refused: the file declares a document type")
    assert "root:" not in message  # no line of /etc/passwd leaks into the message
    assert _opened(events, "passwd") == []
    assert not [e for e in events if e[0].startswith(("socket", "urllib"))]
    assert [e for e in events if e[0] == "open"] == _opened(events, name)  # only the file itself


# ----- XLSX: zip bombs and broken workbooks ------------------------------------------------


def _zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _declare_size(data: bytes, size: int) -> bytes:
    """Make every central-directory entry claim `size` unpacked bytes (a lying zip)."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<I", out, at + 24, size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def forbid_unpacking(monkeypatch) -> None:
    """From now on, fail the test if anything opens an entry of a zip or calls openpyxl."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("an entry was unpacked")

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)
    monkeypatch.setattr("openpyxl.load_workbook", refuse)


def test_zip_bomb_by_ratio_is_refused_before_unpacking(tmp_path, monkeypatch) -> None:
    path = tmp_path / "bomb.xlsx"
    chunk = b"<row/>" * (1 << 18)  # 1.5 MB; 64 chunks: 96 MB that deflate to about 100 KB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as entry:
            for _ in range(64):
                entry.write(chunk)
    assert path.stat().st_size < 1_000_000
    forbid_unpacking(monkeypatch)
    tracemalloc.start()
    try:
        with pytest.raises(XlsxFormatError) as caught:
            read_xlsx(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000
    message = str(caught.value)
    assert message.startswith("bomb.xlsx: refused: the part 'xl/worksheets/sheet1.xml' is")
    assert "limit 100 to 1" in message and "zip bomb" in message


def test_zip_bomb_by_declared_total_is_refused(tmp_path, monkeypatch) -> None:
    data = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    path = tmp_path / "huge.xlsx"
    path.write_bytes(_declare_size(data, 150 * 1024 * 1024))  # 2 x 150 MB declared
    forbid_unpacking(monkeypatch)
    with pytest.raises(XlsxFormatError) as caught:
        read_xlsx(path)
    assert str(caught.value) == (
        "huge.xlsx: refused: the workbook would unpack to 300.0 MB (limit 200.0 MB); "
        "it looks like a zip bomb"
    )


def test_too_many_entries_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(xlsx_reader, "MAX_ENTRIES", 50)
    path = tmp_path / "many.xlsx"
    path.write_bytes(_zip({f"xl/part{i}.xml": b"<x/>" for i in range(51)}))
    forbid_unpacking(monkeypatch)
    with pytest.raises(XlsxFormatError, match=r"^many\.xlsx: refused: .* has 51 parts"):
        read_xlsx(path)


def _workbook_bytes() -> bytes:
    book = Workbook()
    book.active.append(["name", "title"])
    book.active.append(["Ada", "CEO"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_dtd_inside_a_workbook_part_is_refused(tmp_path) -> None:
    source = zipfile.ZipFile(io.BytesIO(_workbook_bytes()))
    entries = {info.filename: source.read(info) for info in source.infolist()}
    workbook = entries["xl/workbook.xml"].decode("utf-8")
    body = workbook.split("?>", 1)[1] if workbook.startswith("<?xml") else workbook
    doctype = '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    entries["xl/workbook.xml"] = f'<?xml version="1.0"?>{doctype}{body}'.encode()
    path = tmp_path / "xxe.xlsx"
    path.write_bytes(_zip(entries))
    with recording() as events, pytest.raises(XlsxFormatError) as caught:
        read_xlsx(path)
    assert str(caught.value).startswith(
        "xxe.xlsx: refused: the part 'xl/workbook.xml' declares a document type"
    )
    assert _opened(events, "passwd") == []


def test_the_real_workbook_still_reads(tmp_path) -> None:
    path = tmp_path / "ok.xlsx"
    path.write_bytes(_workbook_bytes())
    chart, _ = read_xlsx(path)
    assert [p.name for p in chart.positions()] == ["Ada"]


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        (
            "truncated.xlsx",
            lambda: _workbook_bytes()[:1500],
            "truncated.xlsx: the workbook is damaged or incomplete",
        ),
        (
            "text.xlsx",
            lambda: b"name,title\nAda,CEO\n",
            "text.xlsx: not an Excel workbook (.xlsx): not a zip archive",
        ),
        (
            "old.xlsx",
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "old.xlsx: is an old Excel 97-2003 workbook (.xls)",
        ),
        (
            "photos.xlsx",
            lambda: _zip({"photo.jpg": b"\xff\xd8\xff" + bytes(100)}),
            "photos.xlsx: not a readable Excel workbook",
        ),
        ("empty.xlsx", lambda: b"", "empty.xlsx: not an Excel workbook (.xlsx)"),
    ],
)
def test_broken_workbooks(tmp_path, name, make, message) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(XlsxFormatError) as caught:
        read_chart(path)
    assert str(caught.value).startswith(message)


# ----- every reader: a chart or one documented error ------------------------------------------

GARBAGE = {
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    "zip": _zip({"a.txt": b"hello"}),
    "xml": b"<?xml version='1.0'?><html><body/></html>",
    "json": b'{"format": "something else"}',
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".graphml", ".orgchart"])
@pytest.mark.parametrize("kind", sorted(GARBAGE))
def test_every_reader_fails_with_one_documented_error(tmp_path, suffix, kind) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(GARBAGE[kind])
    with pytest.raises(ChartFileError) as caught:  # not OSError, ValueError, KeyError, ...
        read_chart(path)
    assert str(caught.value).startswith(f"input{suffix}")


# ----- paths and URLs inside data are only text ---------------------------------------------


def test_paths_and_urls_in_data_are_never_opened(tmp_path) -> None:
    rows = [
        ["id", "name", "photo", "link"],
        ["1", "Ada", "file:///etc/passwd", "http://127.0.0.1:9/profile"],
        ["2", "Bo", "/etc/passwd", "\\\\server\\share\\bo.png"],
    ]
    csv_path = tmp_path / "people.csv"
    csv_path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.active["C2"].hyperlink = "file:///etc/passwd"
    xlsx_path = tmp_path / "people.xlsx"
    book.save(xlsx_path)
    graph_path = tmp_path / "people.graphml"
    write_graphml(read_chart(csv_path)[0], graph_path)
    for path in (csv_path, xlsx_path, graph_path):
        with recording() as events:
            chart, problems = read_chart(path)
        assert problems == []
        assert chart.position("1").custom["photo"] == "file:///etc/passwd"
        assert chart.position("2").custom["link"] == "\\\\server\\share\\bo.png"
        assert _opened(events, "passwd") == [] and _opened(events, "server") == []
        assert not [e for e in events if e[0] != "open"]  # no connection, no process
