"""Exports write atomically: a failed export leaves an existing file as it was and no
temporary files behind; a file that cannot be written is named in one line."""

import errno
import os

import pytest

from orgeditor.model import Chart
from orgeditor.render import ExportError, ExportWriteError, render_pdf, render_png, render_svg
from orgeditor.render.output import complete_bytes, memory_buffer, write_file

RENDERERS = {"png": render_png, "svg": render_svg, "pdf": render_pdf}


@pytest.mark.parametrize("suffix", sorted(RENDERERS))
def test_a_failed_export_keeps_the_old_file(qapp, tmp_path, suffix):
    path = tmp_path / f"chart.{suffix}"
    path.write_bytes(b"old")
    with pytest.raises(ExportError, match=rf"chart\.{suffix}: nothing to draw"):
        RENDERERS[suffix](Chart(), path)
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == [path.name]


@pytest.mark.parametrize("suffix", sorted(RENDERERS))
def test_an_export_replaces_the_old_file(sales, tmp_path, suffix):
    path = tmp_path / f"chart.{suffix}"
    path.write_bytes(b"old")
    RENDERERS[suffix](sales, path)
    assert path.read_bytes() != b"old" and path.stat().st_size > 1000
    assert os.listdir(tmp_path) == [path.name]


def test_missing_folder_and_folder_as_file(sales, tmp_path):
    with pytest.raises(ExportError) as missing:
        render_png(sales, tmp_path / "no" / "chart.png")
    assert str(missing.value).startswith("chart.png: could not write: there is no folder")
    (tmp_path / "dir.pdf").mkdir()
    with pytest.raises(ExportError, match=r"dir\.pdf: is a folder"):
        render_pdf(sales, tmp_path / "dir.pdf")


def test_write_file_discards_on_error(tmp_path, monkeypatch):
    path = tmp_path / "x.bin"
    path.write_bytes(b"old")

    def half_then_full(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    real_write = os.write
    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(ExportWriteError, match=r"^x\.bin: could not write: the disk is full$"):
        write_file(path, b"whole" * 1000)
    monkeypatch.undo()
    assert os.listdir(tmp_path) == ["x.bin"]
    assert path.read_bytes() == b"old"
    write_file(path, b"whole")
    assert path.read_bytes() == b"whole"


@pytest.mark.parametrize(
    ("data", "ending"),
    [(b'<svg width="2">\n<g>\n', b"</svg>"), (b"%PDF-1.4\n1 0 obj\n", b"%%EOF")],
)
def test_a_drawing_cut_short_is_refused(qapp, tmp_path, data, ending):
    buffer = memory_buffer()
    buffer.write(data)
    with pytest.raises(
        ExportError, match=r"^cut: could not write: the drawing came out incomplete"
    ):
        complete_bytes(tmp_path / "cut", buffer, ending, "drawing")
    buffer.write(ending + b"\n")
    assert complete_bytes(tmp_path / "cut", buffer, ending, "drawing").endswith(ending + b"\n")
