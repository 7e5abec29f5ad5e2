"""SVG and PDF export onto a real, nearly full disk (a 64 KiB tmpfs): the export fails with
one line naming the file and the reason, the good file already there keeps every byte, and no
temporary file is left. Before the fix such an export said "wrote …", exited 0 and left a
truncated file (an SVG cut short, a PDF without %%EOF)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.render import ExportWriteError, render_pdf, render_svg

DISK_BYTES = 64 * 1024  # room for one small chart's export, not for a big one's
SOFTUNI = Path(__file__).parent.parent / "data" / "softuni_employees.csv"
RENDERERS = {"svg": render_svg, "pdf": render_pdf}


def _mount_tmpfs(folder: Path) -> str | None:
    """Mount a DISK_BYTES tmpfs on `folder`; None when done, else why it cannot be."""
    if not sys.platform.startswith("linux"):
        return f"tmpfs mounts need Linux, not {sys.platform}"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "no mount/umount command"
    options = f"size={DISK_BYTES},mode=0700"
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}"
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own 64 KiB file system, unmounted after the test."""
    folder = tmp_path / "small_disk"
    folder.mkdir()
    why_not = _mount_tmpfs(folder)
    if why_not is not None:
        pytest.skip(why_not)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def old_export(small_disk: Path, northwind, request) -> tuple[Path, bytes]:
    """A good export of the small Northwind chart on the small disk, and its bytes."""
    suffix = request.param
    path = small_disk / f"chart.{suffix}"
    RENDERERS[suffix](northwind, path)
    return path, path.read_bytes()


def assert_kept(path: Path, old_bytes: bytes) -> None:
    assert path.read_bytes() == old_bytes
    assert os.listdir(path.parent) == [path.name]  # no temporary file left


def assert_too_big(softuni, suffix: str, disk: Path, tmp_path: Path) -> None:
    """The big chart's export does not fit in what the disk has left, which is not nothing:
    the writer gets part of the way before the disk fills."""
    full_size = tmp_path / f"softuni.{suffix}"
    RENDERERS[suffix](softuni, full_size)
    free = shutil.disk_usage(disk).free
    assert 0 < free < full_size.stat().st_size


@pytest.mark.parametrize("old_export", ["svg", "pdf"], indirect=True)
def test_render_onto_a_full_disk_raises_and_keeps_the_old_file(softuni, old_export, tmp_path):
    path, old_bytes = old_export
    suffix = path.suffix[1:]
    assert_too_big(softuni, suffix, path.parent, tmp_path)
    with pytest.raises(ExportWriteError) as caught:
        RENDERERS[suffix](softuni, path)
    assert str(caught.value) == f"chart.{suffix}: could not write: the disk is full"
    assert_kept(path, old_bytes)


@pytest.mark.parametrize("old_export", ["svg", "pdf"], indirect=True)
def test_cli_export_onto_a_full_disk_exits_1(softuni, old_export, tmp_path, capsys):
    path, old_bytes = old_export
    assert_too_big(softuni, path.suffix[1:], path.parent, tmp_path)
    code = main(["export", str(SOFTUNI), "-o", str(path)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == f"orgeditor export: {path.name}: could not write: the disk is full\n"
    assert len(err) <= 200
    assert_kept(path, old_bytes)
