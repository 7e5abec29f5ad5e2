"""Exports write atomically: a failed export leaves an existing file as it was and no
temporary files behind; a file that cannot be written is named in one line."""

import os

import pytest

from orgeditor.model import Chart
from orgeditor.render import ExportError, render_pdf, render_png, render_svg
from orgeditor.render.output import saved_file

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


def test_saved_file_discards_on_error(qapp, tmp_path):
    path = tmp_path / "x.bin"
    with pytest.raises(RuntimeError), saved_file(path) as file:
        file.write(b"half")
        raise RuntimeError("boom")
    assert os.listdir(tmp_path) == []
    with saved_file(path) as file:
        file.write(b"whole")
    assert path.read_bytes() == b"whole"
